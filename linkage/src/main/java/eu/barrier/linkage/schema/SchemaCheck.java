package eu.barrier.linkage.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The outcome of {@link LinkageSchemas#check(byte[])}: every problem found, and the schema when
 * there is no error.
 *
 * @param schema the schema, empty if some problem is an error
 * @param problems every problem, in document order within each stage of checking
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SchemaCheck(Optional<LinkageSchema> schema, List<SchemaProblem> problems) {

  /**
   * Copies the problems.
   *
   * @param schema the schema, if valid
   * @param problems the problems
   */
  public SchemaCheck {
    Objects.requireNonNull(schema, "schema");
    problems = List.copyOf(problems);
  }

  /**
   * Tells whether the schema has no error (it may have warnings).
   *
   * @return whether the schema is valid
   */
  public boolean valid() {
    return schema.isPresent();
  }

  /**
   * Returns the errors only.
   *
   * @return the problems of severity {@link SchemaProblem.Severity#ERROR}
   */
  public List<SchemaProblem> errors() {
    return problems.stream().filter(p -> p.severity() == SchemaProblem.Severity.ERROR).toList();
  }

  /**
   * Returns the warnings only.
   *
   * @return the problems of severity {@link SchemaProblem.Severity#WARNING}
   */
  public List<SchemaProblem> warnings() {
    return problems.stream().filter(p -> p.severity() == SchemaProblem.Severity.WARNING).toList();
  }
}
