package eu.barrier.indicators.scoring;

import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import org.apiguardian.api.API;

/**
 * The evidence factor the {@code weighted} model gives an observation, from its intelligence
 * grading, in thousandths: the product of a source factor and an information factor. Table
 * {@value #TABLE_ID}; a changed table gets a new id, which appears in every assessment's provenance.
 *
 * <table>
 *   <caption>Factors (thousandths)</caption>
 *   <tr><th>scheme</th><th>source axis</th><th>information axis</th></tr>
 *   <tr><td>ungraded</td><td colspan="2">1000 in total: the observing agency's own finding</td></tr>
 *   <tr><td>europol-4x4</td><td>A 1000, B 800, X 500, C 300</td><td>1 1000, 2 800, 3 600, 4 300</td></tr>
 *   <tr><td>admiralty-6x6</td><td>A 1000, B 800, C 600, F 500, D 300, E 100</td>
 *       <td>1 1000, 2 800, 3 600, 6 500, 4 300, 5 100</td></tr>
 *   <tr><td>uk-3x5x2</td><td>1 1000, 2 500, 3 200</td><td>A 1000, B 800, C 600, D 300, E 0</td></tr>
 * </table>
 *
 * <p>The factor is {@code source × information / 1000}, always a whole number. For example Europol
 * {@code B2} is 800 × 800 / 1000 = 640. Handling codes do not change the factor. A grading is never
 * converted from one scheme to another. "Cannot be judged" codes (Europol {@code X}, Admiralty
 * {@code F} and {@code 6}) sit in the middle; UK {@code E} (suspected false) counts nothing.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EvidenceFactors {

  /** The id of this table in model parameters. */
  public static final String TABLE_ID = "barrier-evidence-v1";

  /** The factor of an observation without grading. */
  public static final int UNGRADED = 1000;

  private EvidenceFactors() {}

  /**
   * Returns the evidence factor of a grading.
   *
   * @param grading the grading, or {@code null} for an ungraded observation
   * @return the factor in thousandths, 0 to 1000
   * @throws IllegalArgumentException if the grading is not valid in its scheme
   */
  public static int permille(Grading grading) {
    if (grading == null) {
      return UNGRADED;
    }
    GradingScheme scheme = grading.scheme();
    if (scheme == null || !grading.isValidForScheme() || grading.source() == null || grading.information() == null) {
      throw new IllegalArgumentException("the grading is not valid in its scheme");
    }
    return source(scheme, grading.source()) * information(scheme, grading.information()) / 1000;
  }

  private static int source(GradingScheme scheme, String code) {
    switch (scheme) {
      case EUROPOL_4X4:
        return pick(code, "ABXC", 1000, 800, 500, 300);
      case ADMIRALTY_6X6:
        return pick(code, "ABCFDE", 1000, 800, 600, 500, 300, 100);
      default:
        return pick(code, "123", 1000, 500, 200);
    }
  }

  private static int information(GradingScheme scheme, String code) {
    switch (scheme) {
      case EUROPOL_4X4:
        return pick(code, "1234", 1000, 800, 600, 300);
      case ADMIRALTY_6X6:
        return pick(code, "123645", 1000, 800, 600, 500, 300, 100);
      default:
        return pick(code, "ABCDE", 1000, 800, 600, 300, 0);
    }
  }

  private static int pick(String code, String codes, int... factors) {
    int i = code.length() == 1 ? codes.indexOf(code.charAt(0)) : -1;
    if (i < 0) {
      throw new IllegalArgumentException("the grading is not valid in its scheme");
    }
    return factors[i];
  }
}
