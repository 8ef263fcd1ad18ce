package eu.barrier.privacy.envelope;

/** Shape checks for header texts and labels. */
final class Texts {

  private Texts() {}

  /** 1 to max characters, no C0/C1 control characters, no lone surrogates. */
  static boolean isValidText(String s, int max) {
    if (s == null || s.isEmpty() || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** A purpose: 1 to 64 characters of a-z 0-9 . _ : / - starting with a letter or digit (an audit label too). */
  static boolean isValidPurpose(String s) {
    return isValidLabel(s) && s.indexOf('+') < 0;
  }

  /** 1 to 64 characters of a-z 0-9 . _ : / - + starting with a letter or digit. */
  static boolean isValidLabel(String s) {
    if (s == null || s.isEmpty() || s.length() > 64) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || "._:/-+".indexOf(c) < 0)) {
        return false;
      }
    }
    return true;
  }

  /** 16 characters of lower-case base32. */
  static boolean isValidKeyId(String s) {
    if (s == null || s.length() != 16) {
      return false;
    }
    for (int i = 0; i < 16; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '2' && c <= '7'))) {
        return false;
      }
    }
    return true;
  }
}
