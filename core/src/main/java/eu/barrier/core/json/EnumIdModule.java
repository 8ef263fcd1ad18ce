package eu.barrier.core.json;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.Deserializers;
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
      if (!EnumIds.isBarrierEnum(raw)) {
        return null;
      }
      return new StringValueDeserializer<Enum<?>>(
          raw, LogicalType.Enum, "expected an enum id as a JSON string", id -> EnumIds.lookup(raw, id));
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return EnumIds.isBarrierEnum(valueType);
    }
  }
}
