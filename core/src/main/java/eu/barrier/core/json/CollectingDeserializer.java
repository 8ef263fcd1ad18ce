package eu.barrier.core.json;

import eu.barrier.core.internal.json.JsonPaths;
import eu.barrier.core.internal.json.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.util.ClassUtil;

/**
 * Wraps every deserializer of the boundary mapper. When a {@link ProblemCollector} is attached to
 * the read, a value that cannot be bound is recorded as a problem, the rest of that value is
 * skipped, and binding goes on with {@code null} (or the primitive default). Failures that leave
 * the token stream unusable are rethrown.
 */
final class CollectingDeserializer extends DelegatingDeserializer {

  CollectingDeserializer(ValueDeserializer<?> delegatee) {
    super(delegatee);
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
    return new CollectingDeserializer(newDelegatee);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) {
    ProblemCollector collector = ProblemCollector.of(ctxt);
    if (collector == null) {
      return _delegatee.deserialize(p, ctxt);
    }
    JsonToken start = p.currentToken();
    int depth = p.streamReadContext().getNestingDepth();
    try {
      return _delegatee.deserialize(p, ctxt);
    } catch (RuntimeException | StackOverflowError e) {
      return recover(p, ctxt, collector, e, start, depth);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) {
    ProblemCollector collector = ProblemCollector.of(ctxt);
    if (collector == null) {
      return ((ValueDeserializer<Object>) _delegatee).deserialize(p, ctxt, intoValue);
    }
    JsonToken start = p.currentToken();
    int depth = p.streamReadContext().getNestingDepth();
    try {
      return ((ValueDeserializer<Object>) _delegatee).deserialize(p, ctxt, intoValue);
    } catch (RuntimeException | StackOverflowError e) {
      return recover(p, ctxt, collector, e, start, depth);
    }
  }

  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
    ProblemCollector collector = ProblemCollector.of(ctxt);
    if (collector == null) {
      return _delegatee.deserializeWithType(p, ctxt, typeDeserializer);
    }
    JsonToken start = p.currentToken();
    int depth = p.streamReadContext().getNestingDepth();
    try {
      return _delegatee.deserializeWithType(p, ctxt, typeDeserializer);
    } catch (RuntimeException | StackOverflowError e) {
      return recover(p, ctxt, collector, e, start, depth);
    }
  }

  @Override
  public Object getNullValue(DeserializationContext ctxt) {
    ProblemCollector collector = ProblemCollector.of(ctxt);
    if (collector == null) {
      return _delegatee.getNullValue(ctxt);
    }
    try {
      return _delegatee.getNullValue(ctxt);
    } catch (RuntimeException e) {
      if (JsonProblems.isFatal(e)) {
        throw e;
      }
      Problem problem = JsonProblems.classify(e, ctxt.getParser(), collector.declared());
      collector.add(problem);
      collector.replaced(problem.path());
      return fallback();
    }
  }

  private Object recover(
      JsonParser p, DeserializationContext ctxt, ProblemCollector collector, Throwable e, JsonToken start, int depth) {
    if (JsonProblems.isFatal(e)) {
      throw asUnchecked(e);
    }
    Problem problem = JsonProblems.classify(e, p, collector.declared());
    collector.add(problem);
    skipRestOfValue(p, start, depth);
    collector.replaced(JsonPaths.pointer(p, collector.declared())); // the parser is now at the replaced value's last token
    collector.replaced(problem.path());
    return fallback();
  }

  /**
   * Moves the parser to the last token of the value that started with {@code start}, unless it is
   * already there. {@code depth} is the nesting depth the parser had at {@code start}.
   */
  private static void skipRestOfValue(JsonParser p, JsonToken start, int depth) {
    if (start != JsonToken.START_OBJECT && start != JsonToken.START_ARRAY && start != JsonToken.PROPERTY_NAME) {
      return; // a scalar is a single token, and it is the current one
    }
    for (JsonToken t = p.currentToken(); t != null; t = p.nextToken()) {
      if ((t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY)
          && p.streamReadContext().getNestingDepth() == depth - 1) {
        return;
      }
    }
  }

  private Object fallback() {
    Class<?> type = handledType();
    return type != null && type.isPrimitive() ? ClassUtil.defaultValue(type) : null;
  }

  private static RuntimeException asUnchecked(Throwable e) {
    if (e instanceof RuntimeException r) {
      return r;
    }
    if (e instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(e);
  }
}
