package eu.barrier.privacy.pseudonym;

import eu.barrier.privacy.PrivacyError;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The domain in which pseudonyms are linkable: a purpose (for example {@code thb-signal}) and a
 * recipient domain (for example {@code riec:limburg} or {@code gemeente:0363}).
 *
 * <p>Pseudonyms of one identifier under two different contexts are unlinkable without the root
 * key. Labels are 1 to 64 characters of {@code a-z 0-9 . _ : / -} starting with a letter or digit;
 * they are technical names, never personal data.
 *
 * @param purpose the purpose label
 * @param recipient the recipient domain label
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PseudonymContext(String purpose, String recipient) {

  /** The longest label accepted. */
  public static final int MAX_LABEL_LENGTH = 64;

  /**
   * Validates both labels.
   *
   * @param purpose the purpose label
   * @param recipient the recipient domain label
   * @throws InvalidPseudonymException with {@link PrivacyError#CONTEXT_LABEL} for a malformed label
   */
  public PseudonymContext {
    checkLabel(purpose, "purpose");
    checkLabel(recipient, "recipient");
  }

  /**
   * Creates a context.
   *
   * @param purpose the purpose label
   * @param recipient the recipient domain label
   * @return the context
   * @throws InvalidPseudonymException with {@link PrivacyError#CONTEXT_LABEL} for a malformed label
   */
  public static PseudonymContext of(String purpose, String recipient) {
    return new PseudonymContext(purpose, recipient);
  }

  /**
   * Tells whether {@code label} is a well-formed purpose or recipient label.
   *
   * @param label the text, may be {@code null}
   * @return whether {@link #of} would accept it
   */
  public static boolean isValidLabel(String label) {
    if (label == null || label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
      return false;
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || ".:_/-".indexOf(c) < 0)) {
        return false;
      }
    }
    return true;
  }

  private static void checkLabel(String label, String field) {
    Objects.requireNonNull(label, field);
    if (!isValidLabel(label)) {
      throw new InvalidPseudonymException(PrivacyError.CONTEXT_LABEL, "in " + field);
    }
  }
}
