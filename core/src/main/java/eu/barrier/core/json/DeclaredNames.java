package eu.barrier.core.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.introspect.ClassIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * The member names a target type declares at any depth, as the binding sees them: the properties
 * of each bean or record reachable through properties, collection and array elements, map values
 * and optional values. Map keys and {@link JsonNode} content are free-form and declare nothing. A
 * name in this set is a field of a format written in code, never data, so it may be shown.
 */
final class DeclaredNames {

  private DeclaredNames() {}

  static Set<String> of(JsonMapper mapper, JavaType root) {
    DeserializationConfig config = mapper.deserializationConfig();
    ClassIntrospector introspector = config.classIntrospectorInstance().forOperation(config);
    Set<String> names = new HashSet<>();
    Set<JavaType> seen = new HashSet<>();
    Deque<JavaType> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      JavaType type = todo.pop();
      if (type == null || !seen.add(type)) {
        continue;
      }
      if (type.isContainerType() || type.isArrayType()) {
        todo.push(type.getContentType()); // a map's keys are data: only its values can declare names
        continue;
      }
      if (type.isReferenceType()) {
        todo.push(type.getReferencedType());
        continue;
      }
      Class<?> raw = type.getRawClass();
      if (raw.isPrimitive() || raw.isEnum() || raw.getName().startsWith("java.")
          || JsonNode.class.isAssignableFrom(raw)) {
        continue;
      }
      BeanDescription description =
          introspector.introspectForDeserialization(type, introspector.introspectClassAnnotations(type));
      for (BeanPropertyDefinition property : description.findProperties()) {
        names.add(property.getName());
        todo.push(property.getPrimaryType());
      }
    }
    return Set.copyOf(names);
  }
}
