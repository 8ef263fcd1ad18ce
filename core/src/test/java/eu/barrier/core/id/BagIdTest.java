package eu.barrier.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.CoreError;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class BagIdTest {

  // the paired ids of the Kadaster BAG client example (research/ecosystem.md A.7)
  @ParameterizedTest
  @CsvSource({"0629200000004591, NUMMERAANDUIDING", "0629010000004591, VERBLIJFSOBJECT",
      "0363100012345678, PAND", "0363300000000001, OPENBARE_RUIMTE", "0363020000000001, LIGPLAATS",
      "0363030000000001, STANDPLAATS"})
  void parse_eachObjectType_readsItsParts(String id, BagObjectType type) {
    BagId bag = BagId.parse(id);

    assertThat(bag.objectType()).isEqualTo(type);
    assertThat(bag.municipalityCode()).isEqualTo(id.substring(0, 4));
    assertThat(bag.serial()).isEqualTo(id.substring(6));
    assertThat(bag.canonical()).isEqualTo(id).isEqualTo(bag.display());
    assertThat(bag.toString()).doesNotContain(id.substring(6));
  }

  @Test
  void parse_writtenWithSeparators_givesTheSameId() {
    assertThat(BagId.parse("0629 20 0000004591")).isEqualTo(BagId.parse("0629200000004591"));
  }

  @Test
  void parse_unknownObjectType_failsWithCode0009() {
    assertThatThrownBy(() -> BagId.parse("0629400000004591"))
        .isInstanceOfSatisfying(BagId.InvalidBagIdException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(CoreError.ID_BAG_OBJECT_TYPE);
          assertThat(e.getMessage()).doesNotContain("4591");
        });
  }

  @Test
  void parse_wrongLength_failsWithCode0004() {
    assertThatThrownBy(() -> BagId.parse("062920000000459")).isInstanceOfSatisfying(BagId.InvalidBagIdException.class,
        e -> assertThat(e.errorCode()).isEqualTo(CoreError.ID_WRONG_LENGTH));
  }

  @Property
  void isValid_agreesWithParse(@ForAll @LongRange(min = 0, max = 9_999_999_999_999_999L) long n) {
    String text = String.format(java.util.Locale.ROOT, "%016d", n);
    boolean valid = BagId.isValid(text);
    assertThat(valid).isEqualTo(BagObjectType.of(text.substring(4, 6)).isPresent());
    if (valid) {
      assertThat(BagId.parse(text).canonical()).isEqualTo(text);
    }
  }
}
