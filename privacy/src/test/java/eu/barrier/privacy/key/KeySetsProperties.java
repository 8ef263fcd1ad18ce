package eu.barrier.privacy.key;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.InsecureSecretAccess;
import java.security.SecureRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

final class KeySetsProperties {

  private static final String VALID = KeySets.write(
      KeySet.generate(new SecureRandom()).rotate(new SecureRandom()), InsecureSecretAccess.get());

  @Property(tries = 1000)
  void parse_mutatedFile_givesKeySetOrTypedExceptionOnly(@ForAll @IntRange(min = 0, max = 10_000) int pos, @ForAll("chars") char c) {
    int p = pos % VALID.length();
    String mutated = VALID.substring(0, p) + c + VALID.substring(p + 1);
    try {
      assertThat(KeySets.parse(mutated, InsecureSecretAccess.get()).keys()).isNotEmpty();
    } catch (KeySetException e) {
      assertThat(e.code()).startsWith("BARRIER-PRIV-01");
    }
    try {
      KeySets.parsePublic(mutated);
    } catch (KeySetException e) {
      assertThat(e.code()).startsWith("BARRIER-PRIV-01");
    }
  }

  @Property(tries = 500)
  void parse_arbitraryText_givesTypedExceptionOnly(@ForAll("jsonish") String text) {
    try {
      KeySets.parse(text, InsecureSecretAccess.get());
    } catch (KeySetException e) {
      assertThat(e.code()).startsWith("BARRIER-PRIV-01");
    }
  }

  @Property(tries = 50)
  void rotate_thenWrite_publicFormOmitsEveryMaterial(@ForAll @IntRange(min = 0, max = 4) int rotations) {
    SecureRandom random = new SecureRandom();
    KeySet ks = KeySet.generate(random);
    for (int i = 0; i < rotations; i++) {
      ks = ks.rotate(random);
    }
    assertThat(KeySets.writePublic(ks)).doesNotContain("material");
    assertThat(KeySets.parse(KeySets.write(ks, InsecureSecretAccess.get()), InsecureSecretAccess.get()).info()).isEqualTo(ks.info());
  }

  @Provide
  Arbitrary<Character> chars() {
    return Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '0', '9', 'A', ' ', '\\', 'x', '-');
  }

  @Provide
  Arbitrary<String> jsonish() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(60),
        Arbitraries.strings().withChars("{}[]\":,0123456789abcdefkeysformat ").ofMaxLength(80));
  }
}
