package eu.barrier.cli.screen;

import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.core.Language;
import eu.barrier.indicators.scoring.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the outputs of one screening need: what went in, how it was scored, and the ranked
 * establishments. The outputs depend on nothing else, so the same result gives the same bytes.
 *
 * @param demo the demo notice when this is the built-in synthetic data set, empty for real input
 * @param inputName a name for the input, for example the directory name
 * @param inputSha256 the SHA-256 of each input file, by file name
 * @param asOf the reference date
 * @param modelId the model id
 * @param modelParameters the model parameters of the first catalogue's model, sorted
 * @param catalogues the catalogues, in order
 * @param establishments the screened establishments, ranked
 * @param language the language of the explanations
 * @param barrierVersion the version of the barrier command
 */
public record ScreenResult(Optional<String> demo, String inputName, SortedMap<String, String> inputSha256,
    LocalDate asOf, String modelId, SortedMap<String, String> modelParameters, List<HashedCatalogue> catalogues,
    List<ScreenedEstablishment> establishments, Language language, String barrierVersion) {

  /** The label on every output of the demo. */
  public static final String DEMO_LABEL = "DEMO DATA — synthetic";

  /** The notice on every output. */
  public static final String NOTICE = "Signals for review by a trained person, never decisions.";

  /**
   * Checks and copies.
   *
   * @param demo the demo notice
   * @param inputName the input name
   * @param inputSha256 the input hashes
   * @param asOf the reference date
   * @param modelId the model id
   * @param modelParameters the model parameters
   * @param catalogues the catalogues
   * @param establishments the establishments
   * @param language the language
   * @param barrierVersion the version
   */
  public ScreenResult {
    Objects.requireNonNull(demo, "demo");
    Objects.requireNonNull(inputName, "inputName");
    inputSha256 = new TreeMap<>(inputSha256);
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(modelId, "modelId");
    modelParameters = new TreeMap<>(modelParameters);
    catalogues = List.copyOf(catalogues);
    establishments = List.copyOf(establishments);
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(barrierVersion, "barrierVersion");
  }

  /**
   * Counts the establishments at a level.
   *
   * @param level the level
   * @return the count
   */
  public long count(Outcome level) {
    return establishments.stream().filter(e -> e.level() == level).count();
  }

  /**
   * Returns the counts and the date; never a key.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ScreenResult[establishments=" + establishments.size() + ", asOf=" + asOf + "]";
  }
}
