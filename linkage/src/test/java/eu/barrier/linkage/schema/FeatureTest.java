package eu.barrier.linkage.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

final class FeatureTest {

  @Test
  void ngram_astralCodePoints_areOneCharacterEach() {
    assertThat(new NgramComparison(2, false).tokens("😀x")).containsExactly(" 😀", "😀x", "x ");
    assertThat(new NgramComparison(2, true).tokens("jan")).containsExactly("1  j", "2 ja", "3 an", "4 n ");
    assertThat(new NgramComparison(1, true).tokens("19")).containsExactly("1 1", "2 9");
    assertThat(new NgramComparison(3, false).tokens("")).isEmpty();
    assertThat(new ExactComparison().tokens("Jan de Vries")).containsExactly("Jan de Vries");
  }

  @Test
  void textEncoding_pythonCodecs_writeAMarkPerToken() {
    assertThat(TextEncoding.UTF_16.encode("ab")).containsExactly(0xFF, 0xFE, 'a', 0, 'b', 0);
    assertThat(TextEncoding.UTF_32.encode("a")).containsExactly(0xFF, 0xFE, 0, 0, 'a', 0, 0, 0);
    assertThat(TextEncoding.ASCII.canEncode("é")).isFalse();
    assertThat(TextEncoding.UTF_8.canEncode("\uD800")).isFalse();
    assertThat(TextEncoding.UTF_8.canEncode("😀")).isTrue();
  }

  @Test
  void numeric_clkhashDocstringExample_givesItsTokens() {
    // comparators.py: threshold 8, resolution 2: x = 25 gives [88, 96, 104, 112, 120]
    NumericComparison c = new NumericComparison(8, 2, 0, BigInteger.valueOf(8));
    assertThat(c.tokens("25")).containsExactly("88", "96", "104", "112", "120");
    assertThat(NumericComparison.isNumber("inf")).isFalse();
    assertThat(NumericComparison.isNumber(" 1_000 ")).isTrue();
  }

  @Property(tries = 300)
  void bitsPerFeature_anyTokenCount_sharesTheBitsFrontFirst(@ForAll @IntRange(min = 1, max = 500) int bits,
      @ForAll @IntRange(min = 0, max = 60) int tokens) {
    int[] ks = new BitsPerFeature(bits).bitsPerToken(tokens);
    assertThat(ks).hasSize(tokens);
    if (tokens > 0) {
      assertThat(java.util.Arrays.stream(ks).sum()).isEqualTo(bits);
      for (int i = 1; i < tokens; i++) {
        assertThat(ks[i]).isLessThanOrEqualTo(ks[i - 1]).isGreaterThanOrEqualTo(ks[0] - 1);
      }
    }
  }

  @Test
  void check_missingSentinel_skipsValidationAndUsesReplacement() {
    Feature f = Feature.hashed("age", null, new IntegerFormat(BigInteger.ZERO, BigInteger.TEN, null),
        new FeatureHashing(new BlakeHash(), new ExactComparison(), new BitsPerToken(5),
            java.util.Optional.of(new MissingValue("NA", "7"))));
    assertThat(f.check("NA")).isEmpty();
    assertThat(f.tokens("NA")).containsExactly("7");
    assertThat(f.check("11")).contains(eu.barrier.linkage.LinkageError.VALUE_RANGE);
    assertThat(f.tokens("+007")).isEqualTo(List.of("7"));
  }
}
