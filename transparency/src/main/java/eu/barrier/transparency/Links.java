package eu.barrier.transparency;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The forms of links and contacts the publication standard asks for: a link starts with {@code
 * https://} (the standard's field instructions, "Begin een URL met https://"), and a contact is an
 * e-mail address or such a link.
 */
final class Links {

  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}");

  private Links() {}

  /** Tells whether a text is an absolute https URL with a host and no spaces. */
  static boolean isHttps(String value) {
    if (!value.startsWith("https://") || value.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')) {
      return false;
    }
    try {
      URI uri = new URI(value);
      return uri.getHost() != null && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Tells whether a text is an e-mail address. */
  static boolean isEmail(String value) {
    return EMAIL.matcher(value).matches();
  }

  /** Tells whether a text is an e-mail address or an https URL. */
  static boolean isContact(String value) {
    return isEmail(value) || isHttps(value);
  }
}
