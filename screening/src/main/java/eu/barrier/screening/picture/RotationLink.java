package eu.barrier.screening.picture;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Why two pseudonyms are one {@link Entity}: signal reports that named the subject by {@code
 * pseudonym} (under the current key of a shared key set) carried {@code alias} (its pseudonym under
 * a still-recognised earlier key of the same set) as a rotation alias. The sender asserted the
 * link during the rotation overlap; the recipient cannot check it, so every link names its
 * messages.
 *
 * <p>Pseudonyms are personal data of the recipient; {@link #toString()} leaves them out.
 *
 * @param pseudonym the pseudonym the reports named the subject by
 * @param alias the rotation alias they carried beside it
 * @param sources the message ids of those reports, sorted
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RotationLink(String pseudonym, String alias, List<String> sources) {

  /**
   * Checks for {@code null} and copies.
   *
   * @param pseudonym the pseudonym
   * @param alias the alias
   * @param sources the message ids
   */
  public RotationLink {
    Objects.requireNonNull(pseudonym, "pseudonym");
    Objects.requireNonNull(alias, "alias");
    sources = List.copyOf(sources);
  }

  /**
   * Returns the number of sources; the pseudonyms are left out.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "RotationLink[redacted, sources=" + sources.size() + "]";
  }
}
