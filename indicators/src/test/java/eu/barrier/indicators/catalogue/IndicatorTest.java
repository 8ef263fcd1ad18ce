package eu.barrier.indicators.catalogue;

import eu.barrier.core.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class IndicatorTest {

  private static Indicator indicator(Set<Agency> agencies, LocalizedText description) {
    return new Indicator("T-01", LocalizedText.of("a", "b", "c"), description, Category.WORK, Strength.WEAK,
        agencies, Set.of(), Basis.CONDITION, List.of(), List.of(), Optional.empty());
  }

  @Test
  void constructor_noAgency_throws() {
    assertThatThrownBy(() -> indicator(Set.of(), LocalizedText.of("a", "b", "c")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_descriptionWithoutEnglish_throws() {
    assertThatThrownBy(() -> indicator(Set.of(Agency.CARE), LocalizedText.of(Map.of(Language.NL, "x"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void observedBy_isInEnumOrderAndUnmodifiable() {
    Indicator indicator = indicator(Set.of(Agency.CARE, Agency.PERMIT_DESK), LocalizedText.of("a", "b", "c"));

    assertThat(indicator.observedBy()).containsExactly(Agency.PERMIT_DESK, Agency.CARE);
    assertThat(indicator.appliesTo(Sector.BETTING)).isTrue();
    assertThatThrownBy(() -> indicator.observedBy().add(Agency.RIEC)).isInstanceOf(UnsupportedOperationException.class);
  }
}
