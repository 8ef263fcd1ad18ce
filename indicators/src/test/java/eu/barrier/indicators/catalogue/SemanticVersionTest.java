package eu.barrier.indicators.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SemanticVersionTest {

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1.0.0.0", "01.0.0", "1.00.0", "1.0.0-rc1", "v1.0.0", "", " 1.0.0", "1.0.1234567890"})
  void parse_invalidText_throws(String text) {
    assertThat(SemanticVersion.isValid(text)).isFalse();
    assertThatThrownBy(() -> SemanticVersion.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0", "1.0.0", "10.20.30", "999999999.0.1"})
  void parse_validText_roundTrips(String text) {
    assertThat(SemanticVersion.parse(text).toString()).isEqualTo(text);
  }

  @Property
  void compareTo_ordersNumerically(@ForAll @IntRange(max = 1000) int a, @ForAll @IntRange(max = 1000) int b) {
    SemanticVersion x = new SemanticVersion(1, a, 0);
    SemanticVersion y = new SemanticVersion(1, b, 0);

    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(Integer.compare(a, b)));
    assertThat(new SemanticVersion(2, 0, 0)).isGreaterThan(new SemanticVersion(1, 999, 999));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1})
  void constructor_negativePart_throws(int part) {
    assertThatThrownBy(() -> new SemanticVersion(part, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
