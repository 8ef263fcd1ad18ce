package eu.barrier.indicators.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.json.BarrierJson;
import org.junit.jupiter.api.Test;

final class CatalogueNamesTest {

  @Test
  void name_coreEnums_areLowerKebabAndRoundTrip() {
    assertThat(BarrierJson.enumId(Agency.PERMIT_DESK)).isEqualTo("permit-desk");
    assertThat(BarrierJson.enumId(Sector.NAIL_AND_BEAUTY_SALON)).isEqualTo("nail-and-beauty-salon");
    for (Agency agency : Agency.values()) {
      assertThat(BarrierJson.enumFromId(Agency.class, BarrierJson.enumId(agency))).contains(agency);
    }
    for (Sector sector : Sector.values()) {
      assertThat(BarrierJson.enumFromId(Sector.class, BarrierJson.enumId(sector))).contains(sector);
    }
  }

  @Test
  void enumFromId_constantNameOrUnknown_empty() {
    assertThat(BarrierJson.enumFromId(Agency.class, "PERMIT_DESK")).isEmpty();
    assertThat(BarrierJson.enumFromId(Agency.class, "mayor")).isEmpty();
  }

  @Test
  void fromId_ownEnums_roundTripAndRejectUnknown() {
    for (Strength strength : Strength.values()) {
      assertThat(Strength.fromId(strength.id())).isSameAs(strength);
    }
    for (Category category : Category.values()) {
      assertThat(Category.fromId(category.id())).isSameAs(category);
      assertThat(category.isBarrier()).isNotEqualTo(category.isIloDimension());
    }
    for (Basis basis : Basis.values()) {
      assertThat(Basis.fromId(basis.id())).isSameAs(basis);
    }
    assertThatThrownBy(() -> Strength.fromId("STRONG")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("STRONG");
  }
}
