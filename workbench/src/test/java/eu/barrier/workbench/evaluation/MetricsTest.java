package eu.barrier.workbench.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class MetricsTest {

  @Test
  void rocAuc_handComputedCase_equalsMannWhitney() {
    // positives 0.9, 0.8, 0.6; negatives 0.7, 0.55, 0.4: wins 3 + 3 + 2 of 9 pairs
    double[] scores = {0.9, 0.8, 0.7, 0.6, 0.55, 0.4};
    boolean[] labels = {true, true, false, true, false, false};
    assertThat(Metrics.rocAuc(scores, labels)).isEqualTo(8.0 / 9.0);
  }

  @Test
  void rocAuc_ties_countHalf() {
    // pos 1 vs neg 1: tie (1/2), vs neg 0: win; pos 0 vs neg 1: loss, vs neg 0: tie (1/2) -> 2 / 4
    double[] scores = {1, 1, 0, 0};
    boolean[] labels = {true, false, true, false};
    assertThat(Metrics.rocAuc(scores, labels)).isEqualTo(0.5);
  }

  @Test
  void rocAuc_allTied_isOneHalf() {
    assertThat(Metrics.rocAuc(new double[] {3, 3, 3}, new boolean[] {true, false, false})).isEqualTo(0.5);
  }

  @Test
  void rocAuc_perfectAndReversed_areOneAndZero() {
    boolean[] labels = {true, true, false};
    assertThat(Metrics.rocAuc(new double[] {3, 2, 1}, labels)).isEqualTo(1.0);
    assertThat(Metrics.rocAuc(new double[] {1, 2, 3}, labels)).isEqualTo(0.0);
  }

  @Test
  void rocAuc_oneClassOnly_isNaN() {
    assertThat(Metrics.rocAuc(new double[] {1, 2}, new boolean[] {true, true})).isNaN();
  }

  @Test
  void averagePrecision_handComputedCase() {
    // ranks: P (precision 1/1), N, P (precision 2/3): AP = 1/2 * 1 + 1/2 * 2/3
    double[] scores = {0.9, 0.8, 0.7, 0.6};
    boolean[] labels = {true, false, true, false};
    assertThat(Metrics.averagePrecision(scores, labels)).isCloseTo(0.5 + 1.0 / 3.0, within(1e-12));
  }

  @Test
  void averagePrecision_tiedScores_formOneThreshold() {
    // one threshold holding 1 positive and 1 negative: precision 1/2 at recall 1
    assertThat(Metrics.averagePrecision(new double[] {1, 1}, new boolean[] {true, false})).isEqualTo(0.5);
  }

  @Test
  void confusion_knownFlags_givesKnownMatrix() {
    boolean[] flagged = {true, true, false, false, true, false};
    boolean[] labels = {true, false, true, false, true, false};
    ConfusionMatrix m = Metrics.confusion(flagged, labels);
    assertThat(m).isEqualTo(new ConfusionMatrix(2, 1, 2, 1));
    assertThat(m.precision()).isEqualTo(2.0 / 3.0);
    assertThat(m.recall()).isEqualTo(2.0 / 3.0);
    assertThat(m.f1()).isEqualTo(4.0 / 6.0);
    assertThat(m.falsePositiveRate()).isEqualTo(1.0 / 3.0);
    assertThat(m.flagRate()).isEqualTo(0.5);
  }

  @Test
  void confusion_nothingFlagged_precisionIsNaN() {
    ConfusionMatrix m = Metrics.confusion(new boolean[] {false, false}, new boolean[] {true, false});
    assertThat(m.precision()).isNaN();
    assertThat(m.recall()).isZero();
  }

  @Test
  void brierScore_handComputed() {
    // (0.8-1)^2 + (0.4-0)^2 = 0.04 + 0.16 -> mean 0.1
    assertThat(Metrics.brierScore(new double[] {0.8, 0.4}, new boolean[] {true, false})).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void likelihoodRatios_noZeroCell_usesTableAsItIs() {
    // sensitivity 6/10, specificity 80/100: LR+ = 0.6 / 0.2 = 3, LR- = 0.4 / 0.8 = 0.5
    double[] lr = Metrics.likelihoodRatios(6, 10, 20, 100);
    assertThat(lr[0]).isCloseTo(3.0, within(1e-12));
    assertThat(lr[1]).isCloseTo(0.5, within(1e-12));
    assertThat(lr[2]).isZero();
  }

  @Test
  void likelihoodRatios_zeroCell_addsOneHalfToEveryCell() {
    // a=5, b=0, c=5, d=100 -> 5.5, 0.5, 5.5, 100.5: sens 0.5, spec 100.5/101
    double[] lr = Metrics.likelihoodRatios(5, 10, 0, 100);
    assertThat(lr[0]).isCloseTo(0.5 / (0.5 / 101), within(1e-9));
    assertThat(lr[1]).isCloseTo(0.5 / (100.5 / 101), within(1e-12));
    assertThat(lr[2]).isEqualTo(1);
  }

  @Test
  void likelihoodRatios_countOutsideTotal_throws() {
    assertThatThrownBy(() -> Metrics.likelihoodRatios(11, 10, 0, 100)).isInstanceOf(IllegalArgumentException.class);
  }
}
