package eu.barrier.privacy.exchange;

import org.apiguardian.api.API;

/**
 * The regular expressions of the message records; the JSON Schemas use the same ones. Every
 * pattern is anchored and matches the whole value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MessagePatterns {

  /**
   * A pseudonym in its text form, keyed {@code pk1.<kid>.<tag>} or blind {@code pk2.<kid>.<tag>},
   * with a canonical 32-byte tag.
   */
  public static final String PSEUDONYM = "^pk[12]\\.[a-z2-7]{8}\\.[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$";

  /**
   * A keyed pseudonym only, {@code pk1.<kid>.<tag>}: the form of a rotation alias (a pseudonym
   * under a still-recognised key of a shared key set).
   */
  public static final String KEYED_PSEUDONYM = "^pk1\\.[a-z2-7]{8}\\.[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$";

  /** A reference: 1 to 64 characters of letters, digits and {@code . _ : / -}; no free text. */
  public static final String REFERENCE = "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$";

  /** A purpose label, as in the envelope header. */
  public static final String PURPOSE = "^[a-z0-9][a-z0-9._:/-]{0,63}$";

  /** Free text without control characters (length checked separately). */
  public static final String TEXT = "^[^\\u0000-\\u001f\\u007f-\\u009f]*$";

  /** A generalised period: a year, an ISO week, a month or a quarter. */
  public static final String PERIOD = "^[0-9]{4}(-W(0[1-9]|[1-4][0-9]|5[0-3])|-(0[1-9]|1[0-2])|-Q[1-4])?$";

  /** A catalogue id, as in indicator catalogues. */
  public static final String CATALOGUE = "^[a-z][a-z0-9]*(-[a-z0-9]+){0,15}$";

  /** A semantic version {@code MAJOR.MINOR.PATCH}. */
  public static final String VERSION = "^(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})$";

  /** An indicator id, as in indicator catalogues. */
  public static final String INDICATOR = "^[A-Z][A-Z0-9]*(-[A-Z0-9]+){0,9}$";

  /** {@code catalogue@version}. */
  public static final String CATALOGUE_AT_VERSION =
      "^[a-z][a-z0-9]*(-[a-z0-9]+){0,15}@(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})$";

  /** A lower-kebab label such as a model id or an outcome. */
  public static final String KEBAB = "^[a-z][a-z0-9]*(-[a-z0-9]+){0,7}$";

  private MessagePatterns() {}
}
