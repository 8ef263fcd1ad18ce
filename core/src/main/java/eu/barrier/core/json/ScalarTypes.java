package eu.barrier.core.json;

/** Library value types that are written and read as a single JSON string. */
final class ScalarTypes {

  private ScalarTypes() {}

  static boolean isStringScalar(Class<?> type) {
    return eu.barrier.core.id.Identifier.class.isAssignableFrom(type);
  }
}
