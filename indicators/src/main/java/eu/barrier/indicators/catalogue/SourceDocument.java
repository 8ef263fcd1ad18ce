package eu.barrier.indicators.catalogue;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A source document a catalogue's content comes from.
 *
 * @param id a lower-kebab key, unique in the catalogue, that indicators use to cite this source
 * @param title the document's title
 * @param url where the document can be found, if it has a public address
 * @param date the publication date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, if known
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SourceDocument(String id, String title, Optional<String> url, Optional<String> date) {

  /**
   * Checks for {@code null}.
   *
   * @param id the id component
   * @param title the title component
   * @param url the url component
   * @param date the date component
   * @throws NullPointerException if a component is {@code null}
   */
  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(date, "date");
  }
}
