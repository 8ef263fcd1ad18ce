package eu.barrier.linkage.schema;

import java.util.List;
import org.apiguardian.api.API;

/** {@code exact}: the whole formatted value is one token. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ExactComparison() implements Comparison {

  @Override
  public List<String> tokens(String value) {
    return value.isEmpty() ? List.of() : List.of(value);
  }
}
