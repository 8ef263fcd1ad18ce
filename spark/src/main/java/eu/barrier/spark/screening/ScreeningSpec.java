package eu.barrier.spark.screening;

import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.indicators.scoring.WeightedModel;
import eu.barrier.screening.Screening;
import eu.barrier.spark.ExecutorCache;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Screening} is built from, in a form that travels to the executors: the catalogues
 * (built-in ids or catalogue documents), the risk model and the lowest level a batch keeps. Each
 * executor compiles it once ({@link #screening()}), under the SHA-256 of this specification.
 *
 * <p>Immutable and serializable; the {@code with}-style methods return a copy.
 */
public final class ScreeningSpec implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One catalogue: a built-in id, or a document. */
  private record Source(String builtInId, byte[] document) implements Serializable {
    private static final long serialVersionUID = 1L;

    HashedCatalogue load() {
      return builtInId != null ? Catalogues.hashedBuiltIn(builtInId) : Catalogues.loadHashed(document);
    }
  }

  /** An ArrayList, not a List: the field's type must be serialisable (this specification travels). */
  private final ArrayList<Source> catalogues;
  private final String model;
  private final String keep;

  private ScreeningSpec(List<Source> catalogues, String model, String keep) {
    this.catalogues = new ArrayList<>(catalogues);
    this.model = model;
    this.keep = keep;
  }

  /**
   * Returns the specification of {@code Screening.builder().build()}: the default catalogues, the
   * {@code weighted} model, batches that keep {@code low} and higher.
   *
   * @return the specification
   */
  public static ScreeningSpec defaults() {
    return new ScreeningSpec(List.of(), WeightedModel.ID, Outcome.LOW.id());
  }

  /**
   * Adds a built-in catalogue; without any catalogue the defaults are used.
   *
   * @param id a built-in catalogue id
   * @return a copy
   * @throws IllegalArgumentException if there is no such built-in catalogue
   */
  public ScreeningSpec withBuiltIn(String id) {
    if (Catalogues.findBuiltIn(Objects.requireNonNull(id, "id")).isEmpty()) {
      throw new IllegalArgumentException("no built-in catalogue of this id");
    }
    return with(new Source(id, null));
  }

  /**
   * Adds a catalogue document (as a catalogue file holds it).
   *
   * @param document the UTF-8 document; copied
   * @return a copy
   */
  public ScreeningSpec withDocument(byte[] document) {
    return with(new Source(null, Objects.requireNonNull(document, "document").clone()));
  }

  private ScreeningSpec with(Source source) {
    List<Source> list = new ArrayList<>(catalogues);
    list.add(source);
    return new ScreeningSpec(list, model, keep);
  }

  /**
   * Sets the risk model.
   *
   * @param id the model id
   * @return a copy
   */
  public ScreeningSpec withModel(String id) {
    return new ScreeningSpec(catalogues, Objects.requireNonNull(id, "id"), keep);
  }

  /**
   * Sets the lowest level a batch keeps.
   *
   * @param level the level
   * @return a copy
   */
  public ScreeningSpec withKeep(Outcome level) {
    return new ScreeningSpec(catalogues, model, Objects.requireNonNull(level, "level").id());
  }

  /**
   * Builds the screening, without caching: the driver calls it to fail fast on a catalogue or model
   * the screening refuses.
   *
   * @return the screening
   * @throws eu.barrier.screening.ScreeningException as {@code Screening.Builder} does
   */
  public Screening build() {
    Screening.Builder b = Screening.builder().model(model).keep(Outcome.fromId(keep));
    for (Source s : catalogues) {
      b.catalogue(s.load());
    }
    return b.build();
  }

  /**
   * Returns the screening of this specification, compiled once per JVM ({@link ExecutorCache}).
   *
   * @return the screening
   */
  public Screening screening() {
    return ExecutorCache.get(Screening.class, sha256(), this::build);
  }

  /**
   * Returns the SHA-256 of this specification: the model, the kept level and each catalogue's id
   * or document.
   *
   * @return 64 hexadecimal digits
   */
  public String sha256() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((model + "\n" + keep + "\n").getBytes(StandardCharsets.UTF_8));
      for (Source s : catalogues) {
        if (s.builtInId() != null) {
          md.update(("built-in:" + s.builtInId() + "\n").getBytes(StandardCharsets.UTF_8));
        } else {
          md.update(("document:" + s.document().length + "\n").getBytes(StandardCharsets.UTF_8));
          md.update(s.document());
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  /**
   * Names the model, the kept level and the number of catalogues.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ScreeningSpec[model=" + model + ", keep=" + keep + ", catalogues="
        + (catalogues.isEmpty() ? "default" : String.valueOf(catalogues.size())) + "]";
  }
}
