package eu.barrier.indicators.catalogue;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A catalogue version {@code MAJOR.MINOR.PATCH} (Semantic Versioning 2.0.0 without pre-release or
 * build parts).
 *
 * <p>A published catalogue version is never edited in place: a change of strengths or indicator
 * ids raises MAJOR, new indicators raise MINOR, wording fixes raise PATCH. Versions order
 * numerically.
 *
 * @param major the major version, {@code >= 0}
 * @param minor the minor version, {@code >= 0}
 * @param patch the patch version, {@code >= 0}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

  private static final Pattern PATTERN =
      Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  private static final Comparator<SemanticVersion> ORDER = Comparator.comparingInt(SemanticVersion::major)
      .thenComparingInt(SemanticVersion::minor)
      .thenComparingInt(SemanticVersion::patch);

  /**
   * Checks the parts.
   *
   * @param major the major component
   * @param minor the minor component
   * @param patch the patch component
   * @throws IllegalArgumentException if a part is negative
   */
  public SemanticVersion {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version parts are never negative");
    }
  }

  /**
   * Tells whether a text is a valid version: three dot-separated numbers without leading zeros,
   * each at most nine digits.
   *
   * @param text the text
   * @return {@code true} if {@link #parse(CharSequence)} accepts it
   * @throws NullPointerException if {@code text} is {@code null}
   */
  public static boolean isValid(CharSequence text) {
    return PATTERN.matcher(Objects.requireNonNull(text, "text")).matches();
  }

  /**
   * Parses a version such as {@code 1.0.0}.
   *
   * @param text the text
   * @return the version
   * @throws IllegalArgumentException if {@link #isValid(CharSequence)} is {@code false}
   * @throws NullPointerException if {@code text} is {@code null}
   */
  public static SemanticVersion parse(CharSequence text) {
    if (!isValid(text)) {
      throw new IllegalArgumentException("a version is MAJOR.MINOR.PATCH without leading zeros");
    }
    String[] parts = text.toString().split("\\.", -1);
    return new SemanticVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
  }

  @Override
  public int compareTo(SemanticVersion other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the version as {@code MAJOR.MINOR.PATCH}.
   *
   * @return the version text
   */
  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
