package eu.barrier.indicators.scoring;

import eu.barrier.core.BarrierException;
import eu.barrier.indicators.IndicatorsError;
import org.apiguardian.api.API;

/**
 * Thrown when a risk model refuses a catalogue or a subject: the catalogue has lint errors, is
 * reference-only, has provisional strengths where the model needs rated ones, is not a catalogue
 * the model understands, or a subject's kind differs from the catalogue's (person-level and
 * business-level data are never mixed in one score). The code is one of {@code BARRIER-IND-03xx};
 * the message names the rule, the catalogue and the dimensions concerned, never subject data.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ScoringException extends BarrierException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error the rule broken, a {@code 03xx} code
   * @param detail what was refused and why
   */
  public ScoringException(IndicatorsError error, String detail) {
    super(error, detail);
  }
}
