package eu.barrier.linkage.schema;

import eu.barrier.linkage.LinkageError;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One feature (column) of a linkage schema: hashed, with a format and hashing settings, or ignored.
 * An ignored feature still takes its place in the records and its slot of derived keys.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Feature {

  private final String identifier;
  private final String description;
  private final FeatureFormat format;
  private final FeatureHashing hashing;

  private Feature(String identifier, String description, FeatureFormat format, FeatureHashing hashing) {
    this.identifier = Objects.requireNonNull(identifier, "identifier");
    this.description = description;
    this.format = format;
    this.hashing = hashing;
  }

  static Feature hashed(String identifier, String description, FeatureFormat format, FeatureHashing hashing) {
    return new Feature(identifier, description, Objects.requireNonNull(format, "format"),
        Objects.requireNonNull(hashing, "hashing"));
  }

  static Feature ignored(String identifier, String description) {
    return new Feature(identifier, description, null, null);
  }

  /**
   * Returns the identifier, which is also the CSV column name.
   *
   * @return the identifier
   */
  public String identifier() {
    return identifier;
  }

  /**
   * Returns the feature's description, if any.
   *
   * @return the description
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Tells whether the feature is ignored: never validated, never hashed.
   *
   * @return whether it is ignored
   */
  public boolean ignored() {
    return hashing == null;
  }

  /**
   * Returns the format of a hashed feature.
   *
   * @return the format, empty for an ignored feature
   */
  public Optional<FeatureFormat> format() {
    return Optional.ofNullable(format);
  }

  /**
   * Returns the hashing settings of a hashed feature.
   *
   * @return the settings, empty for an ignored feature
   */
  public Optional<FeatureHashing> hashing() {
    return Optional.ofNullable(hashing);
  }

  /**
   * Returns the encoding of the feature's tokens: the string format's, else UTF-8.
   *
   * @return the encoding
   */
  public TextEncoding encoding() {
    return format instanceof StringFormat s ? s.encoding() : TextEncoding.UTF_8;
  }

  /**
   * Tells whether a value is the missing-value sentinel of this feature.
   *
   * @param value the value
   * @return whether it is exactly the sentinel
   */
  public boolean isMissing(String value) {
    return hashing != null && hashing.missingValue().map(m -> m.sentinel().equals(value)).orElse(false);
  }

  /**
   * Checks a value as clkhash validates it: nothing for an ignored feature or the missing-value
   * sentinel; otherwise the value must be encodable and satisfy the format, and a value compared
   * numerically must also be a finite number (clkhash would fail while hashing it).
   *
   * @param value the value as read
   * @return the broken rule, or empty if the value is valid
   */
  public Optional<LinkageError> check(String value) {
    Objects.requireNonNull(value, "value");
    if (hashing == null || isMissing(value)) {
      return Optional.empty();
    }
    if (!encoding().canEncode(value)) {
      return Optional.of(LinkageError.VALUE_ENCODING);
    }
    Optional<LinkageError> formatError = format.check(value);
    if (formatError.isPresent()) {
      return formatError;
    }
    if (hashing.comparison() instanceof NumericComparison && !NumericComparison.isNumber(format.normalise(value))) {
      return Optional.of(LinkageError.VALUE_NUMBER);
    }
    return Optional.empty();
  }

  /**
   * Returns the tokens of a valid value: the missing-value replacement, or the formatted value,
   * cut by the comparison.
   *
   * @param value a value {@link #check} accepts
   * @return the tokens; empty for an ignored feature
   */
  public List<String> tokens(String value) {
    if (hashing == null) {
      return List.of();
    }
    String formatted = isMissing(value) ? hashing.missingValue().orElseThrow().replaceWith() : format.normalise(value);
    return hashing.comparison().tokens(formatted);
  }

  @Override
  public String toString() {
    return "Feature[" + identifier + (hashing == null ? ", ignored" : ", " + format) + "]";
  }
}
