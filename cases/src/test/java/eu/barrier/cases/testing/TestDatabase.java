package eu.barrier.cases.testing;

import static org.junit.jupiter.api.Assertions.fail;

import eu.barrier.cases.store.JdbcCaseStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty database for one test: H2 in memory, or a new schema in the PostgreSQL database
 * named by {@code BARRIER_TEST_POSTGRES_URL} (a JDBC URL with user and password, which {@code
 * .ci/run} starts and exports). Without that variable PostgreSQL tests are skipped locally, and fail
 * when {@code BARRIER_REQUIRE_POSTGRES} is set (as {@code .ci/run} sets it), so CI never passes
 * without having run them.
 */
public abstract class TestDatabase implements AutoCloseable {

  /** The environment variable with the PostgreSQL JDBC URL. */
  public static final String POSTGRES_URL = "BARRIER_TEST_POSTGRES_URL";

  /** The environment variable that turns a missing PostgreSQL into a failure instead of a skip. */
  public static final String REQUIRE_POSTGRES = "BARRIER_REQUIRE_POSTGRES";

  /** For the subclasses (JDK 25's doclint reports an undocumented default constructor). */
  protected TestDatabase() {}

  /**
   * Returns the JDBC URL of this test's database.
   *
   * @return the URL
   */
  public abstract String url();

  /**
   * Opens a store on the database.
   *
   * @return the store
   */
  public JdbcCaseStore open() {
    return JdbcCaseStore.open(url());
  }

  /**
   * Runs SQL on the database directly, as someone with write access to it would.
   *
   * @param sql the statement
   * @return the update count
   */
  public int execute(String sql) {
    try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public abstract void close();

  /**
   * Returns an H2 database in memory, alive while a connection to it is open.
   *
   * @return the database
   */
  public static TestDatabase h2() {
    String url = "jdbc:h2:mem:cases-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return new TestDatabase() {
      @Override
      public String url() {
        return url;
      }

      @Override
      public void close() {
        execute("SHUTDOWN");
      }
    };
  }

  /**
   * Returns a new schema in the PostgreSQL test database.
   *
   * @return the database
   */
  public static TestDatabase postgres() {
    String base = System.getenv(POSTGRES_URL);
    if (base == null || base.isBlank()) {
      if (System.getenv(REQUIRE_POSTGRES) != null) {
        fail(POSTGRES_URL + " is not set but " + REQUIRE_POSTGRES + " is: .ci/run starts PostgreSQL and exports it");
      }
      Assumptions.abort(POSTGRES_URL + " is not set: PostgreSQL tests skipped (CI runs them)");
    }
    String schema = "barrier_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test schema in " + POSTGRES_URL, e);
    }
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase() {
      @Override
      public String url() {
        return url;
      }

      @Override
      public void close() {
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }
}
