package eu.barrier.indicators.scoring;

import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.indicators.IndicatorsError;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

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
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AssessInput {

  /** Resource name of the JSON Schema of the assess input, format version 1. */
  public static final String SCHEMA_RESOURCE = "/eu/barrier/indicators/schema/assess-input-v1.schema.json";

  /** Largest accepted document, in bytes (64 MiB). */
  public static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

  /** Most JSON tokens in one document. */
  public static final long MAX_TOKENS = 20_000_000L;

  private static final Boundary BOUNDARY = InputRules.boundary(MAX_DOCUMENT_BYTES, MAX_TOKENS);

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
      List<AssessInputException.Problem> problems = InputRules.problems(result.violations());
      throw new AssessInputException(InputRules.firstCode(problems), problems);
    }
    List<InputSubject> in = result.value().subjects();
    InputRules rules = new InputRules();
    List<Subject> subjects = new ArrayList<>(in.size());
    for (int s = 0; s < in.size(); s++) {
      Subject subject = rules.subject(s, in.get(s).id(), in.get(s).kind(), in.get(s).observations());
      if (subject != null) {
        subjects.add(subject);
      }
    }
    if (!rules.problems().isEmpty()) {
      throw new AssessInputException(InputRules.firstCode(rules.problems()), rules.problems());
    }
    return List.copyOf(subjects);
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
        problems.add(InputRules.problem("/subjects/" + s + "/kind", IndicatorsError.INPUT_KIND_MISMATCH,
            "kind must be " + BarrierJson.enumId(kind) + ", the subject kind of the catalogue"));
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
}
