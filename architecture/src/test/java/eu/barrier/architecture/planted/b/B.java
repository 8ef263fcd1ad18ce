package eu.barrier.architecture.planted.b;

/** The other half of the planted package cycle. */
public final class B {
  /** Creates one. */
  public B() {}

  /** Back to the first half. */
  public eu.barrier.architecture.planted.a.A a;
}
