package eu.barrier.core.json;

import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one mapping between enum constants and their JSON form, used by the codec ({@link
 * EnumIdModule}) and by {@code BarrierJson.enumId}/{@code enumFromId}.
 *
 * <ul>
 *   <li>An enum declared in a package {@code eu.barrier.*} without a {@code @JsonValue} member is
 *       written as the lower-kebab form of its constant name: {@code NACE_BEL_2008} is {@code
 *       nace-bel-2008}.
 *   <li>An enum with a public {@code @JsonValue} method uses that method's value.
 *   <li>Any other enum uses its exact constant name.
 * </ul>
 *
 * <p>Deprecated spellings: {@code Country} was written as its upper-case code ({@code "BE"})
 * before 0.1.0 and is now lower-kebab ({@code "be"}) like every other enum. Reading still accepts
 * the old exact upper-case constant name of the enums in {@link #UPPER_CASE_READ}; writing never
 * produces it. This will be removed in a later release (see the CHANGELOG).
 *
 * <p>The ids of an enum class are computed once and cached.
 */
final class EnumIds {

  private static final String BARRIER_PACKAGE = "eu.barrier.";

  /** Enums whose exact upper-case constant name is still read (deprecated spelling). */
  static final Set<String> UPPER_CASE_READ = Set.of("eu.barrier.core.address.Country");

  private static final ClassValue<Table> TABLES =
      new ClassValue<>() {
        @Override
        protected Table computeValue(Class<?> type) {
          return new Table(type);
        }
      };

  private EnumIds() {}

  /**
   * Tells whether an enum is one of Barrier's own: declared in a package {@code eu.barrier.*}.
   * The codec reads such enums through {@link #lookup}, by their exact id.
   *
   * @param type a class
   * @return {@code true} for Barrier's enums
   */
  static boolean isBarrierEnum(Class<?> type) {
    return type.isEnum() && type.getPackageName().startsWith(BARRIER_PACKAGE);
  }

  /**
   * Tells whether an enum gets the lower-kebab form: it is declared in a Barrier package and does
   * not declare its own form with {@code @JsonValue}.
   *
   * @param enumClass the enum class
   * @return {@code true} for Barrier's own enums
   */
  static boolean usesKebabIds(Class<?> enumClass) {
    return isBarrierEnum(enumClass) && jsonValueMethod(enumClass) == null;
  }

  /**
   * Returns the lower-kebab form of a constant name: lower case, {@code _} replaced by {@code -}.
   *
   * @param name a constant name such as {@code EUROPOL_4X4}
   * @return the id, for example {@code europol-4x4}
   */
  static String kebab(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the JSON form of a constant.
   *
   * @param constant the constant
   * @return its id
   * @throws IllegalArgumentException if the enum's {@code @JsonValue} method cannot be called
   */
  public static String id(Enum<?> constant) {
    Objects.requireNonNull(constant, "constant");
    return TABLES.get(constant.getDeclaringClass()).ids[constant.ordinal()];
  }

  /**
   * Returns the constant whose JSON form is exactly {@code id}.
   *
   * @param type the enum class
   * @param id the id
   * @param <E> the enum type
   * @return the constant, or {@code null} if none has this id
   * @throws IllegalArgumentException if the enum's {@code @JsonValue} method cannot be called
   */
  public static <E extends Enum<E>> E fromId(Class<E> type, String id) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    return type.cast(lookup(type, id));
  }

  /** Returns the constant of an enum class with exactly this id, or {@code null}. */
  static Enum<?> lookup(Class<?> enumClass, String id) {
    return TABLES.get(enumClass).byId.get(id);
  }

  private static Method jsonValueMethod(Class<?> enumClass) {
    for (Method m : enumClass.getDeclaredMethods()) {
      if (m.getParameterCount() == 0 && isJsonValue(m)) {
        return m;
      }
    }
    return null;
  }

  private static boolean isJsonValue(AnnotatedElement element) {
    JsonValue annotation = element.getAnnotation(JsonValue.class);
    return annotation != null && annotation.value();
  }

  /** The ids of one enum class, by ordinal and by id. */
  private static final class Table {

    private final String[] ids;
    private final Map<String, Enum<?>> byId = new HashMap<>();

    Table(Class<?> type) {
      if (!type.isEnum()) {
        throw new IllegalArgumentException("not an enum class: " + type.getName());
      }
      Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
      Method accessor = jsonValueMethod(type);
      boolean kebab = accessor == null && isBarrierEnum(type);
      ids = new String[constants.length];
      for (Enum<?> constant : constants) {
        String id = kebab ? kebab(constant.name()) : accessor == null ? constant.name() : invoke(accessor, constant);
        ids[constant.ordinal()] = id;
        if (byId.putIfAbsent(id, constant) != null) {
          throw new IllegalArgumentException("two constants of " + type.getName() + " have the same JSON id");
        }
      }
      if (kebab && UPPER_CASE_READ.contains(type.getName())) {
        for (Enum<?> constant : constants) {
          byId.putIfAbsent(constant.name(), constant); // read only; ids[] keeps the written form
        }
      }
    }

    private static String invoke(Method accessor, Enum<?> constant) {
      try {
        return String.valueOf(accessor.invoke(constant));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalArgumentException(
            "cannot call the @JsonValue method of " + accessor.getDeclaringClass().getName(), e);
      }
    }
  }
}
