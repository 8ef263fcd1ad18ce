package eu.barrier.linkage.schema;

import java.util.List;

/** {@code exact}: the whole formatted value is one token. */
public record ExactComparison() implements Comparison {

  @Override
  public List<String> tokens(String value) {
    return value.isEmpty() ? List.of() : List.of(value);
  }
}
