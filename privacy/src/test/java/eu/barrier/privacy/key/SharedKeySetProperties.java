package eu.barrier.privacy.key;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.SecretAccess;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

final class SharedKeySetProperties {

  private static final SecretAccess ACCESS = InsecureSecretAccess.get();
  private static final byte[] VALID = SharedKeySet.generate("gemeente-genk", "thb-signal", "ariec-limburg",
      LocalDate.of(2026, 12, 2), new SecureRandom()).rotate(LocalDate.of(2026, 12, 3), LocalDate.of(2027, 3, 1),
      new SecureRandom()).write(ACCESS);

  @Property(tries = 1000)
  void read_mutatedDocument_givesASharedKeySetOrKeySetExceptionOnly(
      @ForAll @IntRange(min = 0, max = 1000) int pos, @ForAll("bytes") byte b) {
    byte[] mutated = VALID.clone();
    mutated[pos % mutated.length] = b;
    try {
      SharedKeySet read = SharedKeySet.read(mutated, ACCESS);
      assertThat(read.version()).isPositive();
    } catch (KeySetException e) {
      assertThat(e.code()).startsWith("BARRIER-PRIV-01");
    }
  }

  @Property(tries = 200)
  void read_arbitraryText_givesKeySetExceptionOnly(@ForAll String text) {
    try {
      SharedKeySet.read(text.getBytes(StandardCharsets.UTF_8), ACCESS);
    } catch (KeySetException e) {
      assertThat(e.code()).startsWith("BARRIER-PRIV-01");
      assertThat(text.length() < 4 || !e.getMessage().contains(text)).isTrue();
    }
  }

  @Provide
  Arbitrary<Byte> bytes() {
    return Arbitraries.of((byte) '"', (byte) '{', (byte) '}', (byte) ',', (byte) '0', (byte) '9', (byte) 'A',
        (byte) '-', (byte) ' ', (byte) 0xff, (byte) 'x', (byte) ':');
  }
}
