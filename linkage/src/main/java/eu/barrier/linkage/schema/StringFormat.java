package eu.barrier.linkage.schema;

import eu.barrier.linkage.LinkageError;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A string format: either a pattern the whole value must match, or a letter case and length
 * bounds (counted in code points, as Python's {@code len}). Values are hashed unchanged: no
 * trimming, case folding or Unicode normalisation.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StringFormat implements FeatureFormat {

  private final TextEncoding encoding;
  private final String pattern;
  private final Pattern compiled;
  private final LetterCase letterCase;
  private final long minLength;
  private final Long maxLength;
  private final String description;

  StringFormat(TextEncoding encoding, String pattern, LetterCase letterCase, long minLength, Long maxLength,
      String description) {
    this.encoding = Objects.requireNonNull(encoding, "encoding");
    this.pattern = pattern;
    this.compiled = pattern == null ? null : PythonRegex.compile(pattern);
    this.letterCase = Objects.requireNonNull(letterCase, "letterCase");
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.description = description;
  }

  /**
   * Returns the encoding of the tokens.
   *
   * @return the encoding, {@link TextEncoding#UTF_8} unless the schema says otherwise
   */
  public TextEncoding encoding() {
    return encoding;
  }

  /**
   * Returns the pattern, as written in the schema.
   *
   * @return the pattern, or empty for a format with case and length bounds
   */
  public Optional<String> pattern() {
    return Optional.ofNullable(pattern);
  }

  /**
   * Returns the letter case required of values.
   *
   * @return the case; {@link LetterCase#MIXED} for a pattern format
   */
  public LetterCase letterCase() {
    return letterCase;
  }

  /**
   * Returns the least number of code points.
   *
   * @return the minimum length, 0 by default
   */
  public long minLength() {
    return minLength;
  }

  /**
   * Returns the largest number of code points.
   *
   * @return the maximum length, or empty for no bound
   */
  public Optional<Long> maxLength() {
    return Optional.ofNullable(maxLength);
  }

  @Override
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  @Override
  public Optional<LinkageError> check(String value) {
    if (compiled != null) {
      try {
        return compiled.matcher(value).matches() ? Optional.empty() : Optional.of(LinkageError.VALUE_PATTERN);
      } catch (StackOverflowError e) {
        // a pattern that backtracks too deeply for this value's length
        return Optional.of(LinkageError.VALUE_PATTERN);
      }
    }
    long length = PythonText.length(value);
    if (length < minLength || (maxLength != null && length > maxLength)) {
      return Optional.of(LinkageError.VALUE_LENGTH);
    }
    boolean caseOk = switch (letterCase) {
      case UPPER -> value.toUpperCase(Locale.ROOT).equals(value);
      case LOWER -> value.toLowerCase(Locale.ROOT).equals(value);
      case MIXED -> true;
    };
    return caseOk ? Optional.empty() : Optional.of(LinkageError.VALUE_CASE);
  }

  @Override
  public String normalise(String value) {
    return value;
  }

  @Override
  public String toString() {
    return "StringFormat[" + encoding.id() + (pattern != null ? ", pattern" : ", " + letterCase) + "]";
  }
}
