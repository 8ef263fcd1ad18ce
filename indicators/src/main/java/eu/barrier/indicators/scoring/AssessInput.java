package eu.barrier.indicators.scoring;

import eu.barrier.core.CoreError;
import eu.barrier.core.ErrorCode;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonLimits;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.core.validation.Violation;
import eu.barrier.indicators.IndicatorsError;
import eu.barrier.indicators.internal.CatalogueNames;
import eu.barrier.indicators.internal.input.InputDocument;
import eu.barrier.indicators.internal.input.InputObservation;
import eu.barrier.indicators.internal.input.InputSubject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the assess input document: {@code {"subjects": [{"id", "kind", "observations": [{"indicator",
 * "observedOn", "source", "grading"?, "gradingScheme"?, "observedUntil"?, "evidence"?}]}]}}. See
 * {@code docs/assess-input.md} and the JSON Schema {@value #SCHEMA_RESOURCE}.
 *
 * <p>Reading is strict and reports every problem with its JSON Pointer in one {@link
 * AssessInputException}: first structure, types, required fields and shapes (core's {@link
 * Boundary}: no unknown or duplicate fields, no trailing data, limits {@value #MAX_DOCUMENT_BYTES}
 * bytes and {@value #MAX_TOKENS} tokens); then, once the structure is sound, subject kinds, agency
 * and grading-scheme names, gradings, period order and unique subject ids. A grading without
 * {@code gradingScheme} is read in the Europol 4x4 scheme. Thread-safe.
 */
public final class AssessInput {

  /** Resource name of the JSON Schema of the assess input, format version 1. */
  public static final String SCHEMA_RESOURCE = "/eu/barrier/indicators/schema/assess-input-v1.schema.json";

  /** Largest accepted document, in bytes (64 MiB). */
  public static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

  /** Most JSON tokens in one document. */
  public static final long MAX_TOKENS = 20_000_000L;

  private static final Boundary BOUNDARY = Boundary.create(BarrierJson.create(JsonLimits.defaults()
      .withMaxDocumentBytes(MAX_DOCUMENT_BYTES)
      .withMaxNestingDepth(16)
      .withMaxStringLength(4096)
      .withMaxTokenCount(MAX_TOKENS)));

  private AssessInput() {}

  /**
   * Opens the JSON Schema of the assess input ({@link #SCHEMA_RESOURCE}); works on the module path.
   *
   * @return a new stream; the caller closes it
   */
  public static InputStream openSchema() {
    InputStream in = AssessInput.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("assess input schema resource is missing");
    }
    return in;
  }

  /**
   * Reads an assess input document.
   *
   * @param json the document, UTF-8
   * @return the subjects in document order, each with its observations
   * @throws AssessInputException listing every problem
   * @throws NullPointerException if {@code json} is {@code null}
   */
  public static List<Subject> read(byte[] json) {
    Objects.requireNonNull(json, "json");
    BoundaryResult<InputDocument> result = BOUNDARY.parse(json, InputDocument.class);
    if (!result.isValid()) {
      List<AssessInputException.Problem> problems = new ArrayList<>();
      for (Violation v : result.violations()) {
        problems.add(new AssessInputException.Problem(v.path(), v.code(), v.message()));
      }
      throw new AssessInputException(codeOf(problems.get(0).code()), problems);
    }
    return subjects(result.value());
  }

  private static List<Subject> subjects(InputDocument document) {
    List<AssessInputException.Problem> problems = new ArrayList<>();
    List<Subject> subjects = new ArrayList<>(document.subjects().size());
    Map<String, Integer> seen = new HashMap<>();
    for (int s = 0; s < document.subjects().size(); s++) {
      InputSubject in = document.subjects().get(s);
      String path = "/subjects/" + s;
      if (seen.putIfAbsent(in.id(), s) != null) {
        problems.add(problem(path + "/id", IndicatorsError.INPUT_DUPLICATE_SUBJECT, "subject ids are unique"));
      }
      SubjectKind kind = name(SubjectKind.class, in.kind(), path + "/kind", problems);
      SubjectReference reference = kind == null ? null : new SubjectReference(kind, in.id());
      List<Observation> observations = new ArrayList<>(in.observations().size());
      for (int o = 0; o < in.observations().size(); o++) {
        Observation observation = observation(in.observations().get(o), reference, path + "/observations/" + o,
            problems);
        if (observation != null) {
          observations.add(observation);
        }
      }
      if (reference != null) {
        subjects.add(new Subject(reference, observations));
      }
    }
    if (!problems.isEmpty()) {
      throw new AssessInputException(codeOf(problems.get(0).code()), problems);
    }
    return List.copyOf(subjects);
  }

  private static Observation observation(InputObservation in, SubjectReference subject, String path,
      List<AssessInputException.Problem> problems) {
    int before = problems.size();
    Agency source = name(Agency.class, in.source(), path + "/source", problems);
    Grading grading = null;
    if (in.grading() == null) {
      if (in.gradingScheme() != null) {
        problems.add(problem(path + "/gradingScheme", IndicatorsError.INPUT_BAD_GRADING,
            "gradingScheme is given only together with grading"));
      }
    } else {
      GradingScheme scheme = in.gradingScheme() == null ? GradingScheme.EUROPOL_4X4
          : name(GradingScheme.class, in.gradingScheme(), path + "/gradingScheme", problems);
      if (scheme != null) {
        String codes = in.grading();
        String handling = codes.length() > 2 ? codes.substring(3) : null;
        if (!scheme.isValid(codes.substring(0, 1), codes.substring(1, 2), handling)) {
          problems.add(problem(path + "/grading", IndicatorsError.INPUT_BAD_GRADING,
              "grading must be a valid combination of codes in scheme " + CatalogueNames.name(scheme)));
        } else {
          grading = Grading.of(scheme, codes.substring(0, 1), codes.substring(1, 2), handling);
        }
      }
    }
    LocalDate until = in.observedUntil() == null ? in.observedOn() : in.observedUntil();
    if (until.isBefore(in.observedOn())) {
      problems.add(problem(path + "/observedUntil", IndicatorsError.INPUT_PERIOD_ORDER,
          "observedUntil is not before observedOn"));
    }
    if (problems.size() != before || subject == null) {
      return null;
    }
    return new Observation(in.indicator(), subject, ObservedPeriod.of(in.observedOn(), until), source, grading,
        in.evidence(), null);
  }

  private static <E extends Enum<E>> E name(Class<E> type, String name, String path,
      List<AssessInputException.Problem> problems) {
    try {
      return CatalogueNames.fromName(type, name);
    } catch (IllegalArgumentException e) {
      String allowed = Arrays.stream(type.getEnumConstants()).map(CatalogueNames::name)
          .collect(Collectors.joining(", "));
      problems.add(problem(path, IndicatorsError.INPUT_UNKNOWN_NAME, "must be one of: " + allowed));
      return null;
    }
  }

  /**
   * Checks that every subject has the given kind, the subject kind of the catalogue it will be
   * assessed with: person-level and business-level data are never mixed in one score.
   *
   * @param subjects the subjects, in document order
   * @param kind the catalogue's subject kind
   * @throws AssessInputException listing every subject of another kind, at {@code /subjects/i/kind}
   */
  public static void requireKind(List<Subject> subjects, SubjectKind kind) {
    Objects.requireNonNull(kind, "kind");
    List<AssessInputException.Problem> problems = new ArrayList<>();
    for (int s = 0; s < subjects.size(); s++) {
      if (subjects.get(s).reference().kind() != kind) {
        problems.add(problem("/subjects/" + s + "/kind", IndicatorsError.INPUT_KIND_MISMATCH,
            "kind must be " + CatalogueNames.name(kind) + ", the subject kind of the catalogue"));
      }
    }
    if (!problems.isEmpty()) {
      throw new AssessInputException(IndicatorsError.INPUT_KIND_MISMATCH, problems);
    }
  }

  /**
   * Returns the latest day any observation covers: the default reference date of {@code barrier
   * assess}.
   *
   * @param subjects the subjects
   * @return the latest {@code observedUntil} (or {@code observedOn}), or empty without observations
   */
  public static Optional<LocalDate> latestObservationDate(List<Subject> subjects) {
    LocalDate latest = null;
    for (Subject subject : subjects) {
      for (Observation observation : subject.observations()) {
        LocalDate to = observation.period().to();
        if (latest == null || to.isAfter(latest)) {
          latest = to;
        }
      }
    }
    return Optional.ofNullable(latest);
  }

  private static AssessInputException.Problem problem(String path, IndicatorsError error, String message) {
    return new AssessInputException.Problem(path, error.code(), message);
  }

  private static ErrorCode codeOf(String code) {
    for (IndicatorsError e : IndicatorsError.values()) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    for (CoreError e : CoreError.values()) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    return CoreError.BOUNDARY_CONSTRAINT_VIOLATED;
  }
}
