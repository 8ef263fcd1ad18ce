package eu.barrier.indicators.internal;

import java.util.Locale;
import java.util.Objects;

/**
 * The one mapping between core's enums ({@code Agency}, {@code Sector}, {@code SubjectKind}) and
 * their names in catalogue documents: the constant name in lower case with hyphens, for example
 * {@code PERMIT_DESK} is {@code permit-desk}.
 */
public final class CatalogueNames {

  private CatalogueNames() {}

  /**
   * Returns the catalogue name of a constant.
   *
   * @param value the constant
   * @return its lower-kebab name
   */
  public static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the constant with the given catalogue name.
   *
   * @param <E> the enum type
   * @param type the enum class
   * @param name the lower-kebab name, case-sensitive
   * @return the constant
   * @throws IllegalArgumentException if no constant has that name
   */
  public static <E extends Enum<E>> E fromName(Class<E> type, String name) {
    Objects.requireNonNull(name, "name");
    for (E value : type.getEnumConstants()) {
      if (name(value).equals(name)) {
        return value;
      }
    }
    throw new IllegalArgumentException("unknown " + type.getSimpleName() + " name");
  }
}
