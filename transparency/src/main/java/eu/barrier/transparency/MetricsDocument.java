package eu.barrier.transparency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The metrics document of the workbench (format {@code barrier-evaluation-v1}, written by {@code
 * EvaluationReport.json}) as records, every member declared, so that core's strict codec refuses
 * unknown members and Jakarta constraints refuse absent ones. Figures that the workbench writes as
 * {@code null} when undefined are nullable here; counts are not.
 */
final class MetricsDocument {

  private MetricsDocument() {}

  static final String HEX64 = "[0-9a-f]{64}";

  record Doc(
      @NotNull @Size(max = 64) String format,
      @NotNull @Size(max = 512) String title,
      @NotNull @Valid Input input,
      @NotNull @Size(max = 64) String barrierVersion,
      @NotNull @Valid Options options,
      @NotNull @Valid Data data,
      @NotNull @Size(min = 1, max = 64) List<@NotNull @Valid Scorer> scorers,
      @NotNull @Size(max = 2016) List<@NotNull @Valid Comparison> comparisons) {}

  record Input(@NotNull @Size(max = 4096) String file, @NotNull @Pattern(regexp = HEX64) String sha256) {}

  record Options(
      @NotNull @Min(0) Integer bootstrapReplicates,
      @NotNull Long seed,
      @NotNull Number fourFifthsThreshold,
      @NotNull @Min(1) Integer scoreBins,
      @NotNull @Min(2) Integer maxCurvePoints,
      @NotNull Boolean ablation) {}

  record Data(
      @NotNull @Min(0) Long subjects,
      @NotNull @Min(0) Long positives,
      @NotNull @Min(0) Long negatives,
      Number prevalence,
      @NotNull @Min(0) Long observations,
      @NotNull @Size(max = 1024) Map<@NotNull String, @NotNull @Min(0) Long> auditGroups,
      @NotNull @Min(0) Long withoutAuditGroup,
      @NotNull @Size(max = 1024) Map<@NotNull String, @NotNull String> provenance) {}

  record Estimate(Number value, Number lower95, Number upper95, @NotNull @Min(0) Integer replicates) {}

  record Scorer(
      @NotNull @Size(max = 512) String name,
      @NotNull @Size(max = 1024) Map<@NotNull String, @NotNull String> provenance,
      @NotNull @Size(max = 16) List<@NotNull String> levels,
      @NotNull @Valid Estimate rocAuc,
      @NotNull @Valid Estimate prAuc,
      @NotNull JsonNode roc,
      @NotNull JsonNode pr,
      @NotNull @Size(max = 16) List<@NotNull @Valid Level> levelResults,
      @NotNull @Size(max = 10_000) List<@NotNull @Valid Bin> scoreDistribution,
      @Valid Calibration calibration,
      @Size(max = 512) String calibrationNote,
      @NotNull @Size(max = 100_000) List<@NotNull @Valid IndicatorFigures> indicators,
      @NotNull @Min(0) Long unknownObservations,
      @NotNull @Size(max = 16) List<@NotNull @Valid Fairness> fairness) {}

  record Level(
      @NotNull @Size(max = 64) String level,
      @NotNull @Min(0) @Max(16) Integer rank,
      @NotNull @Min(0) Long truePositives,
      @NotNull @Min(0) Long falsePositives,
      @NotNull @Min(0) Long trueNegatives,
      @NotNull @Min(0) Long falseNegatives,
      Number precision,
      Number recall,
      Number f1,
      Number falsePositiveRate,
      Number flagRate) {}

  record Bin(Number from, Number to, @NotNull @Min(0) Long positives, @NotNull @Min(0) Long negatives,
      Number positiveRate) {}

  record Calibration(Number brierScore, @NotNull @Size(max = 10_000) List<@NotNull @Valid CalibrationBin> bins) {}

  record CalibrationBin(Number from, Number to, @NotNull @Min(0) Long count, Number meanProbability,
      Number observedRate) {}

  record IndicatorFigures(
      @NotNull @Size(max = 128) String id,
      @NotNull @Min(0) Long positivesWith,
      @NotNull @Min(0) Long negativesWith,
      Number prevalencePositives,
      Number prevalenceNegatives,
      Number positiveLikelihoodRatio,
      Number negativeLikelihoodRatio,
      @NotNull Boolean continuityCorrected,
      Number rocAucWithout,
      Number deltaRocAuc) {}

  record Fairness(
      @NotNull @Size(max = 64) String level,
      @NotNull @Min(0) @Max(16) Integer rank,
      Number flagRateRatio,
      Number falsePositiveRateRatio,
      @NotNull Boolean fourFifthsViolated,
      @NotNull Boolean falsePositiveRatioBelowThreshold,
      @NotNull Boolean smallSample,
      @NotNull @Size(max = 1024) List<@NotNull @Valid Group> groups) {}

  record Group(
      @NotNull @Size(max = 256) String group,
      @NotNull @Min(0) Long subjects,
      @NotNull @Min(0) Long positives,
      @NotNull @Min(0) Long negatives,
      @NotNull @Min(0) Long flagged,
      @NotNull @Min(0) Long falsePositives,
      Number flagRate,
      Number falsePositiveRate) {}

  record Comparison(@NotNull @Size(max = 512) String first, @NotNull @Size(max = 512) String second,
      @NotNull @Valid Estimate deltaRocAuc, @NotNull @Valid Estimate deltaPrAuc) {}
}
