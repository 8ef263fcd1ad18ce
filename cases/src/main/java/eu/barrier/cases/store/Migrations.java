package eu.barrier.cases.store;

import eu.barrier.cases.CaseError;
import eu.barrier.cases.CaseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The versioned schema migrations of the store, plain SQL run by the library: each migration
 * {@code migration/V<n>__<name>.sql} runs once, in one transaction, and is recorded with its
 * SHA-256 in {@code barrier_schema_history}. A recorded migration whose file changed, or a recorded
 * version this library does not know, stops the store ({@code SCHEMA}).
 */
final class Migrations {

  /** A migration: its version, description and resource. */
  record Migration(int version, String description, String resource) {}

  /** The migrations, in order. */
  static final List<Migration> KNOWN = List.of(new Migration(1, "cases", "migration/V1__cases.sql"));

  private static final String HISTORY = "CREATE TABLE IF NOT EXISTS barrier_schema_history ("
      + "version INTEGER NOT NULL, description VARCHAR(200) NOT NULL, checksum CHAR(64) NOT NULL, "
      + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT barrier_schema_history_pk PRIMARY KEY (version))";

  private Migrations() {}

  /**
   * Brings the schema up to date. A second process migrating at the same time makes this one fail
   * once; it then reads the history again.
   */
  static void run(Connection c) throws SQLException {
    try {
      migrate(c);
    } catch (SQLException e) {
      c.rollback();
      migrate(c);
    }
  }

  private static void migrate(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute(HISTORY);
    }
    c.commit();
    Map<Integer, String> applied = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version, checksum FROM barrier_schema_history")) {
      while (rs.next()) {
        applied.put(rs.getInt(1), rs.getString(2).trim());
      }
    }
    c.commit();
    for (Integer v : applied.keySet()) {
      if (v < 1 || v > KNOWN.size()) {
        throw new CaseException(CaseError.SCHEMA, "schema version " + v + " is newer than this library");
      }
    }
    for (Migration m : KNOWN) {
      int version = m.version();
      String sql = resource(m.resource());
      String checksum = sha256(sql);
      String recorded = applied.get(version);
      if (recorded != null) {
        if (!recorded.equals(checksum)) {
          throw new CaseException(CaseError.SCHEMA, "migration " + version + " differs from the one applied");
        }
        continue;
      }
      try (Statement s = c.createStatement()) {
        for (String statement : statements(sql)) {
          s.execute(statement);
        }
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO barrier_schema_history (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
        p.setInt(1, version);
        p.setString(2, m.description());
        p.setString(3, checksum);
        p.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
        p.executeUpdate();
      }
      c.commit();
    }
  }

  /** Splits a migration into statements: lines ending in ';', comment lines dropped. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (t.endsWith(";")) {
        String s = current.toString().strip();
        out.add(s.substring(0, s.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("a migration ends without ';'");
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("migration resource is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }
}
