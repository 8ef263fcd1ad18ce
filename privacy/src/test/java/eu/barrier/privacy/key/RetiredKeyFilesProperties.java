package eu.barrier.privacy.key;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.InsecureSecretAccess;
import java.security.SecureRandom;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Party key files with retired keys: any mutation gives the keys or a {@link KeySetException}, nothing else. */
final class RetiredKeyFilesProperties {

  private static final PartyKeys ROTATED = PartyKeys.generate("gemeente-genk", new SecureRandom())
      .rotate(Instant.parse("2027-03-01T23:59:59Z"), new SecureRandom())
      .rotate(Instant.parse("2027-06-01T23:59:59Z"), new SecureRandom());
  private static final String SECRET = PartyKeyFiles.write(ROTATED, InsecureSecretAccess.get());
  private static final String PUBLIC = PartyKeyFiles.writePublic(ROTATED.publicKeys());

  @Property(tries = 600)
  void parse_mutatedFileWithRetiredKeys_givesKeysOrKeySetExceptionOnly(
      @ForAll @IntRange(min = 0, max = 4000) int pos, @ForAll("chars") char c, @ForAll boolean secret) {
    String text = secret ? SECRET : PUBLIC;
    int at = pos % text.length();
    String mutated = text.substring(0, at) + c + text.substring(at + 1);
    try {
      PartyPublicKeys keys = secret ? PartyKeyFiles.parse(mutated, InsecureSecretAccess.get()).publicKeys()
          : PartyKeyFiles.parsePublic(mutated);
      assertThat(keys.partyId()).isNotEmpty();
    } catch (KeySetException e) {
      assertThat(e.code()).startsWith("BARRIER-PRIV-01");
    }
  }

  @Provide
  Arbitrary<Character> chars() {
    return Arbitraries.of('"', '{', '}', ',', '0', '9', 'A', 'a', ':', ' ', 't', 'Z', '-', 'x');
  }
}
