package eu.barrier.screening.picture;

import java.util.Locale;
import org.apiguardian.api.API;

/** The patterns across partners that a picture looks for. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum PatternKind {
  /** An entity named in signal reports of two or more partners. */
  SEVERAL_PARTNERS,
  /**
   * An enterprise or person named together with establishments that two or more partners reported:
   * for a municipality that is its territory, so the operator is active in two or more places.
   */
  SEVERAL_AREAS;

  /**
   * Returns the id used in {@code picture.json}: the lower-case name with hyphens.
   *
   * @return the id
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
