package eu.barrier.registers.kbo;

import eu.barrier.core.input.InputFiles;
import eu.barrier.core.output.OutputFiles;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.registers.RegisterFormatException;
import eu.barrier.registers.RegisterProblem;
import eu.barrier.registers.RegistersError;
import eu.barrier.registers.internal.KboCsv;
import eu.barrier.registers.internal.KboDates;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The document a KBO read is written to, format {@value #FORMAT}: the screening input that {@code
 * barrier screen --input} reads as {@code establishments.json} ({@code establishments[*].id} and
 * {@code sector}), with every register field kept, so that a later update extract can be applied to
 * it. See {@code docs/registers.md} for the fields.
 *
 * <p>Layout: {@code format}, {@code source} (extract number, snapshot date, updates applied), {@code
 * area}, {@code sectorTable}, {@code enterprises} (each with names, addresses, activities, branches),
 * {@code establishments} (each with {@code id}, {@code sector}, {@code sectorBasis}, numbers, names,
 * addresses, activities), {@code codes} (the code.csv descriptions of the codes used). Natural
 * persons' entries carry {@code "personalData": true}. Writing streams: enterprises go straight to
 * the file, units to a temporary file beside it that is appended at the end.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KboDocument {

  /** The format name. */
  public static final String FORMAT = "barrier-registers-kbo-v1";

  private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(16).maxStringLength(1 << 16).maxNameLength(64).maxNumberLength(20)
              .maxDocumentLength(-1).maxTokenCount(-1).build())
          .build())
      .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private KboDocument() {}

  /**
   * What a document says about where its data came from.
   *
   * @param source the metadata of the full extract the document started from
   * @param updates the extract numbers of the updates applied since, ascending, each once
   * @param latestSnapshot the snapshot date of the latest extract applied
   * @param area the area the document keeps
   */
  public record Header(KboMeta source, List<Long> updates, LocalDate latestSnapshot, KboArea area) {

    /**
     * Creates a header.
     *
     * @param source the full extract's metadata
     * @param updates the updates applied
     * @param latestSnapshot the latest snapshot date
     * @param area the area
     */
    public Header {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(latestSnapshot, "latestSnapshot");
      Objects.requireNonNull(area, "area");
      updates = List.copyOf(new TreeSet<>(updates));
    }

    /**
     * Returns the header of a document read from a full extract.
     *
     * @param full the extract's metadata
     * @param area the area
     * @return the header
     */
    public static Header of(KboMeta full, KboArea area) {
      return new Header(full, List.of(), full.snapshotDate(), area);
    }

    /**
     * Returns this header with one more update applied; applying the same update again changes
     * nothing.
     *
     * @param update the update's metadata
     * @return the header
     */
    public Header with(KboMeta update) {
      List<Long> all = new ArrayList<>(updates);
      all.add(update.extractNumber());
      LocalDate latest = update.snapshotDate().isAfter(latestSnapshot) ? update.snapshotDate() : latestSnapshot;
      return new Header(source, all, latest, area);
    }
  }

  // ------------------------------------------------------------------ writing

  /**
   * Opens a writer; after the read, call {@link DocumentWriter#finish(Header, KboReport)}, then close.
   *
   * @param out the document to write; its folder is created if needed
   * @return the writer, a {@link KboSink}
   * @throws UncheckedIOException if the files cannot be created
   */
  public static DocumentWriter writer(Path out) {
    return new DocumentWriter(out);
  }

  /**
   * Writes a document as a {@link KboSink}: enterprises and units go to two temporary files beside
   * the document, which {@link #finish} joins behind the header. Not thread-safe.
   */
  public static final class DocumentWriter implements KboSink, Closeable {
    private final Path out;
    private final Path enterprisesFile;
    private final Path unitsFile;
    private final OutputStream enterprisesStream;
    private final JsonGenerator doc;
    private final OutputStream unitsStream;
    private final JsonGenerator units;
    private final Map<String, TreeSet<String>> used = new TreeMap<>();
    private boolean finished;

    private DocumentWriter(Path out) {
      this.out = out;
      try {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        this.enterprisesFile = Files.createTempFile(dir, ".kbo-enterprises-", ".json");
        this.unitsFile = Files.createTempFile(dir, ".kbo-units-", ".json");
        this.enterprisesStream = new BufferedOutputStream(Files.newOutputStream(enterprisesFile), 1 << 16);
        this.doc = JSON.createGenerator(enterprisesStream);
        this.unitsStream = new BufferedOutputStream(Files.newOutputStream(unitsFile), 1 << 16);
        this.units = JSON.createGenerator(unitsStream);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      doc.writeStartArray();
      units.writeStartArray();
    }

    private static byte[] header(Header header) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (JsonGenerator doc = JSON.createGenerator(bytes)) {
        doc.writeStartObject();
        doc.writeStringProperty("format", FORMAT);
        doc.writeName("source");
        doc.writeStartObject();
        doc.writeStringProperty("register", "KBO Open Data");
        doc.writeNumberProperty("extractNumber", header.source().extractNumber());
        doc.writeStringProperty("snapshotDate", header.source().snapshotDate().toString());
        doc.writeStringProperty("extractTimestamp", header.source().extractTimestamp());
        doc.writeStringProperty("version", header.source().version());
        doc.writeName("updatesApplied");
        doc.writeStartArray();
        for (long u : header.updates()) {
          doc.writeNumber(u);
        }
        doc.writeEndArray();
        doc.writeStringProperty("latestSnapshotDate", header.latestSnapshot().toString());
        doc.writeEndObject();
        doc.writeName("area");
        if (header.area().isAll()) {
          doc.writeNull();
        } else {
          doc.writeStartObject();
          if (header.area().nis().isPresent()) {
            doc.writeStringProperty("nis", header.area().nis().get());
          }
          doc.writeName("postcodes");
          doc.writeStartArray();
          for (String p : header.area().postcodes()) {
            doc.writeString(p);
          }
          doc.writeEndArray();
          doc.writeEndObject();
        }
        doc.writeEndObject();
      }
      byte[] b = bytes.toByteArray();
      return java.util.Arrays.copyOf(b, b.length - 1);
    }

    @Override
    public void enterprise(KboEnterprise e) {
      doc.writeStartObject();
      doc.writeStringProperty("enterpriseNumber", e.number().canonical());
      doc.writeBooleanProperty("personalData", e.personalData());
      doc.writeBooleanProperty("naturalPerson", e.naturalPerson());
      text(doc, "status", e.status());
      code(doc, "juridicalSituation", "JuridicalSituation", e.juridicalSituation());
      code(doc, "typeOfEnterprise", "TypeOfEnterprise", e.typeOfEnterprise());
      code(doc, "juridicalForm", "JuridicalForm", e.juridicalForm());
      code(doc, "juridicalFormCAC", "JuridicalForm", e.juridicalFormCac());
      doc.writeStringProperty("startDate", e.startDate().toString());
      denominations(doc, e.denominations());
      addresses(doc, e.addresses());
      activities(doc, e.activities());
      doc.writeName("branches");
      doc.writeStartArray();
      for (KboBranch b : e.branches()) {
        doc.writeStartObject();
        doc.writeStringProperty("id", b.id());
        doc.writeStringProperty("startDate", b.startDate().toString());
        denominations(doc, b.denominations());
        addresses(doc, b.addresses());
        doc.writeEndObject();
      }
      doc.writeEndArray();
      doc.writeEndObject();
    }

    @Override
    public void unit(KboEstablishmentUnit u) {
      JsonGenerator g = units;
      g.writeStartObject();
      g.writeStringProperty("id", u.key());
      g.writeStringProperty("sector", BarrierJson.enumId(u.sector().sector()));
      g.writeName("sectorBasis");
      g.writeStartObject();
      g.writeStringProperty("level", u.sector().level().name().toLowerCase(Locale.ROOT));
      if (u.sector().codeList() != null) {
        g.writeStringProperty("codeList", BarrierJson.enumId(u.sector().codeList()));
        g.writeStringProperty("code", u.sector().code());
        g.writeBooleanProperty("verified", u.sector().verified());
      }
      g.writeEndObject();
      g.writeStringProperty("establishmentUnitNumber", u.number().canonical());
      g.writeStringProperty("enterpriseNumber", u.enterpriseNumber().canonical());
      g.writeBooleanProperty("enterpriseAbsent", u.enterprise() == null);
      g.writeBooleanProperty("personalData", u.personalData());
      g.writeStringProperty("startDate", u.startDate().toString());
      denominations(g, u.denominations());
      addresses(g, u.addresses());
      activities(g, u.activities());
      g.writeEndObject();
    }

    /**
     * Completes the document: the header, the enterprises, the units and the descriptions of the
     * codes used.
     *
     * @param header the header
     * @param report the report of the read, for its code descriptions
     * @throws UncheckedIOException if writing fails
     */
    public void finish(Header header, KboReport report) {
      Objects.requireNonNull(header, "header");
      doc.writeEndArray();
      doc.close();
      units.writeEndArray();
      units.close();
      java.io.ByteArrayOutputStream codesBytes = new java.io.ByteArrayOutputStream();
      try (JsonGenerator g = JSON.createGenerator(codesBytes)) {
        g.writeStartObject();
        KboCodes codes = report.codes();
        for (Map.Entry<String, TreeSet<String>> c : used.entrySet()) {
          g.writeName(c.getKey());
          g.writeStartObject();
          for (String code : c.getValue()) {
            if (!codes.contains(c.getKey(), code)) {
              continue;
            }
            g.writeName(code);
            g.writeStartObject();
            String nl = codes.label(c.getKey(), code, Locale.forLanguageTag("nl")).orElse(null);
            g.writeStringProperty("nl", nl);
            for (String lang : new String[] {"fr", "de"}) {
              String l = codes.label(c.getKey(), code, Locale.forLanguageTag(lang)).orElse(null);
              if (l != null && !l.equals(nl)) {
                g.writeStringProperty(lang, l);
              }
            }
            g.writeEndObject();
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      // core's output policy: a temporary file beside the document, forced, renamed over it
      byte[] head = header(header);
      OutputFiles.replace(out, main -> {
        main.write(head);
        main.write(",\n\"enterprises\":".getBytes(StandardCharsets.UTF_8));
        Files.copy(enterprisesFile, main);
        main.write(",\n\"establishments\":".getBytes(StandardCharsets.UTF_8));
        Files.copy(unitsFile, main);
        main.write(",\n\"codes\":".getBytes(StandardCharsets.UTF_8));
        main.write(codesBytes.toByteArray());
        main.write("}\n".getBytes(StandardCharsets.UTF_8));
      }, OutputFiles.Access.SHARED, "the document");
      finished = true;
    }

    @Override
    public void close() throws IOException {
      try {
        if (!finished) {
          doc.close();
          units.close();
        }
        enterprisesStream.close();
        unitsStream.close();
      } finally {
        Files.deleteIfExists(enterprisesFile);
        Files.deleteIfExists(unitsFile);
      }
    }

    private void code(JsonGenerator g, String name, String category, String value) {
      if (value != null) {
        g.writeStringProperty(name, value);
        used.computeIfAbsent(category, k -> new TreeSet<>()).add(value);
      }
    }

    private void denominations(JsonGenerator g, List<KboDenomination> list) {
      g.writeName("denominations");
      g.writeStartArray();
      for (KboDenomination d : list) {
        g.writeStartObject();
        code(g, "language", "Language", d.language());
        code(g, "type", "TypeOfDenomination", d.type());
        g.writeStringProperty("value", d.value());
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    private void addresses(JsonGenerator g, List<KboAddress> list) {
      g.writeName("addresses");
      g.writeStartArray();
      for (KboAddress a : list) {
        g.writeStartObject();
        code(g, "type", "TypeOfAddress", a.type());
        text(g, "countryNL", a.countryNl());
        text(g, "countryFR", a.countryFr());
        text(g, "zipcode", a.zipcode());
        text(g, "municipalityNL", a.municipalityNl());
        text(g, "municipalityFR", a.municipalityFr());
        text(g, "streetNL", a.streetNl());
        text(g, "streetFR", a.streetFr());
        text(g, "houseNumber", a.houseNumber());
        text(g, "box", a.box());
        text(g, "extraAddressInfo", a.extraAddressInfo());
        if (a.dateStrikingOff() != null) {
          g.writeStringProperty("dateStrikingOff", a.dateStrikingOff().toString());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    private void activities(JsonGenerator g, List<KboActivity> list) {
      g.writeName("activities");
      g.writeStartArray();
      for (KboActivity a : list) {
        g.writeStartObject();
        code(g, "group", "ActivityGroup", a.group());
        g.writeStringProperty("naceVersion", a.version().code());
        code(g, "naceCode", a.version().codeTable(), a.naceCode());
        code(g, "classification", "Classification", a.classification().name());
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    private static void text(JsonGenerator g, String name, String value) {
      if (value != null) {
        g.writeStringProperty(name, value);
      }
    }
  }

  // ------------------------------------------------------------------ reading a base

  /**
   * A document opened as the base of an update: its header, and its rows written back as a
   * temporary extract in the KBO format, deleted on close.
   */
  public static final class Base implements Closeable {
    private final Header header;
    private final Path extract;

    private Base(Header header, Path extract) {
      this.header = header;
      this.extract = extract;
    }

    /**
     * Returns the document's header.
     *
     * @return the header
     */
    public Header header() {
      return header;
    }

    /**
     * Returns the temporary extract folder holding the document's rows.
     *
     * @return the folder
     */
    public Path extract() {
      return extract;
    }

    @Override
    public void close() throws IOException {
      try (Stream<Path> files = Files.list(extract)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(extract);
    }
  }

  /**
   * Opens a document this module wrote as the base of an update.
   *
   * @param document the document
   * @param workDir where to write the temporary extract (a new folder inside it)
   * @return the base; close it to delete the temporary extract
   * @throws RegisterFormatException with code {@code BARRIER-REG-0101} if the document is not a
   *     {@value #FORMAT} document
   * @throws eu.barrier.core.input.InputException if the document is missing, not a regular file
   *     (a directory, pipe or device) or not UTF-8 without a byte-order mark
   */
  public static Base openBase(Path document, Path workDir) {
    Path dir;
    try {
      Files.createDirectories(workDir);
      dir = Files.createTempDirectory(workDir, ".kbo-base-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<Table, Writer> writers = new EnumMap<>(Table.class);
    Map<Table, KboCsv> csv = new EnumMap<>(Table.class);
    String name = String.valueOf(document.getFileName());
    try (InputStream in = InputFiles.utf8(InputFiles.open(document, Long.MAX_VALUE, "the base document"),
        "the base document"); JsonParser p = JSON.createParser(in)) {
      for (Table t : Table.values()) {
        Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dir.resolve(t.file())),
            StandardCharsets.UTF_8), 1 << 16);
        writers.put(t, w);
        KboCsv c = new KboCsv(w);
        c.header(t.columns());
        csv.put(t, c);
      }
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw base(name, "must be a JSON object");
      }
      JsonNode source = null;
      JsonNode area = null;
      boolean format = false;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "format" -> format = FORMAT.equals(p.getString());
          case "source" -> source = JSON.readTree(p);
          case "area" -> area = value == JsonToken.VALUE_NULL ? null : JSON.readTree(p);
          case "enterprises" -> {
            requireArray(value, name);
            while (p.nextToken() == JsonToken.START_OBJECT) {
              writeEnterprise(JSON.readTree(p), csv);
            }
          }
          case "establishments" -> {
            requireArray(value, name);
            while (p.nextToken() == JsonToken.START_OBJECT) {
              writeUnit(JSON.readTree(p), csv);
            }
          }
          default -> p.skipChildren();
        }
      }
      if (!format || source == null) {
        throw base(name, "format and source are required");
      }
      KboMeta meta = new KboMeta(LocalDate.parse(source.get("snapshotDate").asString()),
          source.get("extractTimestamp").asString(), false, source.get("extractNumber").asLong(),
          source.get("version").asString());
      List<Long> updates = new ArrayList<>();
      source.get("updatesApplied").forEach(n -> updates.add(n.asLong()));
      KboArea kboArea = KboArea.all();
      if (area != null) {
        List<String> postcodes = new ArrayList<>();
        area.get("postcodes").forEach(n -> postcodes.add(n.asString()));
        kboArea = area.has("nis") ? KboArea.nis(area.get("nis").asString(), Map.of(area.get("nis").asString(),
            new TreeSet<>(postcodes))) : KboArea.postcodes(postcodes);
      }
      for (Writer w : writers.values()) {
        w.close();
      }
      try (Writer w = Files.newBufferedWriter(dir.resolve(Table.META), StandardCharsets.UTF_8)) {
        KboCsv c = new KboCsv(w);
        c.header(Table.META_COLUMNS);
        c.text("SnapshotDate").text(KboDates.format(meta.snapshotDate())).end();
        c.text("ExtractTimestamp").text(meta.extractTimestamp()).end();
        c.text("ExtractType").text("full").end();
        c.text("ExtractNumber").text(Long.toString(meta.extractNumber())).end();
        c.text("Version").text(meta.version()).end();
      }
      Files.writeString(dir.resolve(Table.CODE), "\"Category\",\"Code\",\"Language\",\"Description\"\n");
      return new Base(new Header(meta, updates, LocalDate.parse(source.get("latestSnapshotDate").asString()),
          kboArea), dir);
    } catch (JacksonException | NullPointerException | java.time.DateTimeException e) {
      cleanup(dir, writers);
      throw base(name, "not a " + FORMAT + " document");
    } catch (RegisterFormatException e) {
      cleanup(dir, writers);
      throw e;
    } catch (IOException e) {
      cleanup(dir, writers);
      throw new UncheckedIOException(e);
    }
  }

  private static void writeEnterprise(JsonNode e, Map<Table, KboCsv> csv) throws IOException {
    String number = display(s(e, "enterpriseNumber"), true);
    csv.get(Table.ENTERPRISE).text(number).text(s(e, "status")).text(s(e, "juridicalSituation"))
        .text(s(e, "typeOfEnterprise")).text(s(e, "juridicalForm")).text(s(e, "juridicalFormCAC"))
        .bare(date(s(e, "startDate"))).end();
    children(e, number, csv);
    for (JsonNode b : e.get("branches")) {
      String id = display(s(b, "id"), false);
      csv.get(Table.BRANCH).text(id).bare(date(s(b, "startDate"))).text(number).end();
      children(b, id, csv);
    }
  }

  private static void writeUnit(JsonNode u, Map<Table, KboCsv> csv) throws IOException {
    String number = display(s(u, "establishmentUnitNumber"), false);
    csv.get(Table.ESTABLISHMENT).text(number).bare(date(s(u, "startDate")))
        .text(display(s(u, "enterpriseNumber"), true)).end();
    children(u, number, csv);
  }

  private static void children(JsonNode n, String entity, Map<Table, KboCsv> csv) throws IOException {
    for (JsonNode d : n.get("denominations")) {
      csv.get(Table.DENOMINATION).text(entity).text(s(d, "language")).text(s(d, "type")).text(s(d, "value")).end();
    }
    for (JsonNode a : n.get("addresses")) {
      csv.get(Table.ADDRESS).text(entity).text(s(a, "type")).text(s(a, "countryNL")).text(s(a, "countryFR"))
          .text(s(a, "zipcode")).text(s(a, "municipalityNL")).text(s(a, "municipalityFR")).text(s(a, "streetNL"))
          .text(s(a, "streetFR")).text(s(a, "houseNumber")).text(s(a, "box")).text(s(a, "extraAddressInfo"))
          .bare(date(s(a, "dateStrikingOff"))).end();
    }
    JsonNode activities = n.get("activities");
    if (activities != null) {
      for (JsonNode a : activities) {
        csv.get(Table.ACTIVITY).text(entity).text(s(a, "group")).text(s(a, "naceVersion")).text(s(a, "naceCode"))
            .text(s(a, "classification")).end();
      }
    }
  }

  private static String s(JsonNode n, String name) {
    JsonNode v = n.get(name);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static String date(String iso) {
    return iso == null ? null : KboDates.format(LocalDate.parse(iso));
  }

  /** Writes 10 digits as the KBO does: {@code 0411.104.014}, {@code 2.004.869.739}. */
  static String display(String digits, boolean enterprise) {
    if (digits == null || digits.length() != 10) {
      return digits;
    }
    return enterprise
        ? digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7)
        : digits.charAt(0) + "." + digits.substring(1, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
  }

  private static void requireArray(JsonToken token, String name) {
    if (token != JsonToken.START_ARRAY) {
      throw base(name, "enterprises and establishments must be arrays");
    }
  }

  private static RegisterFormatException base(String file, String detail) {
    return new RegisterFormatException(List.of(new RegisterProblem(file, 0, "", RegistersError.BASE_FORMAT, detail)),
        null);
  }

  private static void cleanup(Path dir, Map<Table, Writer> writers) {
    for (Writer w : writers.values()) {
      try {
        w.close();
      } catch (IOException e) {
        // already failing
      }
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // best effort
    }
  }

}
