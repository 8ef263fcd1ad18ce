package eu.barrier.architecture.planted.a;

/** Half of a planted package cycle: the cycle rule must report it. */
public final class A {
  /** Creates one. */
  public A() {}

  /** The other half. */
  public eu.barrier.architecture.planted.b.B b;
}
