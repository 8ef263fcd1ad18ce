package eu.barrier.core.internal.json;

import java.util.Objects;
import java.util.function.Function;

/**
 * Gives other core packages (the boundary) the collecting reader behind a {@code BarrierJson}
 * without making it public API. {@code BarrierJson} registers the accessor once, in its static
 * initializer. The codec is passed as {@code Object} so that this package does not depend on the
 * exported JSON package (which depends on this one).
 */
public final class JsonAccess {

  private static volatile Function<Object, CollectingReader> accessor;

  private JsonAccess() {}

  /**
   * Registers the accessor; called once by {@code BarrierJson}.
   *
   * @param readerOf returns the reader of a {@code BarrierJson}
   * @throws IllegalStateException if called twice
   */
  public static synchronized void register(Function<Object, CollectingReader> readerOf) {
    if (accessor != null) {
      throw new IllegalStateException("already registered");
    }
    accessor = Objects.requireNonNull(readerOf, "readerOf");
  }

  /**
   * Returns the collecting reader of a codec.
   *
   * @param barrierJson a {@code BarrierJson}
   * @return its reader
   */
  public static CollectingReader reader(Object barrierJson) {
    Objects.requireNonNull(barrierJson, "barrierJson");
    return accessor.apply(barrierJson); // the codec exists, so BarrierJson is initialised and registered
  }
}
