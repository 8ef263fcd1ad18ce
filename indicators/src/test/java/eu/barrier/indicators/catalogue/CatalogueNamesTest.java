package eu.barrier.indicators.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.indicators.internal.CatalogueNames;
import org.junit.jupiter.api.Test;

final class CatalogueNamesTest {

  @Test
  void name_coreEnums_areLowerKebabAndRoundTrip() {
    assertThat(CatalogueNames.name(Agency.PERMIT_DESK)).isEqualTo("permit-desk");
    assertThat(CatalogueNames.name(Sector.NAIL_AND_BEAUTY_SALON)).isEqualTo("nail-and-beauty-salon");
    for (Agency agency : Agency.values()) {
      assertThat(CatalogueNames.fromName(Agency.class, CatalogueNames.name(agency))).isSameAs(agency);
    }
    for (Sector sector : Sector.values()) {
      assertThat(CatalogueNames.fromName(Sector.class, CatalogueNames.name(sector))).isSameAs(sector);
    }
  }

  @Test
  void fromName_constantNameOrUnknown_throws() {
    assertThatThrownBy(() -> CatalogueNames.fromName(Agency.class, "PERMIT_DESK"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CatalogueNames.fromName(Agency.class, "mayor")).isInstanceOf(IllegalArgumentException.class);
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
