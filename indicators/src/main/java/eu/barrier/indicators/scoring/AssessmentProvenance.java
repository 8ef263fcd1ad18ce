package eu.barrier.indicators.scoring;

import eu.barrier.indicators.catalogue.SemanticVersion;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Everything needed to reproduce an assessment: the catalogue (id, version, SHA-256 of its
 * document), the model (id and every parameter), the library version and the reference date.
 *
 * @param catalogueId the catalogue id
 * @param catalogueVersion the catalogue version
 * @param catalogueSha256 the SHA-256 of the catalogue document, lower-case hexadecimal
 * @param modelId the model id, {@code ilo-2009} or {@code weighted}
 * @param modelParameters every parameter of the model, sorted by name
 * @param libraryVersion the version of {@code barrier-indicators}
 * @param asOf the reference date: observations that start after it are ignored, ages count to it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AssessmentProvenance(String catalogueId, SemanticVersion catalogueVersion, String catalogueSha256,
    String modelId, SortedMap<String, String> modelParameters, String libraryVersion, LocalDate asOf) {

  /**
   * Checks and copies.
   *
   * @param catalogueId the catalogueId component
   * @param catalogueVersion the catalogueVersion component
   * @param catalogueSha256 the catalogueSha256 component
   * @param modelId the modelId component
   * @param modelParameters the modelParameters component
   * @param libraryVersion the libraryVersion component
   * @param asOf the asOf component
   * @throws NullPointerException if a component is {@code null}
   */
  public AssessmentProvenance {
    Objects.requireNonNull(catalogueId, "catalogueId");
    Objects.requireNonNull(catalogueVersion, "catalogueVersion");
    Objects.requireNonNull(catalogueSha256, "catalogueSha256");
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    Objects.requireNonNull(asOf, "asOf");
    modelParameters = Collections.unmodifiableSortedMap(new TreeMap<>((Map<String, String>) modelParameters));
  }
}
