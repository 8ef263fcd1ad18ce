package eu.barrier.cases.profile;

import eu.barrier.cases.Access;
import eu.barrier.cases.Artefact;
import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.screening.decision.DecisionOutcome;
import eu.barrier.screening.decision.EvidenceStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** The stored form of a profile, {@code barrier.case-profile/1}: bound and validated, then linted. */
record ProfileDocument(
    @NotNull @Pattern(regexp = "barrier\\.case-profile/1") String format,
    @NotNull @Pattern(regexp = ID) String id,
    @NotNull @Pattern(regexp = "[0-9]{1,4}\\.[0-9]{1,4}\\.[0-9]{1,4}") String version,
    @NotNull @Pattern(regexp = "BE|NL") String jurisdiction,
    @NotNull @Size(min = 1, max = 64) String zone,
    @NotNull @Size(min = 1, max = 200) String title,
    @NotNull @Pattern(regexp = ID) String legalGround,
    @NotNull @Size(max = 16) List<@NotNull DecisionOutcome> enabledUnverifiedOutcomes,
    @NotNull @Size(max = 64) List<@NotNull @Pattern(regexp = ID) String> enabledUnverifiedGrounds,
    @NotNull @Size(max = 64) List<@NotNull @Pattern(regexp = ID) String> enabledUnverifiedBases,
    @NotNull @Valid TriggerDoc trigger,
    @NotNull @Valid BodyDoc advisoryBody,
    @Valid BodyDoc register,
    @NotNull @Size(max = 64) List<@NotNull @Valid GroundDoc> grounds,
    @NotNull @Size(max = 64) List<@NotNull @Valid DeadlineDoc> deadlines,
    @NotNull @Size(max = 128) List<@NotNull @Valid BasisDoc> bases,
    @NotNull @Size(max = 64) List<@NotNull @Valid RecordingDoc> recording,
    @NotNull @Size(min = 1, max = TEXT) String matrixSource,
    @NotNull @Size(max = 16) List<@NotNull @Valid MatrixRowDoc> matrix) {

  static final String ID = "[a-z0-9][a-z0-9-]{0,63}";
  static final int TEXT = 1000;

  record TriggerDoc(@NotNull TriggerKind kind, @NotNull @Size(min = 1, max = TEXT) String source,
      @NotNull EvidenceStatus status) {}

  record BodyDoc(@NotNull @Pattern(regexp = ID) String id, @NotNull @Size(min = 1, max = 200) String name,
      @NotNull @Size(min = 1, max = TEXT) String source, @NotNull EvidenceStatus status) {}

  record GroundDoc(@NotNull @Pattern(regexp = ID) String id, @NotNull @Size(min = 1, max = 200) String title,
      @NotNull @Size(min = 1, max = TEXT) String source, @NotNull EvidenceStatus status) {}

  record DeadlineDoc(@NotNull @Pattern(regexp = ID) String id, @NotNull @Size(min = 1, max = 200) String title,
      @NotNull @Size(min = 1, max = 8) List<@NotNull EventType> startedBy,
      @NotNull @Size(max = 8) List<@NotNull EventType> endedBy,
      @Pattern(regexp = PERIOD) String period, @Pattern(regexp = PERIOD) String extension, EventType extendedBy,
      @Size(max = 8) List<@NotNull @Valid SuspensionDoc> suspensions,
      @NotNull @Size(min = 1, max = TEXT) String source, @NotNull EvidenceStatus status,
      @Size(min = 1, max = TEXT) String configuredBy) {}

  /** ISO-8601 periods of days, weeks, months or years only. */
  static final String PERIOD = "P([0-9]{1,4}[YMWD]){1,4}";

  record SuspensionDoc(@NotNull EventType from, @NotNull EventType until, @Pattern(regexp = PERIOD) String max) {}

  record BasisDoc(@NotNull @Pattern(regexp = ID) String id, @NotNull @Size(min = 1, max = TEXT) String citation,
      @NotNull EvidenceStatus status, @NotNull @Size(max = 11) List<@NotNull Role> disclosureTo) {}

  record RecordingDoc(@NotNull EventType event, @NotNull @Size(min = 1, max = 11) List<@NotNull Role> recordedBy,
      @Pattern(regexp = ID) String basis) {}

  record MatrixRowDoc(@NotNull Artefact artefact, @NotNull Map<@NotNull Role, @NotNull Access> cells,
      @NotNull Map<@NotNull Role, @NotNull Condition> conditions,
      @NotNull Map<@NotNull Role, @NotNull @Size(min = 1, max = 200) String> notes) {}
}
