package eu.barrier.registers.kbo;

import eu.barrier.registers.internal.KboCsv;
import eu.barrier.registers.internal.KboDates;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apiguardian.api.API;

/**
 * Writes synthetic KBO Open Data extracts of any size in the exact format of the real files: the
 * cookbook's file names, columns and order, quoted text, unquoted {@code dd-mm-yyyy} dates, empty
 * values both as {@code ,,} and as {@code ""}, valid mod-97 check digits, enterprise numbers
 * starting with 0 and with 1. Every name, street and number is invented; nothing is real personal
 * data.
 *
 * <p>Per enterprise, on average (the full-size proportions of the issue: 1.9 M enterprises, 1.7 M
 * units, 36 M activity rows, 3.3 M names, 2.8 M addresses): 0.9 establishment units, 19 activity
 * rows, 1.7 names, 1.5 addresses. About 1 unit in 200 is in postcode 3600.
 *
 * <p>Each enterprise's rows are a pure function of the seed, its index and the extract's version,
 * so the same parameters always give the same bytes, and {@link #writeUpdate} can write the
 * update extract between version 0 and version 1 together with the full extract of version 1.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KboSyntheticExtract {

  /** The postcode that holds about 1 unit in 200. */
  public static final String AREA_POSTCODE = "3600";

  private static final String[] NACE_2025 = {"95316", "96220", "9622003", "96230", "9623002", "96210", "56101",
      "56301", "55100", "47110", "62010", "70220", "41201", "43320", "49410", "81210", "46390", "85599", "68201",
      "86210"};
  private static final String[] NACE_2008 = {"45206", "96022", "9602203", "96040", "9604003", "96021", "56101",
      "56301", "55100", "47112", "62010", "70220", "41201", "43320", "49410", "81210", "46390", "85599", "68201",
      "86210"};
  private static final String[] NACE_2003 = {"50203", "93022", "93041", "93021", "55301", "55401", "55101",
      "52112", "72210", "74141", "45211", "45431", "60241", "74701", "51390", "80422", "70201", "85121", "45211",
      "74141"};
  private static final String[] FORMS = {"014", "015", "017", "610", "030", "027"};
  private static final String[] STREETS = {"Voorbeeldstraat", "Proefweg", "Testlaan", "Rue d'Exemple",
      "Fictiefplein", "Verzonnenstraat"};
  private static final String[] NAMES = {"Aerts-Proef", "Voorbeeld", "Testmans", "Fictief", "Exemplaar",
      "Proefnaam"};

  private final int enterprises;
  private final long seed;

  private KboSyntheticExtract(int enterprises, long seed) {
    this.enterprises = enterprises;
    this.seed = seed;
  }

  /**
   * Returns a generator.
   *
   * @param enterprises the number of enterprises of version 0 (full size: 1,900,000)
   * @param seed the seed
   * @return the generator
   */
  public static KboSyntheticExtract of(int enterprises, long seed) {
    if (enterprises < 1 || enterprises > 9_000_000) {
      throw new IllegalArgumentException("enterprises must be 1 to 9,000,000");
    }
    return new KboSyntheticExtract(enterprises, seed);
  }

  /**
   * Writes the full extract of version 0 as a folder, or as a zip when the path ends with {@code
   * .zip}.
   *
   * @param out the folder or zip file
   * @throws IOException if writing fails
   */
  public void writeFull(Path out) throws IOException {
    writeFull(out, 0, 140);
  }

  /**
   * Writes the update extract from version 0 to version 1 ({@code out}), and the full extract of
   * version 1 ({@code fullAfter}, or {@code null} for none).
   *
   * @param out the update folder or zip
   * @param fullAfter the full extract after the update, or {@code null}
   * @throws IOException if writing fails
   */
  public void writeUpdate(Path out, Path fullAfter) throws IOException {
    try (Files files = new Files(out)) {
      files.meta("update", 141, LocalDate.of(2025, 10, 11));
      files.codes();
      Map<Table, KboCsv> del = new EnumMap<>(Table.class);
      Map<Table, KboCsv> ins = new EnumMap<>(Table.class);
      for (Table t : Table.values()) {
        del.put(t, files.csv(t.deleteFile(), t.deleteColumns()));
        ins.put(t, files.csv(t.insertFile(), t.columns()));
      }
      int total = enterprises + enterprises / 100 + 1;
      for (int i = 0; i < total; i++) {
        Entity before = i < enterprises ? entity(i, 0) : null;
        Entity after = entity(i, 1);
        diff(before, after, del, ins);
      }
      files.finish();
    }
    if (fullAfter != null) {
      writeFull(fullAfter, 1, 141);
    }
  }

  private void writeFull(Path out, int version, int number) throws IOException {
    try (Files files = new Files(out)) {
      files.meta("full", number, LocalDate.of(2025, 10, version == 0 ? 4 : 11));
      files.codes();
      Map<Table, KboCsv> csv = new EnumMap<>(Table.class);
      for (Table t : Table.values()) {
        csv.put(t, files.csv(t.file(), t.columns()));
      }
      int total = version == 0 ? enterprises : enterprises + enterprises / 100 + 1;
      for (int i = 0; i < total; i++) {
        Entity e = entity(i, version);
        if (e != null) {
          write(e, csv);
        }
      }
      files.finish();
    }
  }

  // ------------------------------------------------------------------ the model

  /** Rows of one enterprise and its units, as already formatted fields. */
  private static final class Entity {
    final Map<Table, List<String[]>> rows = new EnumMap<>(Table.class);
    String enterpriseNumber;

    void add(Table t, String... fields) {
      rows.computeIfAbsent(t, k -> new ArrayList<>()).add(fields);
    }

    List<String[]> of(Table t) {
      return rows.getOrDefault(t, List.of());
    }
  }

  private Entity entity(int i, int version) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    int change = version == 0 ? -1 : Math.floorMod(mix(seed, i), 29);
    if (i >= enterprises && version == 0) {
      return null;
    }
    if (change == 5) {
      return null; // the enterprise stops: every row goes
    }
    Entity e = new Entity();
    // ranges believed never issued, so that no real enterprise or unit is ever named: enterprise
    // numbers 0100.000.0xx-0199.999.9xx (legacy VAT numbers started at 0200) and 18xx.xxx.xxx (the
    // numbers starting with 1, issued since 2023, began at 1000); units 8.xxx.xxx.xxx; branches 9.9xx
    long base = i < enterprises * 9L / 10 && i < 1_000_000 ? 1_000_000L + i : 18_000_000L + i;
    String number = display(checked(base), true);
    e.enterpriseNumber = number;
    boolean person = r.nextInt(100) < 40;
    LocalDate start = LocalDate.of(1980 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28));
    e.add(Table.ENTERPRISE, number, "AC", change == 7 ? "012" : "000", person ? "1" : "2",
        person ? null : FORMS[r.nextInt(FORMS.length)], null, KboDates.format(start));
    String name = person ? NAMES[r.nextInt(NAMES.length)] + "-" + i + ", Persoon"
        : "Synthetische Onderneming " + i + (change == 3 ? " Nieuw" : "") + " BV";
    e.add(Table.DENOMINATION, number, person ? "0" : "2", "001", name);
    if (!person && r.nextInt(100) < 50) {
      e.add(Table.DENOMINATION, number, "2", "003", "Handelsnaam " + i);
    }
    if (!person && r.nextInt(100) < 25) {
      e.add(Table.DENOMINATION, number, "1", "002", "SO" + i);
    }
    if (!person) {
      e.add(Table.ADDRESS, address(number, "REGO", r, postcode(r), change == 9));
    }
    activities(e, number, r, 8, change == 11);
    if (r.nextInt(100) < 30) {
      e.add(Table.CONTACT, number, "ENT", "WEB", "www.voorbeeld-" + i + ".example");
    }
    if (!person && r.nextInt(2000) == 0) {
      String branch = display(9_900_000_000L + i, false);
      e.add(Table.BRANCH, branch, KboDates.format(start), number);
      e.add(Table.DENOMINATION, branch, "2", "004", "Bijkantoor " + i);
      e.add(Table.ADDRESS, address(branch, "ABBR", r, postcode(r), false));
    }
    int units = r.nextInt(100) < 30 ? 0 : r.nextInt(100) < 75 ? 1 : 2;
    if (change == 13 && units > 0) {
      units--;
    }
    if ((change == 17 && units > 0) || (i >= enterprises && units == 0)) {
      units++;
    }
    for (int k = 0; k < units; k++) {
      SplittableRandom ur = new SplittableRandom(seed * 31 + i * 4L + k);
      String unit = display(checked(80_000_000L + i * 4L + k), false);
      LocalDate unitStart = start.plusDays(ur.nextInt(3000));
      e.add(Table.ESTABLISHMENT, unit, KboDates.format(unitStart), number);
      String postcode = postcode(ur);
      if (change == 19 && k == 0 && Math.floorMod(mix(seed, i) >>> 12, 8) == 0) {
        postcode = AREA_POSTCODE.equals(postcode) ? "3500" : AREA_POSTCODE;
      }
      e.add(Table.ADDRESS, address(unit, "BAET", ur, postcode, false));
      if (ur.nextInt(100) < 25) {
        e.add(Table.DENOMINATION, unit, "2", "003", "Zaak " + i + "-" + k);
      }
      activities(e, unit, ur, 12, change == 23 && k == 0);
    }
    return e;
  }

  private static void activities(Entity e, String entity, SplittableRandom r, int rows, boolean changed) {
    int main = r.nextInt(NACE_2025.length);
    if (changed) {
      main = (main + 1) % NACE_2025.length;
    }
    int second = r.nextInt(NACE_2025.length);
    e.add(Table.ACTIVITY, entity, "001", "2025", NACE_2025[main], "MAIN");
    e.add(Table.ACTIVITY, entity, "001", "2008", NACE_2008[main], "MAIN");
    e.add(Table.ACTIVITY, entity, "003", "2025", NACE_2025[main], "MAIN");
    e.add(Table.ACTIVITY, entity, "003", "2008", NACE_2008[main], "MAIN");
    if (second != main) {
      e.add(Table.ACTIVITY, entity, "001", "2025", NACE_2025[second], "SECO");
      e.add(Table.ACTIVITY, entity, "001", "2008", NACE_2008[second], "SECO");
    }
    int more = rows - 6 + r.nextInt(5) - 2;
    for (int m = 0; m < more; m++) {
      int c = r.nextInt(NACE_2003.length);
      String group = m % 2 == 0 ? "006" : "003";
      e.add(Table.ACTIVITY, entity, group, m % 3 == 0 ? "2003" : "2008",
          m % 3 == 0 ? NACE_2003[c] : NACE_2008[c], m % 4 == 0 ? "ANCI" : "SECO");
    }
    // no duplicate rows: the same (group, version, code, classification) may come up twice
    List<String[]> list = e.rows.get(Table.ACTIVITY);
    List<String[]> unique = new ArrayList<>();
    for (String[] row : list) {
      boolean seen = false;
      for (String[] u : unique) {
        if (java.util.Arrays.equals(u, row)) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        unique.add(row);
      }
    }
    e.rows.put(Table.ACTIVITY, unique);
  }

  private static String[] address(String entity, String type, SplittableRandom r, String postcode, boolean moved) {
    String street = STREETS[r.nextInt(STREETS.length)];
    String number = Integer.toString(1 + r.nextInt(250)) + (moved ? "A" : "");
    boolean box = r.nextInt(100) < 20;
    return new String[] {entity, type, null, null, postcode, "Gemeente " + postcode, "Commune " + postcode, street,
        street, number, box ? Integer.toString(1 + r.nextInt(30)) : (r.nextBoolean() ? "" : null),
        r.nextInt(100) < 50 ? "" : null, null};
  }

  private static String postcode(SplittableRandom r) {
    if (r.nextInt(200) == 0) {
      return AREA_POSTCODE;
    }
    int p = 1000 + r.nextInt(900) * 10;
    return p == 3600 ? "3500" : Integer.toString(p);
  }

  private static void diff(Entity before, Entity after, Map<Table, KboCsv> del, Map<Table, KboCsv> ins)
      throws IOException {
    for (Table t : Table.values()) {
      Map<String, List<String[]>> b = byKey(before, t);
      Map<String, List<String[]>> a = byKey(after, t);
      java.util.TreeSet<String> keys = new java.util.TreeSet<>(b.keySet());
      keys.addAll(a.keySet());
      for (String key : keys) {
        List<String[]> x = b.getOrDefault(key, List.of());
        List<String[]> y = a.getOrDefault(key, List.of());
        if (!same(x, y)) {
          if (!x.isEmpty()) {
            del.get(t).text(key).end();
          }
          for (String[] row : y) {
            row(t, row, ins.get(t));
          }
        }
      }
    }
  }

  private static Map<String, List<String[]>> byKey(Entity e, Table t) {
    Map<String, List<String[]>> m = new java.util.TreeMap<>();
    if (e != null) {
      for (String[] row : e.of(t)) {
        m.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
      }
    }
    return m;
  }

  private static boolean same(List<String[]> x, List<String[]> y) {
    if (x.size() != y.size()) {
      return false;
    }
    for (int i = 0; i < x.size(); i++) {
      if (!java.util.Arrays.equals(x.get(i), y.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static void write(Entity e, Map<Table, KboCsv> csv) throws IOException {
    for (Table t : Table.values()) {
      for (String[] row : e.of(t)) {
        row(t, row, csv.get(t));
      }
    }
  }

  private static void row(Table t, String[] row, KboCsv out) throws IOException {
    for (int c = 0; c < row.length; c++) {
      String column = t.columns().get(c);
      String v = row[c];
      if (column.endsWith("Date") || column.equals("DateStrikingOff")) {
        out.bare(v);
      } else if ("".equals(v)) {
        out.quotedEmpty();
      } else {
        out.text(v);
      }
    }
    out.end();
  }

  private static long mix(long seed, long i) {
    long z = seed * 0xBF58476D1CE4E5B9L + i * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 31)) * 0x9E3779B97F4A7C15L;
    return z ^ (z >>> 29);
  }

  /** Appends the mod-97 check digits to 8 digits. */
  static long checked(long first8) {
    return first8 * 100 + (97 - first8 % 97);
  }

  private static String display(long number, boolean enterprise) {
    String d = String.format(java.util.Locale.ROOT, "%010d", number);
    return KboDocument.display(d, enterprise);
  }

  /** The files of one extract, in a folder or a zip. */
  private static final class Files implements AutoCloseable {
    private final Path out;
    private final boolean zip;
    private final Map<String, Writer> writers = new java.util.LinkedHashMap<>();
    private final Map<String, Path> parts = new java.util.LinkedHashMap<>();
    private final Path dir;

    Files(Path out) throws IOException {
      this.out = out;
      this.zip = out.getFileName().toString().endsWith(".zip");
      this.dir = zip ? java.nio.file.Files.createTempDirectory(out.toAbsolutePath().getParent() == null
          ? Path.of(".") : createParent(out), ".kbo-synth-") : java.nio.file.Files.createDirectories(out);
    }

    private static Path createParent(Path out) throws IOException {
      return java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
    }

    KboCsv csv(String file, List<String> columns) throws IOException {
      Path p = dir.resolve(file);
      Writer w = new BufferedWriter(new OutputStreamWriter(java.nio.file.Files.newOutputStream(p),
          StandardCharsets.UTF_8), 1 << 16);
      writers.put(file, w);
      parts.put(file, p);
      KboCsv c = new KboCsv(w);
      c.header(columns);
      return c;
    }

    void meta(String type, int number, LocalDate snapshot) throws IOException {
      KboCsv c = csv(Table.META, Table.META_COLUMNS);
      c.text("SnapshotDate").text(KboDates.format(snapshot)).end();
      c.text("ExtractTimestamp").text(KboDates.format(snapshot.plusDays(1)) + " 07:40:18").end();
      c.text("ExtractType").text(type).end();
      c.text("ExtractNumber").text(Integer.toString(number)).end();
      c.text("Version").text("1.0.0").end();
    }

    void codes() throws IOException {
      KboCsv c = csv(Table.CODE, Table.CODE_COLUMNS);
      String[][] fixed = {
          {"ActivityGroup", "001", "BTW-activiteiten", "Activités TVA"},
          {"ActivityGroup", "003", "Activiteiten", "Activités"},
          {"ActivityGroup", "006", "RSZ-activiteiten", "Activités ONSS"},
          {"Classification", "MAIN", "Hoofdactiviteit", "Activité principale"},
          {"Classification", "SECO", "Nevenactiviteit", "Activité secondaire"},
          {"Classification", "ANCI", "Hulpactiviteit", "Activité auxiliaire"},
          {"TypeOfAddress", "REGO", "Zetel", "Siège"},
          {"TypeOfAddress", "BAET", "Vestigingseenheid", "Unité d'établissement"},
          {"TypeOfAddress", "ABBR", "Bijkantoor", "Succursale"},
          {"TypeOfDenomination", "001", "Naam", "Dénomination"},
          {"TypeOfDenomination", "002", "Afkorting", "Abréviation"},
          {"TypeOfDenomination", "003", "Commerciële naam", "Dénomination commerciale"},
          {"TypeOfDenomination", "004", "Naam van het bijkantoor", "Dénomination de la succursale"},
          {"TypeOfEnterprise", "1", "Natuurlijk Persoon", "Personne physique"},
          {"TypeOfEnterprise", "2", "Rechtspersoon", "Personne morale"},
          {"Language", "0", "Onbekend", "inconnu"},
          {"Language", "1", "Frans", "français"},
          {"Language", "2", "Nederlands", "néerlandais"},
          {"Status", "AC", "Actief", "Actif"},
          {"JuridicalSituation", "000", "Normale toestand", "Situation normale"},
          {"JuridicalSituation", "012", "Synthetische toestand", "Situation synthétique"}};
      for (String[] f : fixed) {
        c.text(f[0]).text(f[1]).text("FR").text(f[3]).end();
        c.text(f[0]).text(f[1]).text("NL").text(f[2]).end();
      }
      c.text("TypeOfEnterprise").text("1").text("DE").text("Natürliche Person").end();
      for (String form : FORMS) {
        c.text("JuridicalForm").text(form).text("NL").text("Synthetische rechtsvorm " + form).end();
        c.text("JuridicalForm").text(form).text("FR").text("Forme juridique synthétique " + form).end();
      }
      for (String[] list : new String[][] {NACE_2025, NACE_2008, NACE_2003}) {
        String category = list == NACE_2025 ? "Nace2025" : list == NACE_2008 ? "Nace2008" : "Nace2003";
        for (String code : new java.util.TreeSet<>(List.of(list))) {
          c.text(category).text(code).text("FR").text("Code synthétique " + code).end();
          c.text(category).text(code).text("NL").text("Synthetische code " + code).end();
        }
      }
    }

    void finish() throws IOException {
      for (Writer w : writers.values()) {
        w.close();
      }
      writers.clear();
      if (zip) {
        try (OutputStream os = java.nio.file.Files.newOutputStream(out); ZipOutputStream z = new ZipOutputStream(os)) {
          for (Map.Entry<String, Path> p : parts.entrySet()) {
            ZipEntry entry = new ZipEntry(p.getKey());
            entry.setTime(0);
            z.putNextEntry(entry);
            java.nio.file.Files.copy(p.getValue(), z);
            z.closeEntry();
          }
        }
        for (Path p : parts.values()) {
          java.nio.file.Files.deleteIfExists(p);
        }
        java.nio.file.Files.deleteIfExists(dir);
      }
    }

    @Override
    public void close() throws IOException {
      for (Writer w : writers.values()) {
        w.close();
      }
    }
  }

  /**
   * Returns the number of enterprises of version 0.
   *
   * @return the count
   */
  public int enterprises() {
    return enterprises;
  }

  @Override
  public String toString() {
    return "KboSyntheticExtract[enterprises=" + enterprises + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KboSyntheticExtract k && k.enterprises == enterprises && k.seed == seed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(enterprises, seed);
  }
}
