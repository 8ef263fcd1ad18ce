package eu.barrier.linkage.schema;

import eu.barrier.linkage.LinkageError;
import eu.barrier.linkage.LinkageException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown by {@link LinkageSchemas#parse(byte[])} for a schema with at least one {@linkplain
 * SchemaProblem.Severity#ERROR error}. Its code is {@link LinkageError#SCHEMA_INVALID}; {@link
 * #problems()} lists every problem with its own code and JSON Pointer, warnings included.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SchemaException extends LinkageException {

  private static final long serialVersionUID = 1L;

  private final transient List<SchemaProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, at least one of them an error
   */
  public SchemaException(List<SchemaProblem> problems) {
    super(LinkageError.SCHEMA_INVALID, summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<SchemaProblem> problems) {
    List<SchemaProblem> errors =
        problems.stream().filter(p -> p.severity() == SchemaProblem.Severity.ERROR).toList();
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a SchemaException needs at least one error");
    }
    String first = errors.get(0).describe();
    return errors.size() == 1 ? first : first + " (and " + (errors.size() - 1) + " more)";
  }

  /**
   * Returns every problem, in document order, errors and warnings.
   *
   * @return the problems; empty only after Java deserialization
   */
  public List<SchemaProblem> problems() {
    return problems == null ? List.of() : problems;
  }
}
