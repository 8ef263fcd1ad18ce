package eu.barrier.core.json;

import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a value that is always written as one JSON string (identifiers, {@code java.time} values,
 * Barrier's enums) through a parse function, and nothing else: any other token is a wrong JSON
 * type. The function returns {@code null} for a string it rejects, or throws a {@code
 * BarrierException} that carries the value type's own rule; either way no input reaches a
 * message.
 *
 * @param <T> the value type
 */
final class StringValueDeserializer<T> extends StdScalarDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final LogicalType logicalType;
  private final String expected;
  private final transient Function<String, ? extends T> parse;

  /**
   * Creates the deserializer.
   *
   * @param type the value type
   * @param logicalType the logical type Jackson's coercion settings see
   * @param expected what a non-string token is told, for example {@code "expected an ISO-8601
   *     string"}
   * @param parse returns the value, or {@code null} if the string is not one
   */
  StringValueDeserializer(
      Class<?> type, LogicalType logicalType, String expected, Function<String, ? extends T> parse) {
    super(type);
    this.logicalType = logicalType;
    this.expected = expected;
    this.parse = parse;
  }

  @Override
  public LogicalType logicalType() {
    return logicalType;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw MismatchedInputException.from(p, handledType(), expected);
    }
    T value = parse.apply(p.getString());
    if (value == null) {
      throw MismatchedInputException.from(p, handledType(), "not a valid value of this type");
    }
    return value;
  }
}
