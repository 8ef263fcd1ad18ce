package eu.barrier.spark;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The library objects compiled on an executor, one per JVM and configuration: a {@code Screening},
 * a {@code Pseudonymiser}, a {@code ClkEncoder} is built by the first task that needs it and shared
 * by every later task of any job on that JVM (they are immutable and thread-safe). Never per row.
 *
 * <p>The key names the configuration (the hash of a catalogue set, the random id of a {@link
 * SecretFile} with a purpose); it must never hold a secret. The cache holds at most {@value
 * #MAX_ENTRIES} objects and forgets them all when full, so a long-lived executor that runs many
 * configurations does not grow without bound. Thread-safe.
 */
public final class ExecutorCache {

  /** The most objects held at once. */
  public static final int MAX_ENTRIES = 64;

  private static final Map<String, Object> COMPILED = new ConcurrentHashMap<>();
  private static final AtomicLong BUILDS = new AtomicLong();

  private ExecutorCache() {}

  /**
   * Returns the object compiled for a key, building it once on this JVM.
   *
   * @param <T> the type
   * @param type the type, checked
   * @param key the configuration's key; never a secret
   * @param build builds the object; called at most once per key while it is held
   * @return the object
   */
  public static <T> T get(Class<T> type, String key, Supplier<T> build) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(build, "build");
    String k = type.getName() + "|" + key;
    Object o = COMPILED.get(k);
    if (o == null) {
      if (COMPILED.size() >= MAX_ENTRIES) {
        COMPILED.clear();
      }
      o = COMPILED.computeIfAbsent(k, x -> {
        BUILDS.incrementAndGet();
        return build.get();
      });
    }
    return type.cast(o);
  }

  /**
   * Returns how many objects this JVM has built so far; tests use it to check that a job compiles
   * once per executor, not per row or per task.
   *
   * @return the count since the JVM started
   */
  public static long builds() {
    return BUILDS.get();
  }
}
