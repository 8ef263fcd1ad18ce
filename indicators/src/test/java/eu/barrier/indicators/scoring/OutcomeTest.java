package eu.barrier.indicators.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class OutcomeTest {

  @Test
  void rank_weightedLevels_noneLowMediumHigh() {
    assertThat(List.of(Outcome.NONE, Outcome.LOW, Outcome.MEDIUM, Outcome.HIGH))
        .extracting(Outcome::rank).containsExactly(0, 1, 2, 3);
  }

  @Test
  void rank_iloOutcomes_sameTiersAsWeighted() {
    assertThat(Outcome.DIMENSION_SIGNAL.rank()).isEqualTo(Outcome.LOW.rank());
    assertThat(Outcome.EXPLOITATION_SIGNAL.rank()).isEqualTo(Outcome.MEDIUM.rank());
    assertThat(Outcome.PRESUMED_TRAFFICKING.rank()).isEqualTo(Outcome.HIGH.rank());
  }

  @Test
  void sortByRank_shuffled_lowestFirst() {
    List<Outcome> list = new ArrayList<>(List.of(Outcome.HIGH, Outcome.NONE, Outcome.MEDIUM, Outcome.LOW));
    list.sort(Outcome.BY_RANK);
    assertThat(list).containsExactly(Outcome.NONE, Outcome.LOW, Outcome.MEDIUM, Outcome.HIGH);
  }

  @Test
  void isAtLeast_mediumThreshold_onlyMediumAndHigh() {
    assertThat(Outcome.HIGH.isAtLeast(Outcome.MEDIUM)).isTrue();
    assertThat(Outcome.MEDIUM.isAtLeast(Outcome.MEDIUM)).isTrue();
    assertThat(Outcome.LOW.isAtLeast(Outcome.MEDIUM)).isFalse();
    assertThat(Outcome.NONE.isAtLeast(Outcome.MEDIUM)).isFalse();
  }

  @Test
  void fromId_everyId_roundTrips() {
    for (Outcome o : Outcome.values()) {
      assertThat(Outcome.fromId(o.id())).isEqualTo(o);
    }
    assertThatIllegalArgumentException().isThrownBy(() -> Outcome.fromId("HIGH"));
  }
}
