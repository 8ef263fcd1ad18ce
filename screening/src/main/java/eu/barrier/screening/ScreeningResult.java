package eu.barrier.screening;

import eu.barrier.indicators.catalogue.SemanticVersion;
import eu.barrier.indicators.scoring.Outcome;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The result of screening a batch: what went in, how it was scored, how many establishments
 * reached each level, and the establishments at or above {@link #keptFrom()}, ranked. The others
 * are counted, not kept, so a nightly run over every establishment of the country stays small.
 *
 * <p>{@link ScreeningResults} writes it as the published results document and reads it back to an
 * equal object.
 *
 * @param asOf the reference date
 * @param modelId the risk model id
 * @param catalogues the catalogues used, in screening order
 * @param keptFrom the lowest level kept in {@link #establishments()}
 * @param counts the number of establishments at each level of the model: every level present, even
 *     with 0
 * @param establishments the establishments at or above {@code keptFrom}, ranked (see {@link
 *     Screening#ranking()})
 * @param libraryVersion the version of {@code barrier-screening}
 * @param source what was screened: a name and the SHA-256 of each input file, if known
 * @param demoLabel the label of a demonstration run on synthetic data, empty for real data
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ScreeningResult(LocalDate asOf, String modelId, List<CatalogueUse> catalogues, Outcome keptFrom,
    Map<Outcome, Long> counts, List<ScreenedEstablishment> establishments, String libraryVersion,
    Optional<Source> source, Optional<String> demoLabel) {

  /** The notice carried by every output of a screening. */
  public static final String NOTICE = "Signals for review by a trained person, never decisions.";

  /** The levels of the weighted model, highest first. */
  static final List<Outcome> LEVELS = List.of(Outcome.HIGH, Outcome.MEDIUM, Outcome.LOW, Outcome.NONE);

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /**
   * A catalogue as a screening used it.
   *
   * @param id the catalogue id
   * @param version its version
   * @param sha256 the SHA-256 of its document
   * @param parameters every parameter of its compiled model, sorted by name
   */
  public record CatalogueUse(String id, SemanticVersion version, String sha256, SortedMap<String, String> parameters) {

    /**
     * Checks and copies.
     *
     * @param id the id
     * @param version the version
     * @param sha256 the hash
     * @param parameters the parameters
     */
    public CatalogueUse {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(version, "version");
      if (!HEX64.matcher(Objects.requireNonNull(sha256, "sha256")).matches()) {
        throw new IllegalArgumentException("sha256 must be 64 lower-case hexadecimal digits");
      }
      parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }

    /**
     * Returns {@code id@version}, the reference reasons use.
     *
     * @return the reference
     */
    public String reference() {
      return id + "@" + version;
    }
  }

  /**
   * What was screened.
   *
   * @param name a name for the input, for example the directory name; never a path with personal data
   * @param sha256 the SHA-256 of each input file, by file name
   */
  public record Source(String name, SortedMap<String, String> sha256) {

    /**
     * Checks and copies.
     *
     * @param name the name
     * @param sha256 the hashes
     */
    public Source {
      Objects.requireNonNull(name, "name");
      sha256 = Collections.unmodifiableSortedMap(new TreeMap<>(sha256));
      for (String h : sha256.values()) {
        if (!HEX64.matcher(h).matches()) {
          throw new IllegalArgumentException("sha256 values are 64 lower-case hexadecimal digits");
        }
      }
    }
  }

  /**
   * Checks and copies.
   *
   * @param asOf the reference date
   * @param modelId the model id
   * @param catalogues the catalogues
   * @param keptFrom the lowest level kept
   * @param counts the counts per level
   * @param establishments the kept establishments, ranked
   * @param libraryVersion the library version
   * @param source the source
   * @param demoLabel the demo label
   * @throws IllegalArgumentException if a kept establishment is below {@code keptFrom}, the counts
   *     miss a level or are negative, or fewer establishments are counted than kept at a level
   */
  public ScreeningResult {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(modelId, "modelId");
    catalogues = List.copyOf(catalogues);
    Objects.requireNonNull(keptFrom, "keptFrom");
    EnumMap<Outcome, Long> copy = new EnumMap<>(Outcome.class);
    for (Outcome level : LEVELS) {
      Long n = counts.get(level);
      if (n == null || n < 0) {
        throw new IllegalArgumentException("counts hold every level with a count of 0 or more");
      }
      copy.put(level, n);
    }
    if (copy.size() != counts.size()) {
      throw new IllegalArgumentException("counts hold the levels of the weighted model only");
    }
    counts = Collections.unmodifiableMap(copy);
    establishments = List.copyOf(establishments);
    EnumMap<Outcome, Long> kept = new EnumMap<>(Outcome.class);
    for (ScreenedEstablishment e : establishments) {
      if (!e.level().isAtLeast(keptFrom)) {
        throw new IllegalArgumentException("kept establishments are at or above keptFrom");
      }
      kept.merge(e.level(), 1L, Long::sum);
    }
    for (Map.Entry<Outcome, Long> k : kept.entrySet()) {
      Long counted = copy.get(k.getKey());
      if (counted == null || counted < k.getValue()) {
        throw new IllegalArgumentException("every kept establishment is counted at its level");
      }
    }
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(demoLabel, "demoLabel");
  }

  /**
   * Returns the number of establishments screened.
   *
   * @return the sum of the counts
   */
  public long total() {
    long sum = 0;
    for (long n : counts.values()) {
      sum += n;
    }
    return sum;
  }

  /**
   * Returns the number of establishments at a level.
   *
   * @param level a level of the weighted model
   * @return the count; 0 for any other outcome
   */
  public long count(Outcome level) {
    return counts.getOrDefault(level, 0L);
  }

  /**
   * Returns this result with a source.
   *
   * @param source the source
   * @return a new result
   */
  public ScreeningResult withSource(Source source) {
    return new ScreeningResult(asOf, modelId, catalogues, keptFrom, counts, establishments, libraryVersion,
        Optional.of(source), demoLabel);
  }

  /**
   * Returns this result labelled as a demonstration on synthetic data.
   *
   * @param label the label shown on every output
   * @return a new result
   */
  public ScreeningResult withDemoLabel(String label) {
    return new ScreeningResult(asOf, modelId, catalogues, keptFrom, counts, establishments, libraryVersion, source,
        Optional.of(label));
  }

  /**
   * Returns the counts and the date; never a key.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ScreeningResult[total=" + total() + ", kept=" + establishments.size() + ", asOf=" + asOf + "]";
  }
}
