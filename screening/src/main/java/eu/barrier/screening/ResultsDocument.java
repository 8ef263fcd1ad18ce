package eu.barrier.screening;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import tools.jackson.databind.JsonNode;

/**
 * The binding records of the results document (format {@value ScreeningResults#FORMAT}), written
 * and read by {@link ScreeningResults}: the same records both ways, so the format cannot drift
 * between writer and reader. Jakarta constraints check shapes and sizes; {@link ScreeningResults}
 * checks the rest. Field order is declaration order. Decimal numbers are bound as JSON nodes, so
 * that {@code 10} and {@code 10.0} are both read as the number the schema allows.
 */
final class ResultsDocument {

  private ResultsDocument() {}

  static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
  static final String KEY = "[A-Za-z0-9._:-]{1,128}";
  static final String HEX64 = "[0-9a-f]{64}";
  static final String LABEL = "[^\\p{Cntrl}]{1,4096}";

  /** The document without its establishments, which are streamed after it. */
  record Head(
      @NotNull @Pattern(regexp = "barrier\\.screening-results/[0-9]+") String format,
      @NotNull @Pattern(regexp = LABEL) String notice,
      @NotNull Boolean demo,
      @Pattern(regexp = LABEL) String label,
      @NotNull LocalDate asOf,
      @NotNull @Pattern(regexp = "nl|fr|en") String language,
      @NotNull @Pattern(regexp = "[A-Za-z0-9._+-]{1,64}") String libraryVersion,
      @Valid SourceDoc input,
      @NotNull @Valid ModelDoc model,
      @NotNull @Size(min = 1, max = 64) List<@NotNull @Valid CatalogueDoc> catalogues,
      @NotNull @Pattern(regexp = "highest-level/1") String combining,
      @NotNull @Pattern(regexp = "high|medium|low|none") String keptFrom,
      @NotNull @Valid SummaryDoc summary,
      @Size(max = 5_000_000) List<@NotNull @Valid EntryDoc> establishments) {}

  record SourceDoc(@NotNull @Pattern(regexp = LABEL) @Size(max = 256) String name,
      @NotNull @Size(max = 16) SortedMap<@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String,
          @NotNull @Pattern(regexp = HEX64) String> sha256) {}

  record ModelDoc(@NotNull @Pattern(regexp = ID) String id) {}

  record CatalogueDoc(@NotNull @Pattern(regexp = ID) String id,
      @NotNull @Pattern(regexp = "[0-9]{1,9}\\.[0-9]{1,9}\\.[0-9]{1,9}") String version,
      @NotNull @Pattern(regexp = HEX64) String sha256,
      @NotNull @Size(max = 64) SortedMap<@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String,
          @NotNull @Size(max = 256) @Pattern(regexp = "[^\\p{Cntrl}]*") String> parameters) {}

  record SummaryDoc(@NotNull Long establishments, @NotNull Long high, @NotNull Long medium, @NotNull Long low,
      @NotNull Long none) {}

  record EntryDoc(
      @NotNull @Pattern(regexp = KEY) String subject,
      @NotNull Sector sector,
      @NotNull @Pattern(regexp = "high|medium|low|none") String level,
      @Pattern(regexp = HEX64) String sha256,
      LocalDate lastObserved,
      @Valid Grading strongestGrading,
      @NotNull @Size(max = 1000) List<@NotNull @Valid ReasonDoc> reasons,
      @NotNull @Size(max = 10_000) List<@NotNull @Pattern(regexp = ID) String> notScored,
      @NotNull @Size(max = 64) List<@NotNull @Valid AssessmentDoc> assessments) {}

  record ReasonDoc(
      @NotNull @Pattern(regexp = ID) String indicator,
      @NotNull @Pattern(regexp = ID + "@[0-9.]{5,32}") String catalogue,
      @NotNull @Valid LabelDoc label,
      @NotNull @Pattern(regexp = "[a-z-]{1,32}|[A-Z]{2}") String barrier,
      @NotNull JsonNode points,
      @NotNull Integer observations,
      @NotNull @Size(max = 32) List<@NotNull Agency> reportedBy,
      @NotNull @Size(max = 32) List<@NotNull Agency> couldAct) {}

  record LabelDoc(@NotNull @Pattern(regexp = LABEL) String nl, @NotNull @Pattern(regexp = LABEL) String fr,
      @NotNull @Pattern(regexp = LABEL) String en) {}

  record AssessmentDoc(
      @NotNull @Pattern(regexp = "[a-z-]{1,32}") String outcome,
      @NotNull JsonNode score,
      @NotNull @Size(max = 1000) List<@NotNull @Valid ContributionDoc> contributions,
      @NotNull @Size(max = 1000) List<@NotNull @Size(max = 4096) @Pattern(regexp = "[^\\p{Cntrl}]*") String> trace,
      @NotNull @Size(max = 10_000) List<@NotNull @Pattern(regexp = ID) String> unknownIndicators,
      @NotNull Integer ignoredObservations,
      @Size(max = 8192) @Pattern(regexp = "[^\\p{Cntrl}]*") String explanation,
      @NotNull @Valid ProvenanceDoc provenance) {}

  record ContributionDoc(
      @NotNull @Pattern(regexp = "indicator|category-cap|dimension") String kind,
      @Pattern(regexp = ID) String indicator,
      @NotNull @Pattern(regexp = "[a-z-]{1,32}|[A-Z]{2}") String category,
      @Pattern(regexp = "[a-z-]{1,32}") String strength,
      Integer points,
      JsonNode evidence,
      Integer ageDays,
      JsonNode decay,
      Integer observations,
      @NotNull JsonNode value) {}

  record ProvenanceDoc(@NotNull @Valid CatalogueRefDoc catalogue, @NotNull @Valid ModelParametersDoc model,
      @NotNull @Pattern(regexp = "[A-Za-z0-9._+-]{1,64}") String libraryVersion, @NotNull LocalDate asOf) {}

  record CatalogueRefDoc(@NotNull @Pattern(regexp = ID) String id,
      @NotNull @Pattern(regexp = "[0-9]{1,9}\\.[0-9]{1,9}\\.[0-9]{1,9}") String version,
      @NotNull @Pattern(regexp = HEX64) String sha256) {}

  record ModelParametersDoc(@NotNull @Pattern(regexp = ID) String id,
      @NotNull @Size(max = 64) SortedMap<@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String,
          @NotNull @Size(max = 256) @Pattern(regexp = "[^\\p{Cntrl}]*") String> parameters) {}
}
