package eu.barrier.architecture.apistatus;

import org.apiguardian.api.API;

/** A planted exported type with an API status: the status rule must accept it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Marked {
  /** Creates one. */
  public Marked() {}

  /** A public nested type: covered by the status of the type that encloses it. */
  public static final class Nested {
    /** Creates one. */
    public Nested() {}
  }
}
