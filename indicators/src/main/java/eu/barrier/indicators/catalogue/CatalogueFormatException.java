package eu.barrier.indicators.catalogue;

import eu.barrier.core.BarrierException;
import eu.barrier.indicators.IndicatorsError;
import eu.barrier.indicators.internal.ProblemSummary;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The one exception {@link Catalogues} throws for a bad catalogue document: malformed JSON, a limit
 * exceeded, an unknown or missing field, a wrong type or value, or (for {@link
 * Catalogues#load(java.io.InputStream)}) a lint error.
 *
 * <p>It lists <em>every</em> problem found, each with its JSON Pointer path (RFC 6901; {@code ""}
 * is the whole document) and its code; {@link #code()} is the code of the first problem. Messages
 * name the rule and the path, never the rejected value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CatalogueFormatException extends BarrierException {

  private static final long serialVersionUID = 1L;

  /** The problems; transient because records of this module are not serializable. */
  private final transient List<Problem> problems;

  /**
   * One problem in a catalogue document.
   *
   * @param path the JSON Pointer of the offending value ({@code ""} for the whole document)
   * @param error the rule that was broken
   * @param message a description of the problem that never quotes the rejected value
   */
  public record Problem(String path, IndicatorsError error, String message) {

    /**
     * Checks for {@code null}.
     *
     * @param path the path component
     * @param error the error component
     * @param message the message component
     * @throws NullPointerException if a component is {@code null}
     */
    public Problem {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(message, "message");
    }

    /**
     * Returns {@code CODE at PATH: message}.
     *
     * @return the problem as one line
     */
    @Override
    public String toString() {
      return error.code() + " at '" + path + "': " + message;
    }
  }

  /**
   * Creates an exception listing the given problems.
   *
   * @param problems the problems, at least one, in document order
   * @throws IllegalArgumentException if {@code problems} is empty
   * @throws NullPointerException if {@code problems} or an element is {@code null}
   */
  public CatalogueFormatException(List<Problem> problems) {
    super(first(problems).error(), ProblemSummary.of("catalogue document", problems));
    this.problems = List.copyOf(problems);
  }

  private static Problem first(List<Problem> problems) {
    if (Objects.requireNonNull(problems, "problems").isEmpty()) {
      throw new IllegalArgumentException("a catalogue format exception has at least one problem");
    }
    return problems.get(0);
  }

  /**
   * Returns every problem found, in document order.
   *
   * @return an unmodifiable, non-empty list; empty only after Java deserialization
   */
  public List<Problem> problems() {
    return problems == null ? List.of() : problems;
  }
}
