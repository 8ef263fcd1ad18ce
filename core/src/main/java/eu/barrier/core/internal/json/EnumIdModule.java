package eu.barrier.core.internal.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes Barrier's own enums by their {@link EnumIds id}: the lower-kebab form of the
 * constant name ({@code NACE_BEL_2008} is {@code nace-bel-2008}), or the value of the enum's
 * {@code @JsonValue} method ({@code Country}).
 *
 * <p>Writing (and map keys) goes through Jackson's enum naming hook, an appended introspector, so
 * an enum with {@code @JsonValue} keeps its form. Reading a value uses {@link EnumIds#lookup}
 * directly: Jackson's own enum deserializer also accepts the id with surrounding whitespace,
 * which a strict codec must not. Anything but the exact id is rejected, as a value the type does
 * not accept for a string and as a wrong JSON type for any other token.
 */
final class EnumIdModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  EnumIdModule() {
    super("barrier-enum-ids");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.appendAnnotationIntrospector(new KebabEnumNames());
    context.addDeserializers(new StrictEnums());
  }

  private static final class KebabEnumNames extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    @Override
    public String[] findEnumValues(
        MapperConfig<?> config, AnnotatedClass annotatedClass, Enum<?>[] enumValues, String[] names) {
      if (EnumIds.usesKebabIds(annotatedClass.getRawType())) {
        for (int i = 0; i < enumValues.length; i++) {
          names[i] = EnumIds.kebab(enumValues[i].name());
        }
      }
      return names;
    }
  }

  private static final class StrictEnums extends Deserializers.Base {

    @Override
    public ValueDeserializer<?> findEnumDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
      Class<?> raw = type.getRawClass();
      return EnumIds.isBarrierEnum(raw) ? new ExactIdDeserializer(raw) : null;
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return EnumIds.isBarrierEnum(valueType);
    }
  }

  private static final class ExactIdDeserializer extends StdScalarDeserializer<Object> {

    private static final long serialVersionUID = 1L;

    ExactIdDeserializer(Class<?> enumClass) {
      super(enumClass);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Enum;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw MismatchedInputException.from(p, handledType(), "expected an enum id as a JSON string");
      }
      Enum<?> constant = EnumIds.lookup(handledType(), p.getString());
      if (constant == null) {
        // the value is not passed on: messages of this codec never carry input
        throw InvalidFormatException.from(p, "not an id of this enum", null, handledType());
      }
      return constant;
    }
  }
}
