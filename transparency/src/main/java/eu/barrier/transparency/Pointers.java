package eu.barrier.transparency;

import java.util.regex.Pattern;

/**
 * Builds JSON Pointers that may name property names from the input: a name appears only if it is a
 * short plain name without a run of six or more digits (the rule of core's {@code
 * JsonFormatException}); any other name is written as {@code *}, so that personal data put into a
 * key never reaches a message.
 */
final class Pointers {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.$\\[\\]-]{1,64}");
  private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{6}");

  private Pointers() {}

  /** Returns {@code base/name}, with the name replaced by {@code *} unless it is plain. */
  static String child(String base, String name) {
    boolean plain = PLAIN.matcher(name).matches() && !DIGIT_RUN.matcher(name).find();
    return base + "/" + (plain ? name : "*");
  }

  /** Returns {@code base/index}. */
  static String child(String base, int index) {
    return base + "/" + index;
  }
}
