package eu.barrier.indicators.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the four ILO/EC 2009 Delphi catalogues (adult and child, labour and sexual
 * exploitation) from the reference table {@code ilo-2009-labour.tsv} and Barrier's translation and
 * annotation tables in test resources.
 *
 * <p>A one-off tool: the generated files are committed under {@code src/main/resources} and never
 * edited in place. {@link IloLabourCatalogueTest} checks that they still equal what this generator
 * produces. To write a new version, run {@link #main(String[])} with the module directory, for
 * example from {@code indicators/}: {@code java -cp target/test-classes:$(cat cp.txt)
 * eu.barrier.indicators.catalogue.IloCatalogueGenerator .} after {@code ../mvnw
 * dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
final class IloCatalogueGenerator {

  static final String VERSION = "1.0.0";
  static final String RESOURCES = "/eu/barrier/indicators/catalogue/";

  /** One row of the reference table. */
  record Row(String dimension, String nn, String dimensionName, String name, String adult, String child) {}

  /** The four ILO 2009 lists. */
  enum List2009 {
    ADULT_LABOUR("ilo-2009-adult-labour", "AL", true, false),
    CHILD_LABOUR("ilo-2009-child-labour", "CL", false, false),
    ADULT_SEXUAL("ilo-2009-adult-sexual", "AS", true, true),
    CHILD_SEXUAL("ilo-2009-child-sexual", "CS", false, true);

    final String id;
    final String code;
    final boolean adult;
    final boolean sexual;

    List2009(String id, String code, boolean adult, boolean sexual) {
      this.id = id;
      this.code = code;
      this.adult = adult;
      this.sexual = sexual;
    }
  }

  private static final Map<String, String[]> DIMENSIONS = Map.of(
      "DR", new String[] {"misleidende werving", "recrutement trompeur", "deceptive recruitment"},
      "CR", new String[] {"werving onder dwang", "recrutement sous la contrainte", "coercive recruitment"},
      "VR", new String[] {"werving door misbruik van kwetsbaarheid", "recrutement par abus de vulnérabilité",
          "recruitment by abuse of vulnerability"},
      "EX", new String[] {"uitbuitende arbeidsomstandigheden", "conditions de travail relevant de l'exploitation",
          "exploitative conditions of work"},
      "CD", new String[] {"dwang op de bestemming", "contrainte à destination", "coercion at destination"},
      "VD", new String[] {"misbruik van kwetsbaarheid op de bestemming", "abus de vulnérabilité à destination",
          "abuse of vulnerability at destination"});

  private IloCatalogueGenerator() {}

  static List<Row> referenceRows(List<String> lines) {
    List<Row> rows = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("dimension\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      rows.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5]));
    }
    return rows;
  }

  static List<String> resourceLines(String name) {
    try (InputStream in = IloCatalogueGenerator.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String[]> table(String name, int keyColumns) {
    Map<String, String[]> map = new LinkedHashMap<>();
    boolean header = true;
    for (String line : resourceLines(name)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t", -1);
      map.put(keyColumns == 1 ? f[0] : f[0] + "-" + f[1], f);
    }
    return map;
  }

  static ObjectNode generate(List2009 list, List<Row> rows) {
    Map<String, String[]> translations = table("ilo-2009-labour-translations.tsv", 1);
    Map<String, String[]> annotations = table("ilo-2009-labour-annotations.tsv", 2);
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("format", "barrier-catalogue-v1");
    root.put("id", list.id);
    root.put("version", VERSION);
    String whoNl = list.adult ? "volwassenen" : "kinderen";
    String whoFr = list.adult ? "adultes" : "enfants";
    String whoEn = list.adult ? "adults" : "children";
    String kindNl = list.sexual ? "seksuele uitbuiting" : "arbeidsuitbuiting";
    String kindFr = list.sexual ? "exploitation sexuelle" : "exploitation par le travail";
    String kindEn = list.sexual ? "sexual exploitation" : "labour exploitation";
    root.set("title", text(f,
        "ILO/EC 2009-indicatoren van mensenhandel: " + whoNl + ", " + kindNl,
        "Indicateurs OIT/CE 2009 de la traite des êtres humains : " + whoFr + ", " + kindFr,
        "ILO/EC 2009 indicators of trafficking in human beings: " + whoEn + ", " + kindEn));
    root.set("description", text(f,
        "De operationele indicatoren van mensenhandel uit de Delphi-studie van de ILO en de Europese Commissie"
            + " (2009), lijst " + whoNl + " / " + kindNl + ", in zes dimensies. Persoonsgebonden: de indicatoren"
            + " worden vastgesteld door politie, sociale inspectie of hulpverleners, meestal in een gesprek met de"
            + " betrokkene. Signalen om verder te kijken, nooit een beslissing."
            + (list.sexual ? " De sterktes van deze lijst zijn niet geverifieerd en staan op 'voorlopig'." : ""),
        "Les indicateurs opérationnels de la traite des êtres humains issus de l'enquête Delphi de l'OIT et de la"
            + " Commission européenne (2009), liste " + whoFr + " / " + kindFr + ", en six dimensions. Au niveau de"
            + " la personne : les indicateurs sont établis par la police, l'inspection sociale ou des intervenants,"
            + " le plus souvent lors d'un entretien avec la personne. Des signaux à examiner, jamais une décision."
            + (list.sexual ? " Les forces de cette liste ne sont pas vérifiées et valent « provisoire »." : ""),
        "The operational indicators of trafficking in human beings from the ILO and European Commission Delphi"
            + " survey (2009), list " + whoEn + " / " + kindEn + ", in six dimensions. Person-level: the"
            + " indicators are established by police, social inspection or care workers, usually in an interview"
            + " with the person. Signals for review, never a decision."
            + (list.sexual ? " The strengths of this list are not verified and are 'provisional'." : "")));
    root.put("subjectKind", "person");
    root.put("purpose", "automated-scoring");
    root.put("childProtection", false);
    root.set("provenance", provenance(f, list));
    ArrayNode indicators = root.putArray("indicators");
    for (Row row : rows) {
      String rating = list.adult ? row.adult() : row.child();
      if (rating.equals("-")) {
        continue;
      }
      String key = row.dimension() + "-" + row.nn();
      String[] annotation = annotations.get(key);
      String[] translation = translations.get(row.name());
      if (annotation == null || translation == null) {
        throw new IllegalStateException("no annotation or translation for " + key);
      }
      String nl = translation[1];
      String fr = translation[2];
      String en = row.name();
      if (list.sexual && key.equals("DR-03")) {
        nl = "Misleid over de omstandigheden van de prostitutie";
        fr = "Trompé sur les conditions de la prostitution";
        en = "Deceived about conditions of prostitution";
      }
      ObjectNode indicator = indicators.addObject();
      indicator.put("id", "ILO-" + list.code + "-" + key);
      indicator.set("label", text(f, nl, fr, en));
      String[] dim = DIMENSIONS.get(row.dimension());
      String extraNl = "";
      String extraFr = "";
      String extraEn = "";
      if (key.equals("VD-07")) {
        extraNl = " Alleen het misbruik door de uitbuiter van een persoonlijke kwetsbaarheid (zoals leeftijd,"
            + " gezondheid of een beperking) telt; het kenmerk zelf is nooit een signaal.";
        extraFr = " Seul l'abus, par l'exploiteur, d'une vulnérabilité personnelle (comme l'âge, la santé ou un"
            + " handicap) compte ; la caractéristique elle-même n'est jamais un signal.";
        extraEn = " Only the exploiter's abuse of a personal vulnerability (such as age, health or disability)"
            + " counts; the characteristic itself is never a signal.";
      }
      indicator.set("description", text(f,
          "ILO/EC 2009 Delphi-indicator (" + whoNl + ", " + kindNl + "), dimensie " + dim[0] + ". Vastgesteld"
              + " door een professional, meestal in een gesprek met de betrokkene; een signaal om verder te kijken,"
              + " op zich nooit een bewijs." + extraNl,
          "Indicateur Delphi OIT/CE 2009 (" + whoFr + ", " + kindFr + "), dimension " + dim[1] + ". Établi par un"
              + " professionnel, le plus souvent lors d'un entretien avec la personne ; un signal à examiner,"
              + " jamais une preuve à lui seul." + extraFr,
          "ILO/EC 2009 Delphi indicator (" + whoEn + ", " + kindEn + "), dimension " + dim[2] + ". Established by"
              + " a professional, usually in an interview with the person; a signal for review, never proof on"
              + " its own." + extraEn));
      indicator.put("category", row.dimension());
      indicator.put("strength", list.sexual ? sexualStrength(key) : strength(rating));
      ArrayNode agencies = indicator.putArray("observedBy");
      for (String agency : annotation[3].split(" ")) {
        agencies.add(agency);
      }
      indicator.putArray("sectors");
      indicator.put("basis", annotation[2]);
      ArrayNode sources = indicator.putArray("sources");
      sources.add("ilo-2009-operational-indicators");
      if (!list.sexual || key.equals("CD-07")) {
        sources.add("weighted-indicator-synthesis");
      }
      if (annotation.length > 4 && !annotation[4].isBlank()) {
        indicator.put("protectedTermReview", annotation[4]);
      }
    }
    return root;
  }

  private static String strength(String rating) {
    switch (rating) {
      case "S":
        return "strong";
      case "M":
        return "medium";
      case "W":
        return "weak";
      default:
        throw new IllegalStateException("unknown rating " + rating);
    }
  }

  /** Only "Forced tasks or clients" has a sourced strength [V2] for sexual exploitation. */
  private static String sexualStrength(String key) {
    return key.equals("CD-07") ? "strong" : "provisional";
  }

  private static ObjectNode provenance(JsonNodeFactory f, List2009 list) {
    ObjectNode provenance = f.objectNode();
    provenance.put("verification", list.sexual ? "unverified" : "partly-verified");
    ArrayNode sources = provenance.putArray("sources");
    ObjectNode brochure = sources.addObject();
    brochure.put("id", "ilo-2009-operational-indicators");
    brochure.put("title", "ILO / European Commission, Operational indicators of trafficking in human beings:"
        + " results from a Delphi survey implemented by the ILO and the European Commission (WCMS_105023),"
        + " revised September 2009");
    brochure.put("url", "https://www.ilo.org/sites/default/files/wcmsp5/groups/public/@ed_norm/@declaration/"
        + "documents/publication/wcms_105023.pdf");
    brochure.put("date", "2009-09");
    ObjectNode details = sources.addObject();
    if (list.sexual) {
      details.put("id", "ilo-2009-sexual-explanations");
      details.put("title", "ILO, Explanations for indicators of trafficking for sexual exploitation (WCMS_105036)");
    } else {
      details.put("id", "ilo-2009-labour-details");
      details.put("title", "ILO, Details of indicators for labour exploitation (WCMS_105035)");
    }
    details.put("date", "2009");
    ObjectNode synthesis = sources.addObject();
    synthesis.put("id", "weighted-indicator-synthesis");
    synthesis.put("title", "Unified Weighted Trafficking-Indicator Reference: Migrant-Worker Forced Labour"
        + " (third-party public synthesis; states that it was checked against WCMS_105023 and WCMS_105035)");
    if (list.sexual) {
      provenance.put("notes", "Unverified. The four ILO 2009 lists and their six dimensions are verified;"
          + " the sexual-exploitation tables were not readable in any stored source. Indicator names reuse the"
          + " labour list (recollection: the sexual list mostly reuses them, with 'conditions of prostitution'"
          + " for 'conditions of work'), numbered in the labour list's order, and the item set follows the "
          + (list.adult ? "adult" : "child") + " labour list. Every strength is provisional except 'Forced"
          + " tasks or clients' (strong), taken from the third-party synthesis. The ILO 2009 model refuses to"
          + " classify on provisional strengths. Check pages 4-6 of WCMS_105023 and publish a new major version.");
    } else {
      provenance.put("notes", "Partly verified. The four lists and the six dimensions are verified on the ILO"
          + " page WCMS_105023. Indicator names and strengths come from a third-party synthesis that its authors"
          + " checked against the brochure; the per-dimension counts (adults 10/10/16/9/15/7) match it. Verify"
          + " names and strengths against the WCMS_105023 tables before relying on them. Names paraphrase the"
          + " ILO list; ids, translations, bases and observing agencies are Barrier's proposals. Generated from"
          + " Barrier's reference table ilo-2009-labour.tsv.");
    }
    return provenance;
  }

  private static ObjectNode text(JsonNodeFactory f, String nl, String fr, String en) {
    ObjectNode node = f.objectNode();
    node.put("nl", nl);
    node.put("fr", fr);
    node.put("en", en);
    return node;
  }

  static byte[] toBytes(JsonNode node) {
    JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    String json = mapper.writeValueAsString(node);
    return (json.replace("\r\n", "\n") + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes the four catalogues below {@code <moduleDir>/src/main/resources}.
   *
   * @param args the module directory ({@code indicators/}) and optionally the path of the
   *     reference table
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path module = Path.of(args.length > 0 ? args[0] : ".");
    List<String> lines = args.length > 1
        ? Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)
        : resourceLines("ilo-2009-labour.tsv");
    List<Row> rows = referenceRows(lines);
    for (List2009 list : List2009.values()) {
      Path file = module.resolve("src/main/resources/eu/barrier/indicators/catalogues/" + list.id + "/" + VERSION
          + ".json");
      Files.createDirectories(file.getParent());
      Files.write(file, toBytes(generate(list, rows)));
      System.out.println(String.format(Locale.ROOT, "wrote %s", file));
    }
  }
}
