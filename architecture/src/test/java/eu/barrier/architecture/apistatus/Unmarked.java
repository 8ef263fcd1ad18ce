package eu.barrier.architecture.apistatus;

/** A planted exported type without an API status: the status rule must report it. */
public final class Unmarked {
  /** Creates one. */
  public Unmarked() {}
}
