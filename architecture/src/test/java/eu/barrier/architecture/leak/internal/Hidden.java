package eu.barrier.architecture.leak.internal;

/** A type of an internal package. */
public final class Hidden {
  /** Creates one. */
  public Hidden() {}
}
