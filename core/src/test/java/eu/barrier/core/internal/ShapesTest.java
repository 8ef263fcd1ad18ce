package eu.barrier.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueChars;
import org.junit.jupiter.api.Test;

final class ShapesTest {

  @Property
  void isKey_anyText_agreesWithTheKeyPattern(@ForAll @StringLength(max = 40) String text) {
    assertThat(Shapes.isKey(text)).isEqualTo(text.matches(Shapes.KEY));
  }

  @Property
  void isKey_textNearTheKeyAlphabet_agreesWithTheKeyPattern(
      @ForAll @StringLength(max = 20) @Chars({'.', '_', ':', '-', '/', ' ', '@', '`', '[', '{', 'é'})
      @CharRange(from = '+', to = '~') String text) {
    assertThat(Shapes.isKey(text)).isEqualTo(text.matches(Shapes.KEY));
  }

  @Property
  void isKey_onlyKeyCharacters_isTrue(
      @ForAll @UniqueChars @StringLength(min = 1, max = 30) @Chars({'.', '_', ':', '-'})
      @CharRange(from = 'a', to = 'z') @CharRange(from = 'A', to = 'Z') @CharRange(from = '0', to = '9')
      String text) {
    assertThat(Shapes.isKey(text)).isTrue();
  }

  @Test
  void isKey_establishmentKeyAndBorderCharacters_asThePatternSays() {
    assertThat(Shapes.isKey("be-establishment:2123456789")).isTrue();
    assertThat(Shapes.isKey("a/b")).isFalse();
    assertThat(Shapes.isKey("é")).isFalse();
    assertThat(Shapes.isKey("")).isTrue();
  }
}
