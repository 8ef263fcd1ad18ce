package eu.barrier.indicators.internal;

import eu.barrier.core.json.BarrierJson;
import java.util.Objects;

/**
 * The names of core's enums ({@code Agency}, {@code Sector}, {@code SubjectKind}, {@code
 * GradingScheme}) in catalogue and assess input documents. It delegates to core's one mapping,
 * {@link BarrierJson#enumId(Enum)} and {@link BarrierJson#enumFromId(Class, String)}: the constant
 * name in lower case with hyphens, for example {@code PERMIT_DESK} is {@code permit-desk}.
 */
public final class CatalogueNames {

  private CatalogueNames() {}

  /**
   * Returns the document name of a constant.
   *
   * @param value the constant
   * @return its lower-kebab name
   */
  public static String name(Enum<?> value) {
    return BarrierJson.enumId(value);
  }

  /**
   * Returns the constant with the given document name.
   *
   * @param <E> the enum type
   * @param type the enum class
   * @param name the lower-kebab name, case-sensitive
   * @return the constant
   * @throws IllegalArgumentException if no constant has that name
   */
  public static <E extends Enum<E>> E fromName(Class<E> type, String name) {
    Objects.requireNonNull(name, "name");
    return BarrierJson.enumFromId(type, name)
        .orElseThrow(() -> new IllegalArgumentException("unknown " + type.getSimpleName() + " name"));
  }
}
