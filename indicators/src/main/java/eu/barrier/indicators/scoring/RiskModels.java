package eu.barrier.indicators.scoring;

import eu.barrier.indicators.catalogue.HashedCatalogue;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/** Compiles a risk model by id: {@value IloModel#ID} or {@value WeightedModel#ID}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RiskModels {

  /** The model ids, in the order they are documented. */
  public static final List<String> IDS = List.of(IloModel.ID, WeightedModel.ID);

  private RiskModels() {}

  /**
   * Compiles a model for a catalogue, with the model's defaults ({@code ilo-2009}: the catalogue's
   * {@link IloModel#defaultRule default outcome rule}; {@code weighted}: the catalogue's scoring
   * block or its defaults).
   *
   * @param modelId {@code ilo-2009} or {@code weighted}
   * @param catalogue the catalogue
   * @return the model
   * @throws IllegalArgumentException if the model id is unknown
   * @throws ScoringException if the model refuses the catalogue
   * @throws NullPointerException if an argument is {@code null}
   */
  public static RiskModel compile(String modelId, HashedCatalogue catalogue) {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(catalogue, "catalogue");
    switch (modelId) {
      case IloModel.ID:
        return IloModel.compile(catalogue);
      case WeightedModel.ID:
        return WeightedModel.compile(catalogue);
      default:
        throw new IllegalArgumentException("unknown model id; known ids: " + String.join(", ", IDS));
    }
  }
}
