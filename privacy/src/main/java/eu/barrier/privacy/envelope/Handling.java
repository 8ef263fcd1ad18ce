package eu.barrier.privacy.envelope;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The handling marking of a message: a TLP 2.0 level, the community for {@link Tlp#GREEN}, and
 * free handling statements in the manner of STIX statement markings (for example "no further
 * dissemination without the originator's consent").
 *
 * <p>Rules (checked by {@link #of}): a community is named for GREEN and only for GREEN; at most
 * {@value #MAX_STATEMENTS} statements; every text is 1 to {@value #MAX_TEXT_LENGTH} characters
 * without control characters.
 *
 * @param tlp the TLP level
 * @param community the community for GREEN, otherwise {@code null}
 * @param statements the handling statements, possibly empty
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Handling(Tlp tlp, String community, List<String> statements) {

  /** The most statements. */
  public static final int MAX_STATEMENTS = 16;

  /** The longest community or statement text. */
  public static final int MAX_TEXT_LENGTH = 512;

  /**
   * Checks the rules and copies the list.
   *
   * @param tlp the TLP level
   * @param community the community for GREEN, otherwise {@code null}
   * @param statements the handling statements
   * @throws EnvelopeException with {@code ENVELOPE_FIELD} if a rule is broken
   */
  public Handling {
    Objects.requireNonNull(tlp, "tlp");
    statements = List.copyOf(Objects.requireNonNull(statements, "statements"));
    if ((tlp == Tlp.GREEN) != (community != null)) {
      throw EnvelopeException.field("handling.community: named for GREEN and only for GREEN");
    }
    if (community != null && !Texts.isValidText(community, MAX_TEXT_LENGTH)) {
      throw EnvelopeException.field("handling.community: 1 to 512 characters without control characters");
    }
    if (statements.size() > MAX_STATEMENTS) {
      throw EnvelopeException.field("handling.statements: at most 16");
    }
    for (int i = 0; i < statements.size(); i++) {
      if (!Texts.isValidText(statements.get(i), MAX_TEXT_LENGTH)) {
        throw EnvelopeException.field("handling.statements[" + i + "]: 1 to 512 characters without control characters");
      }
    }
  }

  /**
   * A marking without community or statements.
   *
   * @param tlp any level but GREEN
   * @return the marking
   */
  public static Handling of(Tlp tlp) {
    return new Handling(tlp, null, List.of());
  }

  /**
   * A marking with statements.
   *
   * @param tlp any level but GREEN
   * @param statements the handling statements
   * @return the marking
   */
  public static Handling of(Tlp tlp, List<String> statements) {
    return new Handling(tlp, null, statements);
  }

  /**
   * A GREEN marking for a named community.
   *
   * @param community the community, for example {@code RIEC Limburg partners}
   * @param statements the handling statements
   * @return the marking
   */
  public static Handling green(String community, List<String> statements) {
    return new Handling(Tlp.GREEN, Objects.requireNonNull(community, "community"), statements);
  }

  /**
   * Returns the community.
   *
   * @return the community for GREEN, otherwise empty
   */
  public Optional<String> communityName() {
    return Optional.ofNullable(community);
  }

  /**
   * Returns the level and the number of statements; texts are left out.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Handling[tlp=" + tlp.label() + ", statements=" + statements.size() + "]";
  }
}
