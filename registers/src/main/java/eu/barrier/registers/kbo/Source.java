package eu.barrier.registers.kbo;

import eu.barrier.registers.RegisterFormatException;
import eu.barrier.registers.RegisterProblem;
import eu.barrier.registers.RegistersError;
import eu.barrier.registers.internal.CsvRows;
import eu.barrier.registers.internal.KboNumbers;
import eu.barrier.registers.internal.LongIntMap;
import java.io.Closeable;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where the rows of each table come from: a full extract; or a base extract (written from an earlier
 * result) with an update applied: the base rows whose key the update's {@code _delete} file lists
 * are dropped first, then the {@code _insert} rows follow.
 */
final class Source implements Closeable {

  /** Receives each row of a table. */
  interface RowHandler {
    void row(CsvRows rows, String file, KboReport.FileCount count);
  }

  private final Extract primary;
  private final Extract base;
  private final String baseLabel;
  private final KboMeta meta;
  private final Map<Table, LongIntMap> deletes = new EnumMap<>(Table.class);
  private boolean byFirstField;

  private Source(Extract primary, Extract base, String baseLabel, KboMeta meta) {
    this.primary = primary;
    this.base = base;
    this.baseLabel = baseLabel;
    this.meta = meta;
  }

  /** A full extract. */
  static Source full(Extract extract) {
    KboMeta meta = extract.meta();
    if (meta.update()) {
      throw Extract.fail(Table.META, RegistersError.KBO_EXTRACT_TYPE,
          "this is an update extract: apply it to a base document");
    }
    return new Source(extract, null, null, meta);
  }

  /** An update applied to a base extract. */
  static Source update(Extract base, String baseLabel, Extract update, KboReport report) {
    KboMeta meta = update.meta();
    if (!meta.update()) {
      throw Extract.fail(Table.META, RegistersError.KBO_EXTRACT_TYPE,
          "this is a full extract: read it without a base");
    }
    Source source = new Source(update, base, baseLabel, meta);
    for (Table t : Table.values()) {
      source.deletes.put(t, source.readDeletes(t, report));
    }
    return source;
  }

  boolean isUpdate() {
    return base != null;
  }

  KboMeta meta() {
    return meta;
  }

  String name() {
    return primary.name();
  }

  KboCodes codes(KboReport report) {
    KboCodes.Builder codes = new KboCodes.Builder();
    KboReport.FileCount count = report.file(Table.CODE);
    try (CsvRows rows = primary.rows(Table.CODE, Table.CODE_COLUMNS)) {
      while (rows.next()) {
        count.addRead();
        if (rows.fieldCount() != 4 || rows.isEmpty(0) || rows.isEmpty(1)
            || !codes.add(rows.field(0), rows.field(1), rows.field(2), rows.field(3))) {
          count.skip(RegistersError.KBO_ROW_MALFORMED);
          report.problem(RegisterProblem.at(Table.CODE, rows.line(), RegistersError.KBO_ROW_MALFORMED,
              "expected Category, Code, Language (DE, EN, FR or NL) and Description"));
        } else {
          count.addKept();
        }
      }
    } catch (CsvRows.CsvSyntaxException e) {
      syntax(report, Table.CODE, e);
    } catch (IOException e) {
      throw Extract.fail(Table.CODE, RegistersError.KBO_UNREADABLE, "could not be read");
    }
    return codes.build();
  }

  /** Approximate bytes of a table's files. */
  long size(Table t) {
    if (base == null) {
      return primary.has(t.file()) ? primary.size(t.file()) : 0;
    }
    return (base.has(t.file()) ? base.size(t.file()) : 0)
        + (primary.has(t.insertFile()) ? primary.size(t.insertFile()) : 0);
  }

  /**
   * Scans a table. In update mode, base rows whose key is deleted are counted as read and not kept.
   */
  void scan(Table t, KboReport report, RowHandler handler, boolean markCounted) {
    scan(t, report, handler, markCounted, null);
  }

  /**
   * Scans a table; a prefilter sees each row's raw characters first, and rows it rejects are
   * counted as read and never parsed.
   */
  void scan(Table t, KboReport report, RowHandler handler, boolean markCounted, CsvRows.RowFilter prefilter) {
    scan(t, report, handler, markCounted, prefilter, false);
  }

  /** As above; a stateless prefilter that decides by the first field is asked once per run of equal keys. */
  void scan(Table t, KboReport report, RowHandler handler, boolean markCounted, CsvRows.RowFilter prefilter,
      boolean byFirstField) {
    this.byFirstField = byFirstField;
    if (base == null) {
      scanFile(primary, t.file(), t.file(), t, report, handler, null, markCounted, prefilter);
    } else {
      if (base.has(t.file())) {
        scanFile(base, t.file(), baseLabel + ":" + t.file(), t, report, handler, deletes.get(t), markCounted,
            prefilter);
      }
      scanFile(primary, t.insertFile(), t.insertFile(), t, report, handler, null, markCounted, prefilter);
    }
  }

  private void scanFile(Extract extract, String file, String label, Table t, KboReport report, RowHandler handler,
      LongIntMap skip, boolean markCounted, CsvRows.RowFilter prefilter) {
    KboReport.FileCount count = report.file(label);
    CsvRows.RowFilter filter = prefilter;
    if (skip != null && skip.size() > 0) {
      filter = (chars, start, end, line) -> !skip.containsKey(KboNumbers.firstKey(chars, start, end))
          && (prefilter == null || prefilter.keep(chars, start, end, line));
    }
    long skipped = 0;
    try (CsvRows rows = extract.rows(file, t.columns(), filter, byFirstField)) {
      try {
        while (rows.next()) {
          handler.row(rows, label, count);
        }
      } finally {
        skipped = filter == null ? 0 : rows.skipped();
      }
    } catch (CsvRows.CsvSyntaxException e) {
      if (!count.counted()) {
        syntax(report, label, e);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw Extract.fail(label, RegistersError.KBO_UNREADABLE, "could not be read");
    }
    if (!count.counted() && markCounted) {
      count.addRead(skipped);
    }
    if (markCounted) {
      count.markCounted();
    }
  }

  private LongIntMap readDeletes(Table t, KboReport report) {
    LongIntMap keys = new LongIntMap(64);
    if (!primary.has(t.deleteFile())) {
      if (t == Table.CONTACT || t == Table.BRANCH) {
        return keys;
      }
      throw Extract.fail(t.deleteFile(), RegistersError.KBO_FILE_MISSING, "the update has no " + t.deleteFile());
    }
    KboReport.FileCount count = report.file(t.deleteFile());
    try (CsvRows rows = primary.rows(t.deleteFile(), t.deleteColumns())) {
      while (rows.next()) {
        count.addRead();
        long key = rows.fieldCount() == 1 ? KboNumbers.key(rows.chars(), rows.start(0), rows.length(0))
            : KboNumbers.MALFORMED;
        if (key == KboNumbers.MALFORMED) {
          count.skip(RegistersError.KBO_ROW_MALFORMED);
          report.problem(RegisterProblem.at(t.deleteFile(), rows.line(), RegistersError.KBO_ROW_MALFORMED,
              "expected one number of 10 digits"));
        } else {
          keys.put(key, 1);
          count.addKept();
        }
      }
    } catch (CsvRows.CsvSyntaxException e) {
      syntax(report, t.deleteFile(), e);
    } catch (IOException e) {
      throw Extract.fail(t.deleteFile(), RegistersError.KBO_UNREADABLE, "could not be read");
    }
    count.markCounted();
    return keys;
  }

  private static void syntax(KboReport report, String file, CsvRows.CsvSyntaxException e) {
    report.problem(RegisterProblem.at(file, e.line(), RegistersError.KBO_CSV_SYNTAX,
        "unclosed quote or a row longer than " + CsvRows.MAX_ROW_CHARS + " characters"));
  }

  @Override
  public void close() throws IOException {
    try {
      primary.close();
    } finally {
      if (base != null) {
        base.close();
      }
    }
  }

  static RegisterFormatException missing(String file) {
    return new RegisterFormatException(List.of(new RegisterProblem(file, 0, "", RegistersError.KBO_FILE_MISSING,
        "the extract has no " + file)), null);
  }
}
