package eu.barrier.cases;

import org.apiguardian.api.API;

/**
 * A cell of the need-to-know matrix. Every access that is not {@link #NONE} lets the role see
 * something; only {@link #READ}, {@link #READ_WRITE} and {@link #WRITE} show the content.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Access {
  /** Nothing: the events are left out of the role's view (–). */
  NONE,
  /** Partial (P): the event's kind and date, and for a decision its outcome only. */
  PARTIAL,
  /** Read (R). */
  READ,
  /** Write (W): the body that writes the artefact; it reads what it wrote (Barrier's reading [I]). */
  WRITE,
  /** Read and write (RW). */
  READ_WRITE;

  /**
   * Tells whether the role sees the content.
   *
   * @return for {@link #READ}, {@link #WRITE} and {@link #READ_WRITE}
   */
  public boolean showsContent() {
    return this == READ || this == WRITE || this == READ_WRITE;
  }
}
