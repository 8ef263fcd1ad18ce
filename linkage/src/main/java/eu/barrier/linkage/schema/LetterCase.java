package eu.barrier.linkage.schema;

import org.apiguardian.api.API;

/** The {@code case} of a string format: the check clkhash makes with Python's {@code upper()} and {@code lower()}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum LetterCase {
  /** The value equals its upper-case form. */
  UPPER,
  /** The value equals its lower-case form. */
  LOWER,
  /** Any case: no check (the default). */
  MIXED
}
