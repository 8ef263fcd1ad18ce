package eu.barrier.registers.kbo;

import eu.barrier.core.input.InputFiles;
import eu.barrier.registers.RegisterFormatException;
import eu.barrier.registers.RegisterProblem;
import eu.barrier.registers.RegistersError;
import eu.barrier.registers.internal.CsvRows;
import eu.barrier.registers.internal.KboDates;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** An extract as a folder or a zip archive; files are found by name at any depth of the zip. */
final class Extract implements Closeable {

  /** Most entries a zip may have. */
  static final int MAX_ZIP_ENTRIES = 256;
  /** Largest uncompressed entry, in bytes (the largest real file, activity.csv, is about 1.5 GB). */
  static final long MAX_ENTRY_BYTES = 16L << 30;

  private final Path path;
  private final ZipFile zip;
  private final Map<String, ZipEntry> entries = new HashMap<>();

  private Extract(Path path, ZipFile zip) {
    this.path = path;
    this.zip = zip;
  }

  static Extract open(Path path) {
    if (Files.isDirectory(path)) {
      return new Extract(path, null);
    }
    if (!Files.isRegularFile(path)) {
      throw fail(path.getFileName() + "", RegistersError.KBO_UNREADABLE, "not a folder or a zip file");
    }
    try {
      ZipFile zip = new ZipFile(path.toFile());
      Extract extract = new Extract(path, zip);
      int count = 0;
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
        ZipEntry entry = e.nextElement();
        if (++count > MAX_ZIP_ENTRIES) {
          zip.close();
          throw fail(path.getFileName() + "", RegistersError.KBO_ZIP_LIMIT,
              "the archive has more than " + MAX_ZIP_ENTRIES + " entries");
        }
        if (!entry.isDirectory()) {
          String name = entry.getName();
          extract.entries.putIfAbsent(name.substring(name.lastIndexOf('/') + 1), entry);
        }
      }
      return extract;
    } catch (IOException e) {
      throw fail(path.getFileName() + "", RegistersError.KBO_UNREADABLE, "not a readable zip archive");
    }
  }

  String name() {
    return String.valueOf(path.getFileName());
  }

  boolean has(String file) {
    return zip != null ? entries.containsKey(file) : Files.isRegularFile(path.resolve(file));
  }

  long size(String file) {
    try {
      return zip != null ? Math.max(0, entries.get(file).getSize()) : Files.size(path.resolve(file));
    } catch (IOException e) {
      return 0;
    }
  }

  InputStream open(String file) {
    if (!has(file)) {
      throw fail(file, RegistersError.KBO_FILE_MISSING, "the extract has no " + file);
    }
    try {
      if (zip == null) {
        return InputFiles.open(path.resolve(file), Long.MAX_VALUE, file);
      }
      return new Limited(zip.getInputStream(entries.get(file)), file);
    } catch (IOException e) {
      throw fail(file, RegistersError.KBO_UNREADABLE, "could not be opened");
    }
  }

  /** Opens a CSV file and checks its header. */
  CsvRows rows(String file, List<String> columns) {
    return rows(file, columns, null);
  }

  /** Opens a CSV file, filtered when a filter is given, and checks its header. */
  CsvRows rows(String file, List<String> columns, CsvRows.RowFilter filter) {
    return rows(file, columns, filter, false);
  }

  /** Opens a CSV file, filtered when a filter is given (by first field when asked), and checks its header. */
  CsvRows rows(String file, List<String> columns, CsvRows.RowFilter filter, boolean byFirstField) {
    CsvRows rows = filter == null ? new CsvRows(open(file))
        : byFirstField ? CsvRows.filteredByFirstField(open(file), filter) : CsvRows.filtered(open(file), filter);
    List<String> header;
    try {
      header = rows.header();
    } catch (CsvRows.CsvSyntaxException e) {
      closeQuietly(rows);
      throw fail(file, RegistersError.KBO_HEADER, "the header is not valid CSV");
    }
    if (!header.equals(columns)) {
      closeQuietly(rows);
      throw new RegisterFormatException(List.of(RegisterProblem.at(file, 1, RegistersError.KBO_HEADER,
          "expected the columns " + String.join(",", columns))), null);
    }
    return rows;
  }

  KboMeta meta() {
    Map<String, String> values = new HashMap<>();
    try (CsvRows rows = rows(Table.META, Table.META_COLUMNS)) {
      while (rows.next()) {
        if (rows.fieldCount() == 2) {
          values.put(rows.field(0), rows.field(1));
        }
      }
    } catch (IOException | CsvRows.CsvSyntaxException e) {
      throw fail(Table.META, RegistersError.KBO_META, "could not be read");
    }
    LocalDate snapshot = values.get("SnapshotDate") == null ? null : KboDates.parse(values.get("SnapshotDate"));
    String type = values.get("ExtractType");
    String number = values.get("ExtractNumber");
    if (snapshot == null || values.get("ExtractTimestamp") == null || values.get("Version") == null
        || !("full".equalsIgnoreCase(type) || "update".equalsIgnoreCase(type))
        || number == null || !number.matches("[0-9]{1,9}")) {
      throw fail(Table.META, RegistersError.KBO_META,
          "SnapshotDate dd-mm-yyyy, ExtractTimestamp, ExtractType full or update, ExtractNumber digits and Version are required");
    }
    return new KboMeta(snapshot, values.get("ExtractTimestamp"), "update".equalsIgnoreCase(type),
        Long.parseLong(number), values.get("Version"));
  }

  @Override
  public void close() throws IOException {
    if (zip != null) {
      zip.close();
    }
  }

  static RegisterFormatException fail(String file, RegistersError error, String detail) {
    return new RegisterFormatException(List.of(new RegisterProblem(file, 0, "", error, detail)), null);
  }

  static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // nothing more to do: the read already failed
    }
  }

  /** Refuses to inflate more than {@link #MAX_ENTRY_BYTES}. */
  private static final class Limited extends FilterInputStream {
    private final String file;
    private long count;

    Limited(InputStream in, String file) {
      super(in);
      this.file = file;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) {
      count += n;
      if (count > MAX_ENTRY_BYTES) {
        throw fail(file, RegistersError.KBO_ZIP_LIMIT, "the entry inflates to more than " + MAX_ENTRY_BYTES + " bytes");
      }
    }
  }
}
