package eu.barrier.transparency;

import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonLimits;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.core.validation.Violation;
import eu.barrier.workbench.evaluation.EvaluationReport;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * The figures of an evaluation that the transparency documents report, read back from the metrics
 * document that {@code barrier evaluate --json} writes ({@link EvaluationReport#json}, format
 * {@value EvaluationReport#JSON_FORMAT}).
 *
 * <p>Reading is strict: one JSON document of at most {@value #MAX_BYTES} bytes, no duplicate or
 * unknown members at any depth, every member the workbench writes present with its type, the
 * format id exact, curves as arrays of {@code [x, y, threshold]}, and each scorer's provenance
 * naming its catalogue (id, version, SHA-256) and model. {@link #read(byte[])} throws one {@link
 * TransparencyException} with code {@link TransparencyError#EVALUATION_MALFORMED} listing every
 * problem with its JSON Pointer, and nothing else for bad input. Undefined figures are {@link
 * Double#NaN}.
 *
 * @param sha256 the SHA-256 of the metrics document's bytes
 * @param barrierVersion the Barrier version that wrote it
 * @param labelledSha256 the SHA-256 of the labelled input that was evaluated
 * @param subjects the number of labelled subjects
 * @param positives of which labelled positive
 * @param dataProvenance the provenance of the labelled data as the file records it (for synthetic
 *     data the generator and its parameters), sorted by key
 * @param fourFifthsThreshold the flag-rate ratio below which the four-fifths rule counts as broken
 * @param scorers the evaluated scorers, in file order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record EvaluationMetrics(String sha256, String barrierVersion, String labelledSha256, long subjects,
    long positives, SortedMap<String, String> dataProvenance, double fourFifthsThreshold, List<Scorer> scorers) {

  /** The largest metrics document read, in bytes (64 MiB). */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final BarrierJson JSON = BarrierJson.create(JsonLimits.defaults()
      .withMaxDocumentBytes(MAX_BYTES)
      .withMaxNestingDepth(12)
      .withMaxStringLength(64 * 1024));
  private static final Boundary BOUNDARY = Boundary.create(JSON);

  /**
   * Checks for {@code null} and copies.
   *
   * @param sha256 the sha256 component
   * @param barrierVersion the barrierVersion component
   * @param labelledSha256 the labelledSha256 component
   * @param subjects the subjects component
   * @param positives the positives component
   * @param dataProvenance the dataProvenance component
   * @param fourFifthsThreshold the fourFifthsThreshold component
   * @param scorers the scorers component
   */
  public EvaluationMetrics {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(barrierVersion, "barrierVersion");
    Objects.requireNonNull(labelledSha256, "labelledSha256");
    dataProvenance = new TreeMap<>(dataProvenance);
    scorers = List.copyOf(scorers);
  }

  /**
   * Returns the data provenance, unmodifiable.
   *
   * @return the provenance, sorted by key
   */
  @Override
  public SortedMap<String, String> dataProvenance() {
    return java.util.Collections.unmodifiableSortedMap(dataProvenance);
  }

  /**
   * Returns the scorer that evaluated a catalogue with a model, if the file has one.
   *
   * @param catalogueSha256 the catalogue's SHA-256
   * @param modelId the model id
   * @return the first such scorer, or empty
   */
  public java.util.Optional<Scorer> scorer(String catalogueSha256, String modelId) {
    return scorers.stream().filter(s -> s.catalogueSha256().equals(catalogueSha256) && s.modelId().equals(modelId))
        .findFirst();
  }

  /**
   * An interval estimate: the value and its 95 % bootstrap interval.
   *
   * @param value the value, or NaN
   * @param lower95 the lower bound, or NaN
   * @param upper95 the upper bound, or NaN
   * @param replicates the bootstrap replicates; 0 when no interval was computed
   */
  public record Estimate(double value, double lower95, double upper95, int replicates) {}

  /**
   * The figures of one level: the subjects at this level or higher count as flagged.
   *
   * @param level the level id, for example {@code medium}
   * @param precision the share of flagged subjects that are labelled positive, or NaN
   * @param recall the share of positives that are flagged, or NaN
   * @param flagRate the share of all subjects that are flagged, or NaN
   * @param falsePositiveRate the share of negatives that are flagged, or NaN
   */
  public record Level(String level, double precision, double recall, double flagRate, double falsePositiveRate) {}

  /**
   * The flag rate of one audit group at a level.
   *
   * @param group the audit group's name, as the labelled data names it
   * @param subjects the subjects in the group
   * @param flagRate the share of the group flagged, or NaN
   * @param falsePositiveRate the share of the group's negatives flagged, or NaN
   */
  public record GroupRate(String group, long subjects, double flagRate, double falsePositiveRate) {}

  /**
   * The fairness figures at one level.
   *
   * @param level the level id
   * @param flagRateRatio the lowest group flag rate divided by the highest, or NaN
   * @param falsePositiveRateRatio the same for false-positive rates, or NaN
   * @param fourFifthsViolated whether the flag-rate ratio is below the threshold
   * @param smallSample whether a group is too small for the ratio to mean much
   * @param groups the rates per group
   */
  public record Fairness(String level, double flagRateRatio, double falsePositiveRateRatio, boolean fourFifthsViolated,
      boolean smallSample, List<GroupRate> groups) {

    /**
     * Copies the list.
     *
     * @param level the level component
     * @param flagRateRatio the flagRateRatio component
     * @param falsePositiveRateRatio the falsePositiveRateRatio component
     * @param fourFifthsViolated the fourFifthsViolated component
     * @param smallSample the smallSample component
     * @param groups the groups component
     */
    public Fairness {
      groups = List.copyOf(groups);
    }
  }

  /**
   * One evaluated scorer: a catalogue with a model.
   *
   * @param name the scorer's name in the evaluation
   * @param catalogueId the catalogue id
   * @param catalogueVersion the catalogue version
   * @param catalogueSha256 the catalogue's SHA-256
   * @param modelId the model id
   * @param rocAuc the area under the ROC curve
   * @param prAuc the area under the precision-recall curve
   * @param levels the figures per level
   * @param fairness the fairness figures per level
   */
  public record Scorer(String name, String catalogueId, String catalogueVersion, String catalogueSha256, String modelId,
      Estimate rocAuc, Estimate prAuc, List<Level> levels, List<Fairness> fairness) {

    /**
     * Copies the lists.
     *
     * @param name the name component
     * @param catalogueId the catalogueId component
     * @param catalogueVersion the catalogueVersion component
     * @param catalogueSha256 the catalogueSha256 component
     * @param modelId the modelId component
     * @param rocAuc the rocAuc component
     * @param prAuc the prAuc component
     * @param levels the levels component
     * @param fairness the fairness component
     */
    public Scorer {
      levels = List.copyOf(levels);
      fairness = List.copyOf(fairness);
    }
  }

  /**
   * Reads a metrics document.
   *
   * @param document the UTF-8 bytes
   * @return the figures
   * @throws TransparencyException with {@link TransparencyError#EVALUATION_MALFORMED} and every
   *     problem found
   * @throws NullPointerException if {@code document} is {@code null}
   */
  public static EvaluationMetrics read(byte[] document) {
    Objects.requireNonNull(document, "document");
    BoundaryResult<MetricsDocument.Doc> parsed = BOUNDARY.parse(document, MetricsDocument.Doc.class);
    List<Finding> findings = new ArrayList<>();
    if (!parsed.isValid()) {
      for (Violation v : parsed.violations()) {
        findings.add(new Finding(v.path(), TransparencyError.EVALUATION_MALFORMED));
      }
      throw new TransparencyException(findings);
    }
    MetricsDocument.Doc doc = parsed.value();
    finite(JSON.read(document, JsonNode.class), "", findings);
    if (!doc.format().equals(EvaluationReport.JSON_FORMAT)) {
      findings.add(new Finding("/format", TransparencyError.EVALUATION_MALFORMED));
    }
    List<Scorer> scorers = new ArrayList<>();
    for (int i = 0; i < doc.scorers().size(); i++) {
      MetricsDocument.Scorer s = doc.scorers().get(i);
      String at = "/scorers/" + i;
      curve(s.roc(), at + "/roc", findings);
      curve(s.pr(), at + "/pr", findings);
      Map<String, String> p = s.provenance();
      for (String key : List.of("catalogue.id", "catalogue.version", "catalogue.sha256", "model.id")) {
        if (!p.containsKey(key) || (key.equals("catalogue.sha256") && !p.get(key).matches(MetricsDocument.HEX64))) {
          findings.add(new Finding(at + "/provenance", TransparencyError.EVALUATION_MALFORMED));
        }
      }
      if (findings.isEmpty()) {
        scorers.add(scorer(s));
      }
    }
    if (!findings.isEmpty()) {
      throw new TransparencyException(findings);
    }
    return new EvaluationMetrics(sha256(document), doc.barrierVersion(), doc.input().sha256(), doc.data().subjects(),
        doc.data().positives(), new TreeMap<>(doc.data().provenance()), d(doc.options().fourFifthsThreshold()), scorers);
  }

  private static Scorer scorer(MetricsDocument.Scorer s) {
    List<Level> levels = new ArrayList<>();
    for (MetricsDocument.Level l : s.levelResults()) {
      levels.add(new Level(l.level(), d(l.precision()), d(l.recall()), d(l.flagRate()), d(l.falsePositiveRate())));
    }
    List<Fairness> fairness = new ArrayList<>();
    for (MetricsDocument.Fairness f : s.fairness()) {
      List<GroupRate> groups = new ArrayList<>();
      for (MetricsDocument.Group g : f.groups()) {
        groups.add(new GroupRate(g.group(), g.subjects(), d(g.flagRate()), d(g.falsePositiveRate())));
      }
      fairness.add(new Fairness(f.level(), d(f.flagRateRatio()), d(f.falsePositiveRateRatio()), f.fourFifthsViolated(),
          f.smallSample(), groups));
    }
    Map<String, String> p = s.provenance();
    return new Scorer(s.name(), p.get("catalogue.id"), p.get("catalogue.version"), p.get("catalogue.sha256"),
        p.get("model.id"), estimate(s.rocAuc()), estimate(s.prAuc()), levels, fairness);
  }

  private static Estimate estimate(MetricsDocument.Estimate e) {
    return new Estimate(d(e.value()), d(e.lower95()), d(e.upper95()), e.replicates());
  }

  /** A figure, or NaN where the workbench wrote {@code null}; infinite values were refused before. */
  private static double d(Number value) {
    return value == null ? Double.NaN : value.doubleValue();
  }

  /** Every number is finite: the workbench writes undefined figures as null, never as 1e999. */
  private static void finite(JsonNode node, String at, List<Finding> findings) {
    if (node.isNumber() && !Double.isFinite(node.asDouble())) {
      findings.add(new Finding(at, TransparencyError.EVALUATION_MALFORMED));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        finite(node.get(i), at + "/" + i, findings);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        finite(e.getValue(), Pointers.child(at, e.getKey()), findings);
      }
    }
  }

  /** A curve is an array of {@code [x, y, threshold]}, x and y numbers, the threshold a number or null. */
  private static void curve(JsonNode curve, String at, List<Finding> findings) {
    boolean ok = curve.isArray();
    for (int i = 0; ok && i < curve.size(); i++) {
      JsonNode point = curve.get(i);
      ok = point.isArray() && point.size() == 3 && point.get(0).isNumber() && point.get(1).isNumber()
          && (point.get(2).isNumber() || point.get(2).isNull());
    }
    if (!ok) {
      findings.add(new Finding(at, TransparencyError.EVALUATION_MALFORMED));
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }
}
