package eu.barrier.core.json;

import eu.barrier.core.internal.json.JsonPaths;
import eu.barrier.core.internal.json.Problem;
import eu.barrier.core.BarrierException;
import eu.barrier.core.CoreError;
import java.io.IOException;
import java.lang.reflect.InaccessibleObjectException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import eu.barrier.core.input.InputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Maps what Jackson (or a value type) throws while reading to a {@link Problem}: a code and a path,
 * never a message, because Jackson's messages quote the input.
 */
final class JsonProblems {

  /** The JSON shapes a target type can take, used to tell a wrong type from a rejected value. */
  private enum Shape {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    ARRAY,
    OBJECT,
    ANY
  }

  private JsonProblems() {}

  /**
   * Returns whether reading cannot go on after this failure: the token stream itself is broken,
   * a limit was breached, the input failed, or the target type cannot be bound at all.
   *
   * @param failure what was thrown
   * @return {@code true} if no further values can be read
   */
  public static boolean isFatal(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if ((t instanceof StreamReadException && !(t instanceof InputCoercionException))
          || t instanceof StreamConstraintsException
          || t instanceof JacksonIOException
          || t instanceof IOException
          || t instanceof UncheckedIOException
          || t instanceof InvalidDefinitionException
          || t instanceof VirtualMachineError
          || t instanceof InputException
          || t instanceof ProblemLimitReached) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Classifies a failure.
   *
   * @param failure what was thrown while reading
   * @param parser the parser, positioned where the failure happened; may be {@code null}
   * @param declared the member names the target type declares; all others are hidden in paths
   * @return the problem
   * @throws IllegalArgumentException if the target type cannot be bound (a programming error)
   */
  public static Problem classify(Throwable failure, JsonParser parser, Set<String> declared) {
    String path = JsonPaths.pointer(parser, declared);
    InputException input = find(failure, InputException.class);
    if (input != null && input.error() != null) {
      return new Problem(input.error(), "", null, null); // the input itself, not a value in it
    }
    StreamConstraintsException limit = find(failure, StreamConstraintsException.class);
    if (limit != null) {
      return new Problem(limitCode(limit), path, null, null);
    }
    InaccessibleObjectException closed = find(failure, InaccessibleObjectException.class);
    if (closed != null) {
      // a set-up error of the host application, not a problem of the document
      throw JacksonSetup.notOpen(null, null, closed);
    }
    InvalidDefinitionException definition = find(failure, InvalidDefinitionException.class);
    if (definition != null) {
      // the target type is unusable; that is a programming error, and the message names the type
      throw new IllegalArgumentException("type cannot be bound from JSON: " + typeName(definition), definition);
    }
    if (failure instanceof StackOverflowError) {
      return new Problem(CoreError.JSON_TOO_DEEP, path, null, null);
    }
    if (failure instanceof OutOfMemoryError) {
      return new Problem(CoreError.JSON_TOO_LARGE, path, null, null);
    }
    IOException io = find(failure, IOException.class);
    if (io != null || find(failure, JacksonIOException.class) != null) {
      return new Problem(CoreError.JSON_IO, path, null, io);
    }
    if (find(failure, InputCoercionException.class) != null) {
      return new Problem(CoreError.JSON_INVALID_VALUE, path, null, null); // a number out of range
    }
    StreamReadException read = find(failure, StreamReadException.class);
    if (read != null) {
      String original = read.getOriginalMessage();
      boolean duplicate = original != null && original.startsWith("Duplicate Object property");
      return new Problem(duplicate ? CoreError.JSON_DUPLICATE_PROPERTY : CoreError.JSON_SYNTAX, path, null, null);
    }
    BarrierException own = find(failure, BarrierException.class);
    if (own != null) {
      return new Problem(CoreError.JSON_INVALID_VALUE, path, own.errorCode(), own);
    }
    if (failure instanceof PropertyBindingException unknown) {
      return new Problem(CoreError.JSON_UNKNOWN_PROPERTY, JsonPaths.propertyPointer(parser, unknown.getPropertyName(), declared), null, null);
    }
    if (failure instanceof InvalidNullException) {
      return new Problem(CoreError.JSON_MISSING_VALUE, path, null, null);
    }
    if (failure instanceof ValueInstantiationException) {
      boolean missing = find(failure, NullPointerException.class) != null;
      return new Problem(missing ? CoreError.JSON_MISSING_VALUE : CoreError.JSON_INVALID_VALUE, path, null, null);
    }
    JsonToken token = currentToken(parser);
    if (failure instanceof MismatchedInputException mismatch) {
      if (token == JsonToken.VALUE_NULL || isMissingCreatorProperty(mismatch)) {
        return new Problem(CoreError.JSON_MISSING_VALUE, path, null, null);
      }
      return new Problem(shapeCode(mismatch.getTargetType(), token), path, null, null);
    }
    if (failure instanceof JacksonException) {
      return new Problem(token == JsonToken.VALUE_NULL ? CoreError.JSON_MISSING_VALUE : CoreError.JSON_INVALID_VALUE, path, null, null);
    }
    // a value type threw something of its own (IllegalArgumentException, DateTimeException, ...)
    return new Problem(CoreError.JSON_INVALID_VALUE, path, null, null);
  }

  /**
   * Returns {@link CoreError#JSON_INVALID_VALUE} if the token has a shape the target type can take
   * (so the type rejected the value itself), otherwise {@link CoreError#JSON_WRONG_TYPE}.
   *
   * @param target the target type, or {@code null}
   * @param token the offending token, or {@code null}
   * @return the code
   */
  static CoreError shapeCode(Class<?> target, JsonToken token) {
    Shape expected = shapeOf(target);
    Shape actual = shapeOf(token);
    if (expected == Shape.ANY || actual == Shape.ANY) {
      return CoreError.JSON_INVALID_VALUE;
    }
    boolean fits = expected == actual || (expected == Shape.NUMBER && actual == Shape.INTEGER);
    return fits ? CoreError.JSON_INVALID_VALUE : CoreError.JSON_WRONG_TYPE;
  }

  private static Shape shapeOf(Class<?> type) {
    if (type == null || type == Object.class) {
      return Shape.ANY;
    }
    if (type == int.class || type == long.class || type == short.class || type == byte.class
        || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
        || type == BigInteger.class) {
      return Shape.INTEGER;
    }
    if (type == double.class || type == float.class || type == Double.class || type == Float.class
        || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
      return Shape.NUMBER;
    }
    if (type == boolean.class || type == Boolean.class) {
      return Shape.BOOLEAN;
    }
    if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class
        || type.isEnum() || TemporalAccessor.class.isAssignableFrom(type) || type == UUID.class
        || ScalarTypes.isStringScalar(type)) {
      return Shape.STRING;
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return Shape.ARRAY;
    }
    if (Map.class.isAssignableFrom(type)) {
      return Shape.OBJECT;
    }
    return Shape.OBJECT;
  }

  private static Shape shapeOf(JsonToken token) {
    if (token == null) {
      return Shape.ANY;
    }
    switch (token) {
      case VALUE_STRING:
        return Shape.STRING;
      case VALUE_NUMBER_INT:
        return Shape.INTEGER;
      case VALUE_NUMBER_FLOAT:
        return Shape.NUMBER;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return Shape.BOOLEAN;
      case START_ARRAY:
      case END_ARRAY:
        return Shape.ARRAY;
      case START_OBJECT:
      case END_OBJECT:
      case PROPERTY_NAME:
        return Shape.OBJECT;
      default:
        return Shape.ANY;
    }
  }

  private static boolean isMissingCreatorProperty(MismatchedInputException e) {
    String original = e.getOriginalMessage();
    return original != null && original.startsWith("Missing required creator property");
  }

  private static CoreError limitCode(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("getMaxNestingDepth")) {
      return CoreError.JSON_TOO_DEEP;
    }
    if (m.contains("getMaxDocumentLength")) {
      return CoreError.JSON_TOO_LARGE;
    }
    if (m.contains("getMaxStringLength")) {
      return CoreError.JSON_STRING_TOO_LONG;
    }
    if (m.contains("getMaxNameLength")) {
      return CoreError.JSON_NAME_TOO_LONG;
    }
    if (m.contains("getMaxTokenCount")) {
      return CoreError.JSON_TOO_MANY_TOKENS;
    }
    // getMaxNumberLength and the BigDecimal/BigInteger scale limit
    return CoreError.JSON_NUMBER_TOO_LONG;
  }

  private static JsonToken currentToken(JsonParser parser) {
    try {
      return parser == null ? null : parser.currentToken();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String typeName(InvalidDefinitionException e) {
    return e.getType() == null ? "unknown type" : e.getType().getRawClass().getName();
  }

  private static <X extends Throwable> X find(Throwable failure, Class<X> type) {
    int guard = 0;
    for (Throwable t = failure; t != null && guard < 32; t = t.getCause(), guard++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
