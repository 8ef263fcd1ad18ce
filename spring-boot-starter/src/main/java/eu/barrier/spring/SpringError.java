package eu.barrier.spring;

import eu.barrier.core.ErrorCode;
import org.apiguardian.api.API;

/**
 * The stable error codes of {@code barrier-spring-boot-starter}.
 *
 * <p>Ranges: {@code 00xx} requests answered as problem details, {@code 09xx} the application's
 * set-up (thrown as {@link SpringConfigurationException} at start-up). Codes are never reused or
 * renumbered. Each constant's {@link #rule()} states the rule in one line; messages built from it
 * never contain key material, paths' contents or values from requests.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum SpringError implements ErrorCode {

  // ---- 00xx requests ----

  /** A request document broke the Boundary's rules; each violation carries its own code. */
  REQUEST_INVALID("BARRIER-SPRING-0001", "the request document breaks the rules of its type; each error names one"),

  // ---- 09xx the application's set-up ----

  /** The key file is readable or writable by its group or by others. */
  KEYS_NOT_OWNER_ONLY("BARRIER-SPRING-0901", "a key file is readable and writable by its owner only (chmod 600)"),
  /** The key file is missing, not a regular file, too large, or not a key set. */
  KEYS_UNREADABLE("BARRIER-SPRING-0902",
      "barrier.keys.location names a readable barrier-keyset/1 or barrier-keys/1 file"),
  /** A configured catalogue id is not built in, or a catalogue file cannot be read. */
  CATALOGUE_UNKNOWN("BARRIER-SPRING-0903",
      "barrier.catalogues names built-in catalogue ids and readable catalogue files");

  private final String code;
  private final String rule;

  SpringError(String code, String rule) {
    this.code = code;
    this.rule = rule;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String rule() {
    return rule;
  }
}
