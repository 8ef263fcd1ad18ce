package eu.barrier.core.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Rejects JSON numbers that only fit a {@code double} or {@code float} as infinity, such as {@code
 * 1e999}: Jackson would silently bind them as {@code Infinity}.
 */
final class FiniteNumberModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  FiniteNumberModule() {
    super("barrier-finite-numbers");
    setDeserializerModifier(
        new ValueDeserializerModifier() {
          private static final long serialVersionUID = 1L;

          @Override
          public ValueDeserializer<?> modifyDeserializer(
              DeserializationConfig config, BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
            Class<?> t = deserializer.handledType();
            boolean floating = t == double.class || t == Double.class || t == float.class || t == Float.class;
            return floating ? new Finite(deserializer) : deserializer;
          }
        });
  }

  private static final class Finite extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    Finite(ValueDeserializer<?> delegatee) {
      super(delegatee);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
      return new Finite(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      Object value = _delegatee.deserialize(p, ctxt);
      if ((value instanceof Double d && !Double.isFinite(d)) || (value instanceof Float f && !Float.isFinite(f))) {
        throw MismatchedInputException.from(p, handledType(), "number out of range");
      }
      return value;
    }
  }
}
