package eu.barrier.cases.procedure;

import eu.barrier.indicators.scoring.Outcome;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * How often the decisions agreed with the score band of the assessment in their case, per band:
 * the figure to watch for automation bias (research §3.5 point 8). A decision agrees when it
 * takes a measure (anything but a plain grant) at a signal of {@code medium} or higher, or grants
 * below {@code medium}. Holds no personal data.
 *
 * @param bands agreement and disagreement per level of the signal, every level present
 * @param withoutAssessment decisions in cases without a risk assessment
 * @param notOnTheMerits decisions not on the merits (not processed)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AgreementReport(Map<Outcome, Band> bands, long withoutAssessment, long notOnTheMerits) {

  /**
   * Copies.
   *
   * @param bands the bands
   * @param withoutAssessment the decisions without an assessment
   * @param notOnTheMerits the decisions not on the merits
   */
  public AgreementReport {
    bands = Map.copyOf(bands);
  }

  /**
   * The decisions at one score band.
   *
   * @param agree the decisions that agree with the band
   * @param disagree the decisions that disagree
   */
  public record Band(long agree, long disagree) {

    /**
     * Returns the share of decisions that disagree.
     *
     * @return between 0 and 1; 0 without decisions
     */
    public double disagreementRate() {
      long n = agree + disagree;
      return n == 0 ? 0 : (double) disagree / n;
    }
  }
}
