package eu.barrier.indicators.scoring;

import eu.barrier.core.ErrorCode;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.Violation;
import eu.barrier.indicators.internal.ProblemSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Reads the assess-input subjects embedded in a document of another format with exactly the
 * rules of {@link AssessInput}: agency, subject-kind and grading-scheme names, gradings, period
 * order and unique subject ids, every problem with its JSON Pointer and stable code.
 *
 * <p>A format that embeds assess-input subjects (the labelled input of {@code barrier-workbench}
 * adds a label and an audit group to each subject) declares its own binding records: each subject
 * with {@code id} and {@code kind} constrained as in the assess input's JSON Schema and {@code
 * observations} as {@code List<@NotNull @Valid InputObservation>}, plus its own fields. It then
 * reads a document in three steps:
 *
 * <pre>{@code
 * BoundaryResult<MyDocument> bound = EmbeddedSubjects.boundary(MAX_BYTES, MAX_TOKENS)
 *     .parse(json, MyDocument.class);                         // structure, types, shapes
 * EmbeddedSubjects reader = new EmbeddedSubjects();
 * if (!bound.isValid()) {
 *   reader.addViolations(bound.violations());                // then report them
 * } else {
 *   for (int i = 0; i < bound.value().subjects().size(); i++) {
 *     MySubject s = bound.value().subjects().get(i);
 *     reader.read(i, s.id(), s.kind(), s.observations());  // names, gradings, periods, ids
 *   }
 * }
 * if (!reader.problems().isEmpty()) {
 *   throw new MyFormatException(reader.firstCode(), reader.summary("my format"), reader.problems());
 * }
 * }</pre>
 *
 * <p>Paths are {@code /subjects/<index>/...}: the subjects must be the top-level {@code subjects}
 * array, as in the assess input. An instance reads one document and is not thread-safe; the static
 * methods are.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EmbeddedSubjects {

  private final InputRules rules = new InputRules();
  private final List<AssessInputException.Problem> structural = new ArrayList<>();

  /** Creates a reader for one document. */
  public EmbeddedSubjects() {}

  /**
   * Returns the strict boundary the assess input is parsed with, with other size limits: core's
   * JSON limits with the given document size and token count, nesting depth 16 and strings of at
   * most 4096 characters; unknown or duplicate fields and trailing data are problems.
   *
   * @param maxDocumentBytes the largest accepted document, in bytes, at least 1
   * @param maxTokens the most JSON tokens in one document, at least 1
   * @return a new boundary; thread-safe
   * @throws IllegalArgumentException if a limit is not positive
   */
  public static Boundary boundary(int maxDocumentBytes, long maxTokens) {
    if (maxDocumentBytes < 1 || maxTokens < 1) {
      throw new IllegalArgumentException("document and token limits are at least 1");
    }
    return InputRules.boundary(maxDocumentBytes, maxTokens);
  }

  /**
   * Adds the violations of the boundary (structure, types, required fields, shapes) as problems,
   * in their order and before any problem {@link #read} finds.
   *
   * @param violations the violations of {@link eu.barrier.core.validation.BoundaryResult#violations()}
   * @throws NullPointerException if {@code violations} is {@code null}
   */
  public void addViolations(List<Violation> violations) {
    structural.addAll(InputRules.problems(Objects.requireNonNull(violations, "violations")));
  }

  /**
   * Reads the next subject of the document, in document order, and records its problems.
   *
   * @param index the subject's index in the top-level {@code subjects} array
   * @param id the subject id, as bound
   * @param kind the subject kind name, as bound
   * @param observations its observations, as bound
   * @return the subject with its valid observations, or empty if its kind is unknown
   * @throws NullPointerException if an argument is {@code null}
   */
  public Optional<Subject> read(int index, String id, String kind, List<InputObservation> observations) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(observations, "observations");
    return Optional.ofNullable(rules.subject(index, id, kind, observations));
  }

  /**
   * Returns every problem found so far: the boundary's, then those of the subjects read.
   *
   * @return an unmodifiable copy; empty while the document is valid
   */
  public List<AssessInputException.Problem> problems() {
    List<AssessInputException.Problem> all = new ArrayList<>(structural);
    all.addAll(rules.problems());
    return Collections.unmodifiableList(all);
  }

  /**
   * Returns the error code of the first problem: a {@code BARRIER-IND-02xx} code of {@link
   * eu.barrier.indicators.IndicatorsError} or a code of {@link eu.barrier.core.CoreError}.
   *
   * @return the code, for the exception the embedding format throws
   * @throws IllegalStateException if there is no problem
   */
  public ErrorCode firstCode() {
    List<AssessInputException.Problem> problems = problems();
    if (problems.isEmpty()) {
      throw new IllegalStateException("no problem was found");
    }
    return InputRules.firstCode(problems);
  }

  /**
   * Returns the one-line message of an exception listing the problems: {@code invalid WHAT, N
   * problems: } and the first 20 problems; like the message of {@link AssessInputException}, it
   * names rules and paths, never values.
   *
   * @param what what was read, for example {@code labelled input}
   * @return the message
   * @throws NullPointerException if {@code what} is {@code null}
   */
  public String summary(String what) {
    return ProblemSummary.of(Objects.requireNonNull(what, "what"), problems());
  }

  /**
   * Returns the number of problems only.
   *
   * @return for example {@code EmbeddedSubjects[problems=0]}
   */
  @Override
  public String toString() {
    return "EmbeddedSubjects[problems=" + (structural.size() + rules.problems().size()) + "]";
  }
}
