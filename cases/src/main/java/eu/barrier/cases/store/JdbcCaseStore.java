package eu.barrier.cases.store;

import eu.barrier.cases.CaseError;
import eu.barrier.cases.CaseException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.apiguardian.api.API;

/**
 * The {@link CaseStore} on JDBC, tested on H2 (embedded, the default: nothing to install) and on
 * PostgreSQL. Opening a store runs the schema migrations ({@code migration/V1__cases.sql}, recorded
 * in {@code barrier_schema_history}). Events are only ever inserted; the case row's version and
 * head move on under an optimistic check ({@code UPDATE … WHERE version = ?}), so concurrent
 * writers on one case are serialised and the loser gets {@code CONCURRENT_CHANGE}. Thread-safe:
 * every operation takes its own connection from the data source (pass a pooled one in a server).
 *
 * <p>Failures are {@link CaseException}s whose message names the operation and the SQL state,
 * never a value. Limits: a profile document of 256 KiB, event details of {@link
 * NewEvent#MAX_DETAILS} characters.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class JdbcCaseStore implements CaseStore {

  private final Source source;
  private final Connection keeper;

  @FunctionalInterface
  private interface Source {
    Connection get() throws SQLException;
  }

  private JdbcCaseStore(Source source, boolean keepOpen) {
    this.source = source;
    try {
      keeper = keepOpen ? source.get() : null;
      try (Connection c = source.get()) {
        Migrations.run(c);
      }
    } catch (SQLException e) {
      throw failed("migrate", e);
    }
  }

  /**
   * Opens a store on a data source.
   *
   * @param dataSource the data source
   * @return the store, its schema up to date
   * @throws CaseException with {@link CaseError#STORE_FAILED} or {@link CaseError#SCHEMA}
   */
  public static JdbcCaseStore open(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new JdbcCaseStore(dataSource::getConnection, false);
  }

  /**
   * Opens a store on a JDBC URL, for example {@code jdbc:postgresql://127.0.0.1:5432/cases?user=…}
   * or {@code jdbc:h2:file:/var/lib/barrier/cases}. The driver must be on the class or module path
   * (H2 comes with {@code barrier-cases}; add {@code org.postgresql:postgresql} for PostgreSQL). An
   * H2 database is kept open while the store is.
   *
   * @param url the JDBC URL
   * @return the store, its schema up to date
   * @throws CaseException with {@link CaseError#STORE_FAILED} or {@link CaseError#SCHEMA}
   */
  public static JdbcCaseStore open(String url) {
    Objects.requireNonNull(url, "url");
    return new JdbcCaseStore(() -> DriverManager.getConnection(url), url.startsWith("jdbc:h2:"));
  }

  /**
   * Opens the embedded H2 store in a directory (file {@code cases.mv.db}), creating it if needed.
   *
   * @param directory the directory
   * @return the store
   * @throws CaseException with {@link CaseError#STORE_FAILED} or {@link CaseError#SCHEMA}
   */
  public static JdbcCaseStore embedded(Path directory) {
    return open(embeddedUrl(directory));
  }

  /**
   * Returns the JDBC URL of the embedded H2 store in a directory.
   *
   * @param directory the directory
   * @return the URL
   */
  public static String embeddedUrl(Path directory) {
    return "jdbc:h2:file:" + directory.toAbsolutePath().normalize().resolve("cases");
  }

  @Override
  public StoredEvent create(String caseId, String profileId, String profileVersion, String profileDocument,
      NewEvent opening) {
    Objects.requireNonNull(profileDocument, "profileDocument");
    String hash = EventChain.hash(EventChain.GENESIS, caseId, 1, opening);
    try (Connection c = source.get()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO barrier_case (case_id, profile_id, profile_version, "
            + "profile_document, opened_at, version, head_hash) VALUES (?, ?, ?, ?, ?, 1, ?)")) {
          p.setString(1, caseId);
          p.setString(2, profileId);
          p.setString(3, profileVersion);
          p.setString(4, profileDocument);
          p.setObject(5, utc(opening.recordedAt()));
          p.setString(6, hash);
          p.executeUpdate();
        }
        StoredEvent stored = insert(c, caseId, 1, EventChain.GENESIS, hash, opening);
        c.commit();
        return stored;
      } catch (SQLException e) {
        c.rollback();
        if (exists(c, caseId)) {
          throw new CaseException(CaseError.CASE_EXISTS, "case id");
        }
        throw e;
      }
    } catch (SQLException e) {
      throw failed("create", e);
    }
  }

  @Override
  public StoredEvent append(String caseId, long expectedVersion, NewEvent event) {
    Objects.requireNonNull(event, "event");
    try (Connection c = source.get()) {
      c.setAutoCommit(false);
      try {
        String head;
        long version;
        try (PreparedStatement p = c.prepareStatement(
            "SELECT version, head_hash FROM barrier_case WHERE case_id = ?")) {
          p.setString(1, caseId);
          try (ResultSet rs = p.executeQuery()) {
            if (!rs.next()) {
              throw new CaseException(CaseError.CASE_UNKNOWN, "case id");
            }
            version = rs.getLong(1);
            head = rs.getString(2).trim();
          }
        }
        if (version != expectedVersion) {
          throw new CaseException(CaseError.CONCURRENT_CHANGE, "case at version " + version);
        }
        long seq = expectedVersion + 1;
        String hash = EventChain.hash(head, caseId, seq, event);
        try (PreparedStatement p = c.prepareStatement(
            "UPDATE barrier_case SET version = ?, head_hash = ? WHERE case_id = ? AND version = ?")) {
          p.setLong(1, seq);
          p.setString(2, hash);
          p.setString(3, caseId);
          p.setLong(4, expectedVersion);
          if (p.executeUpdate() != 1) {
            throw new CaseException(CaseError.CONCURRENT_CHANGE, "case moved on");
          }
        }
        StoredEvent stored = insert(c, caseId, seq, head, hash, event);
        c.commit();
        return stored;
      } catch (SQLException | CaseException e) {
        c.rollback();
        if (e instanceof SQLException && currentVersion(c, caseId) != expectedVersion) {
          throw new CaseException(CaseError.CONCURRENT_CHANGE, "case moved on");
        }
        throw e;
      }
    } catch (SQLException e) {
      throw failed("append", e);
    }
  }

  private static StoredEvent insert(Connection c, String caseId, long seq, String prev, String hash, NewEvent e)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO barrier_case_event (case_id, seq, event_type, actor, "
        + "actor_role, occurred_on, recorded_at, legal_basis, details, prev_hash, hash) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, caseId);
      p.setLong(2, seq);
      p.setString(3, e.type().id());
      p.setString(4, e.actor());
      p.setString(5, e.role().id());
      p.setObject(6, e.occurredOn());
      p.setObject(7, utc(e.recordedAt()));
      p.setString(8, e.basis());
      p.setString(9, e.details());
      p.setString(10, prev);
      p.setString(11, hash);
      p.executeUpdate();
    }
    return new StoredEvent(caseId, seq, e.type().id(), e.actor(), e.role().id(), e.occurredOn(), e.recordedAt(),
        e.basis(), e.details(), prev, hash);
  }

  private static boolean exists(Connection c, String caseId) throws SQLException {
    return currentVersion(c, caseId) >= 0;
  }

  private static long currentVersion(Connection c, String caseId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT version FROM barrier_case WHERE case_id = ?")) {
      p.setString(1, caseId);
      try (ResultSet rs = p.executeQuery()) {
        long v = rs.next() ? rs.getLong(1) : -1;
        c.commit();
        return v;
      }
    }
  }

  @Override
  public Optional<StoredCase> load(String caseId) {
    Objects.requireNonNull(caseId, "caseId");
    try (Connection c = source.get()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      CaseHeader header;
      try (PreparedStatement p = c.prepareStatement("SELECT profile_id, profile_version, profile_document, opened_at, "
          + "version, head_hash FROM barrier_case WHERE case_id = ?")) {
        p.setString(1, caseId);
        try (ResultSet rs = p.executeQuery()) {
          if (!rs.next()) {
            c.commit();
            return Optional.empty();
          }
          header = new CaseHeader(caseId, rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4),
              rs.getLong(5), rs.getString(6).trim());
        }
      }
      List<StoredEvent> events = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT seq, event_type, actor, actor_role, occurred_on, "
          + "recorded_at, legal_basis, details, prev_hash, hash FROM barrier_case_event WHERE case_id = ? ORDER BY seq")) {
        p.setString(1, caseId);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            events.add(new StoredEvent(caseId, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), instant(rs, 6), rs.getString(7), rs.getString(8),
                rs.getString(9).trim(), rs.getString(10).trim()));
          }
        }
      }
      c.commit();
      return Optional.of(new StoredCase(header, events));
    } catch (SQLException e) {
      throw failed("load", e);
    }
  }

  @Override
  public List<String> caseIds() {
    try (Connection c = source.get();
        PreparedStatement p = c.prepareStatement("SELECT case_id FROM barrier_case ORDER BY case_id");
        ResultSet rs = p.executeQuery()) {
      List<String> ids = new ArrayList<>();
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
      return ids;
    } catch (SQLException e) {
      throw failed("list", e);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static CaseException failed(String operation, SQLException e) {
    return new CaseException(CaseError.STORE_FAILED, String.format(Locale.ROOT, "%s; SQL state %s, vendor code %d",
        operation, e.getSQLState(), e.getErrorCode()));
  }

  @Override
  public void close() {
    if (keeper != null) {
      try {
        keeper.close();
      } catch (SQLException e) {
        throw failed("close", e);
      }
    }
  }

  /**
   * Returns a description without data.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "JdbcCaseStore[]";
  }
}
