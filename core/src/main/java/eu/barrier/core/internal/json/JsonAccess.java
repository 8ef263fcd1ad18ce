package eu.barrier.core.internal.json;

import eu.barrier.core.json.BarrierJson;
import java.util.Objects;
import java.util.function.Function;

/**
 * Gives other core packages (the boundary) the engine behind a {@link BarrierJson} without making
 * it public API. {@code BarrierJson} registers the accessor once, in its static initializer.
 */
public final class JsonAccess {

  private static volatile Function<BarrierJson, JsonEngine> accessor;

  private JsonAccess() {}

  /**
   * Registers the accessor; called once by {@code BarrierJson}.
   *
   * @param engineOf returns the engine of an instance
   * @throws IllegalStateException if an accessor is already registered
   */
  public static synchronized void register(Function<BarrierJson, JsonEngine> engineOf) {
    if (accessor != null) {
      throw new IllegalStateException("already registered");
    }
    accessor = Objects.requireNonNull(engineOf, "engineOf");
  }

  /**
   * Returns the engine of an instance.
   *
   * @param json the instance
   * @return its engine
   */
  public static JsonEngine engine(BarrierJson json) {
    Objects.requireNonNull(json, "json");
    return accessor.apply(json); // json exists, so BarrierJson is initialised and registered
  }
}
