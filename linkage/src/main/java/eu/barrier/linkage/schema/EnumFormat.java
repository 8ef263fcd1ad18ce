package eu.barrier.linkage.schema;

import eu.barrier.linkage.LinkageError;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/** An enum format: the value must equal one of the listed values exactly. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EnumFormat implements FeatureFormat {

  private final List<String> values;
  private final Set<String> set;
  private final String description;

  EnumFormat(List<String> values, String description) {
    this.values = List.copyOf(values);
    this.set = new LinkedHashSet<>(values);
    this.description = description;
  }

  /**
   * Returns the allowed values, as listed in the schema.
   *
   * @return the values
   */
  public List<String> values() {
    return values;
  }

  @Override
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  @Override
  public Optional<LinkageError> check(String value) {
    return set.contains(value) ? Optional.empty() : Optional.of(LinkageError.VALUE_ENUM);
  }

  @Override
  public String normalise(String value) {
    return value;
  }

  @Override
  public String toString() {
    return "EnumFormat[" + values.size() + " values]";
  }
}
