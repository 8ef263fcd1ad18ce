package eu.barrier.indicators.scoring;

import eu.barrier.core.CoreError;
import eu.barrier.core.ErrorCode;
import eu.barrier.core.id.IdentifierType;
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
import eu.barrier.core.validation.Violation;
import eu.barrier.indicators.IndicatorsError;
import eu.barrier.indicators.scoring.InputObservation;
import eu.barrier.indicators.scoring.AssessInputException.Problem;
import eu.barrier.indicators.scoring.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules the assess input and the labelled input share, written once: unique subject ids,
 * subject kind, agency and grading-scheme names, grading codes and period order, with their codes
 * and messages. One instance reads the subjects of one document, in document order, and collects
 * every problem with its JSON Pointer. Not thread-safe.
 */
final class InputRules {

  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  /**
   * Returns the strict boundary of an input document: core's JSON limits with the given size and
   * token limits, nesting depth 16 and strings of at most 4096 characters.
   *
   * @param maxDocumentBytes the largest accepted document, in bytes
   * @param maxTokens the most JSON tokens in one document
   * @return the boundary; thread-safe
   */
  public static Boundary boundary(int maxDocumentBytes, long maxTokens) {
    return Boundary.create(BarrierJson.create(JsonLimits.defaults()
        .withMaxDocumentBytes(maxDocumentBytes)
        .withMaxNestingDepth(16)
        .withMaxStringLength(4096)
        .withMaxTokenCount(maxTokens)));
  }

  /**
   * Converts the violations of core's boundary (structure, types, required fields, shapes) into
   * problems, in their order.
   *
   * @param violations the violations
   * @return the problems
   */
  public static List<Problem> problems(List<Violation> violations) {
    List<Problem> problems = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      problems.add(new Problem(v.path(), v.code(), v.message()));
    }
    return problems;
  }

  /**
   * Returns a problem with the code of an indicators error.
   *
   * @param path the JSON Pointer
   * @param error the rule broken
   * @param message the rule as a message, never the value
   * @return the problem
   */
  public static Problem problem(String path, IndicatorsError error, String message) {
    return new Problem(path, error.code(), message);
  }

  /**
   * Returns the error code of the first problem: an indicators or core error, or core's
   * boundary-constraint code for a code neither knows.
   *
   * @param problems the problems, at least one
   * @return the code of the first
   */
  public static ErrorCode firstCode(List<Problem> problems) {
    String code = problems.get(0).code();
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

  /**
   * Reads the next subject of the document.
   *
   * @param index the subject's index in {@code /subjects}
   * @param id the subject id
   * @param kind the subject kind name
   * @param observations its observations
   * @return the subject with its valid observations, or {@code null} if its kind is unknown
   */
  public Subject subject(int index, String id, String kind, List<InputObservation> observations) {
    String path = "/subjects/" + index;
    if (!ids.add(id)) {
      problems.add(problem(path + "/id", IndicatorsError.INPUT_DUPLICATE_SUBJECT, "subject ids are unique"));
    }
    if (!validTypedKey(id)) {
      problems.add(problem(path + "/id", IndicatorsError.INPUT_BAD_SUBJECT_ID,
          "a subject id that names an identifier type carries a valid identifier of it"));
    }
    SubjectKind subjectKind = name(SubjectKind.class, kind, path + "/kind");
    SubjectReference reference = subjectKind == null ? null : new SubjectReference(subjectKind, id);
    List<Observation> read = new ArrayList<>(observations.size());
    for (int o = 0; o < observations.size(); o++) {
      Observation observation = observation(observations.get(o), reference, path + "/observations/" + o);
      if (observation != null) {
        read.add(observation);
      }
    }
    return reference == null ? null : new Subject(reference, read);
  }

  /**
   * Tells whether a key that names an identifier type ({@code be-establishment:2377691912}) carries
   * a valid identifier of it, check digits included; keys of other forms (pseudonyms, local ids)
   * pass, their shape being checked by the schema.
   */
  static boolean validTypedKey(String id) {
    int colon = id == null ? -1 : id.indexOf(':');
    if (colon <= 0) {
      return true;
    }
    IdentifierType type;
    try {
      type = IdentifierType.fromId(id.substring(0, colon));
    } catch (IllegalArgumentException e) {
      return true;
    }
    return type.isValid(id.substring(colon + 1));
  }

  /**
   * Returns the problems found so far, in document order.
   *
   * @return an unmodifiable view; empty if every subject so far is valid
   */
  public List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }

  private Observation observation(InputObservation in, SubjectReference subject, String path) {
    int before = problems.size();
    Agency source = name(Agency.class, in.source(), path + "/source");
    Grading grading = null;
    if (in.grading() == null) {
      if (in.gradingScheme() != null) {
        problems.add(problem(path + "/gradingScheme", IndicatorsError.INPUT_BAD_GRADING,
            "gradingScheme is given only together with grading"));
      }
    } else {
      GradingScheme scheme = in.gradingScheme() == null ? GradingScheme.EUROPOL_4X4
          : name(GradingScheme.class, in.gradingScheme(), path + "/gradingScheme");
      if (scheme != null) {
        String codes = in.grading();
        String handling = codes.length() > 2 ? codes.substring(3) : null;
        if (!scheme.isValid(codes.substring(0, 1), codes.substring(1, 2), handling)) {
          problems.add(problem(path + "/grading", IndicatorsError.INPUT_BAD_GRADING,
              "grading must be a valid combination of codes in scheme " + BarrierJson.enumId(scheme)));
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

  private <E extends Enum<E>> E name(Class<E> type, String name, String path) {
    try {
      return BarrierJson.enumFromId(type, name).orElseThrow(() -> new IllegalArgumentException("unknown name"));
    } catch (IllegalArgumentException e) {
      String allowed = Arrays.stream(type.getEnumConstants()).map(BarrierJson::enumId)
          .collect(Collectors.joining(", "));
      problems.add(problem(path, IndicatorsError.INPUT_UNKNOWN_NAME, "must be one of: " + allowed));
      return null;
    }
  }
}
