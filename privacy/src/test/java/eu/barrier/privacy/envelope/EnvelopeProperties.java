package eu.barrier.privacy.envelope;

import static eu.barrier.privacy.envelope.Fixture.MUNICIPALITY;
import static eu.barrier.privacy.envelope.Fixture.PAYLOAD;
import static eu.barrier.privacy.envelope.Fixture.POLICE;
import static eu.barrier.privacy.envelope.Fixture.RIEC;
import static eu.barrier.privacy.envelope.Fixture.INSPECTION;
import static eu.barrier.privacy.envelope.Fixture.T0;
import static eu.barrier.privacy.envelope.Fixture.TRUSTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Tampering and garbage: open either accepts the untouched message or throws only {@link
 * EnvelopeVerificationException}.
 */
final class EnvelopeProperties {

  private static final Fixture.MutableClock CLOCK = new Fixture.MutableClock(T0);
  private static final byte[] ONE = Envelopes.builder().clock(CLOCK).build()
      .seal(MUNICIPALITY, List.of(POLICE.publicKeys()), Fixture.parameters(), PAYLOAD).message();
  private static final byte[] THREE = Envelopes.builder().clock(CLOCK).build()
      .seal(MUNICIPALITY, List.of(POLICE.publicKeys(), RIEC.publicKeys(), INSPECTION.publicKeys()),
          Fixture.parameters(), PAYLOAD).message();

  /** A fresh instance per try, so that only the mutation (not a replay) can make open fail. */
  private static Envelopes envelopes() {
    return Envelopes.builder().clock(CLOCK).build();
  }

  private static VerificationFailure openFails(byte[] message) {
    try {
      envelopes().open(POLICE, TRUSTED, message);
      return null;
    } catch (EnvelopeVerificationException e) {
      assertThat(e.getMessage()).doesNotContain(Fixture.PAYLOAD_MARKER);
      return e.reason();
    }
    // any other Throwable escapes and fails the property
  }

  @Property(tries = 2000)
  void anySingleByteChange_oneRecipient_neverOpens(@ForAll("positionsOne") int position,
      @ForAll @IntRange(min = 1, max = 255) int xor) {
    byte[] m = ONE.clone();
    m[position] = (byte) (m[position] ^ xor);
    assertThat(openFails(m)).isNotNull();
  }

  @Provide
  Arbitrary<Integer> positionsOne() {
    return Arbitraries.integers().between(0, ONE.length - 1);
  }

  /**
   * With three recipients, a change anywhere except in another recipient's ciphertext slot makes
   * open fail for the first recipient. (A change in another recipient's slot only hurts that
   * recipient; see docs/exchange-envelope.md.)
   */
  @Property(tries = 1000)
  void singleByteChange_threeRecipients_outsideOtherSlots_neverOpens(@ForAll("positionsThree") int position,
      @ForAll @IntRange(min = 1, max = 255) int xor) {
    byte[] m = THREE.clone();
    m[position] = (byte) (m[position] ^ xor);
    assertThat(openFails(m)).isNotNull();
  }

  @Provide
  Arbitrary<Integer> positionsThree() {
    String text = new String(THREE, StandardCharsets.ISO_8859_1);
    // slots are in recipient order: the first {"ct":...,"enc":...} object is POLICE's
    int firstSlotEnd = text.indexOf('}', text.indexOf("\"ciphertexts\"")) + 1;
    int headerStart = text.indexOf(",\"header\"");
    return Arbitraries.oneOf(Arbitraries.integers().between(0, firstSlotEnd - 1),
        Arbitraries.integers().between(headerStart, THREE.length - 1));
  }

  @Property(tries = 500)
  void randomBytes_onlyTypedExceptionEscapes(@ForAll @Size(max = 600) byte[] garbage) {
    assertThat(openFails(garbage)).isNotNull();
  }

  @Property(tries = 500)
  void mutatedMessage_severalEdits_onlyTypedExceptionEscapes(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0,
      max = 100_000) Integer> positions, @ForAll @IntRange(min = 0, max = 255) int value,
      @ForAll boolean truncate) {
    byte[] m = THREE.clone();
    for (int p : positions) {
      m[p % m.length] = (byte) value;
    }
    if (truncate) {
      m = java.util.Arrays.copyOf(m, positions.get(0) % m.length);
    }
    VerificationFailure f = openFails(m);
    // a truncated message never opens; an edited one opens only if untouched or edited in another recipient's slot
    assertThat(f != null || m.length == THREE.length).isTrue();
  }

  @Property(tries = 200)
  void untouchedMessage_alwaysOpens(@ForAll @IntRange(min = 0, max = 3599) int secondsLater) throws Exception {
    Fixture.MutableClock clock = new Fixture.MutableClock(T0.plusSeconds(secondsLater));
    Envelopes e = Envelopes.builder().clock(clock).build();
    assertThat(e.open(POLICE, TRUSTED, ONE).header().issuedAt()).isEqualTo(T0);
  }
}
