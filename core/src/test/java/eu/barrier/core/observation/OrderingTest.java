package eu.barrier.core.observation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.address.Country;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class OrderingTest {

  @Test
  void sortGradings_shuffledEuropol_strongestSourceThenInformationFirstUnknownSourceAboveUnreliable() {
    List<Grading> expected = new ArrayList<>();
    for (String s : List.of("A", "B", "X", "C")) {
      for (String i : GradingProperties.EUROPOL_INFO) {
        expected.add(Grading.of(GradingScheme.EUROPOL_4X4, s, i));
      }
    }
    List<Grading> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(7));
    shuffled.sort(Grading.STRONGEST_FIRST);
    assertThat(shuffled).containsExactlyElementsOf(expected);
    assertThat(shuffled.get(0)).isEqualTo(Grading.of(GradingScheme.EUROPOL_4X4, "A", "1"));
    assertThat(shuffled.get(shuffled.size() - 1)).isEqualTo(Grading.of(GradingScheme.EUROPOL_4X4, "C", "4"));
  }

  @Test
  void sortGradings_handlingCodeDiffers_ordersEqually() {
    Grading withHandling = Grading.of(GradingScheme.EUROPOL_4X4, "B", "2", "H3");
    Grading without = Grading.of(GradingScheme.EUROPOL_4X4, "B", "2");
    assertThat(Grading.STRONGEST_FIRST.compare(withHandling, without)).isZero();
  }

  @Test
  void sortGradings_ukScheme_numericSourceBeforeLetterInformation() {
    Grading a = Grading.of(GradingScheme.UK_3X5X2, "1", "E", "P");
    Grading b = Grading.of(GradingScheme.UK_3X5X2, "2", "A", "P");
    assertThat(Grading.STRONGEST_FIRST.compare(a, b)).isNegative();
  }

  @Test
  void country_ofEachAgency_matchesTheDomainNotes() {
    EnumSet<Agency> belgian = EnumSet.of(Agency.ARIEC, Agency.FEDERAL_POLICE, Agency.SOCIAL_INSPECTION);
    EnumSet<Agency> dutch = EnumSet.of(Agency.RIEC, Agency.NATIONAL_POLICE, Agency.ROYAL_MARECHAUSSEE,
        Agency.LABOUR_INSPECTION);
    for (Agency a : Agency.values()) {
      if (belgian.contains(a)) {
        assertThat(a.country()).as(a.name()).contains(Country.BE);
        assertThat(a.actsIn(Country.NL)).as(a.name()).isFalse();
      } else if (dutch.contains(a)) {
        assertThat(a.country()).as(a.name()).contains(Country.NL);
        assertThat(a.actsIn(Country.BE)).as(a.name()).isFalse();
      } else {
        assertThat(a.country()).as(a.name()).isEmpty();
        assertThat(a.actsIn(Country.BE) && a.actsIn(Country.NL)).as(a.name()).isTrue();
      }
    }
  }
}
