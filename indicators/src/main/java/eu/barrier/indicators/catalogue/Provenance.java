package eu.barrier.indicators.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where a catalogue comes from and how far it was checked.
 *
 * @param verification how far the content was checked against primary sources
 * @param sources the source documents, in document order; never empty for a loaded catalogue
 * @param notes free-text notes on provenance and known gaps (English), if any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Provenance(Verification verification, List<SourceDocument> sources, Optional<String> notes) {

  /**
   * Checks for {@code null} and copies the list.
   *
   * @param verification the verification component
   * @param sources the sources component
   * @param notes the notes component
   * @throws NullPointerException if a component or a source is {@code null}
   */
  public Provenance {
    Objects.requireNonNull(verification, "verification");
    sources = List.copyOf(sources);
    Objects.requireNonNull(notes, "notes");
  }

  /**
   * Returns the source with the given id.
   *
   * @param id the source id
   * @return the source, or empty if none has this id
   */
  public Optional<SourceDocument> source(String id) {
    Objects.requireNonNull(id, "id");
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
