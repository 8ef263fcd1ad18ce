package eu.barrier.architecture.leak;

/** A planted exported type that exposes an internal one: the exposure rule must report it. */
public final class Api {
  /** Creates one. */
  public Api() {}

  /**
   * Leaks.
   *
   * @return the internal type
   */
  public eu.barrier.architecture.leak.internal.Hidden leak() {
    return new eu.barrier.architecture.leak.internal.Hidden();
  }
}
