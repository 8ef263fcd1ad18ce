package eu.barrier.core.json;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.ArrayType;
import tools.jackson.databind.type.CollectionLikeType;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapLikeType;
import tools.jackson.databind.type.MapType;
import tools.jackson.databind.type.ReferenceType;

/** Wraps every value deserializer in a {@link CollectingDeserializer}; used only by the boundary mapper. */
final class CollectingModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  CollectingModule() {
    super("barrier-collecting");
    setDeserializerModifier(new Wrapper());
  }

  private static final class Wrapper extends ValueDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
      return wrap(deserializer);
    }

    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(
        DeserializationConfig config, JavaType type, BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
      return wrap(deserializer);
    }

    @Override
    public ValueDeserializer<?> modifyReferenceDeserializer(
        DeserializationConfig config, ReferenceType type, BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
      return wrap(deserializer);
    }

    @Override
    public ValueDeserializer<?> modifyArrayDeserializer(
        DeserializationConfig config, ArrayType type, BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
      return wrap(deserializer);
    }

    @Override
    public ValueDeserializer<?> modifyCollectionDeserializer(
        DeserializationConfig config, CollectionType type, BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
      return wrap(deserializer);
    }

    @Override
    public ValueDeserializer<?> modifyCollectionLikeDeserializer(
        DeserializationConfig config, CollectionLikeType type, BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
      return wrap(deserializer);
    }

    @Override
    public ValueDeserializer<?> modifyMapDeserializer(
        DeserializationConfig config, MapType type, BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
      return wrap(deserializer);
    }

    @Override
    public ValueDeserializer<?> modifyMapLikeDeserializer(
        DeserializationConfig config, MapLikeType type, BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
      return wrap(deserializer);
    }

    private static ValueDeserializer<?> wrap(ValueDeserializer<?> deserializer) {
      return deserializer instanceof CollectingDeserializer ? deserializer : new CollectingDeserializer(deserializer);
    }
  }
}
