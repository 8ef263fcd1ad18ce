package eu.barrier.privacy.envelope;

import static eu.barrier.privacy.envelope.Fixture.PAYLOAD;
import static eu.barrier.privacy.envelope.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.key.KeySetException;
import eu.barrier.privacy.key.PartyKeyFiles;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.key.RetiredKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exchange-key rotation (issue 16 point 9): retired keys open until their end, revoked keys never. */
final class EnvelopesKeyRotationTest {

  private static final Instant END = T0.plus(Duration.ofMinutes(30));

  private final Fixture.MutableClock clock = new Fixture.MutableClock(T0);
  private final Envelopes envelopes = Envelopes.builder().clock(clock).random(Fixture.RANDOM).build();

  private final PartyKeys sender = PartyKeys.generate("gemeente-genk", Fixture.RANDOM);
  private final PartyKeys recipient = PartyKeys.generate("ariec-limburg", Fixture.RANDOM);

  @FunctionalInterface
  private interface ThrowingOpen {
    void run() throws Exception;
  }

  private static VerificationFailure reasonOf(ThrowingOpen open) {
    EnvelopeVerificationException e = catchThrowableOfType(EnvelopeVerificationException.class, open::run);
    assertThat(e).as("open must fail with EnvelopeVerificationException").isNotNull();
    assertThat(e.code()).isEqualTo(e.reason().error().code());
    return e.reason();
  }

  private byte[] seal(PartyKeys from, PartyKeys to) {
    return envelopes.seal(from, List.of(to.publicKeys()), Fixture.parameters(), PAYLOAD).message();
  }

  @Test
  void open_signedWithARetiredSigningKey_opensUntilItsEnd_thenKeyRetired() throws Exception {
    byte[] message = seal(sender, recipient);
    PartyKeys rotated = sender.rotate(END, Fixture.RANDOM);

    clock.set(END);
    assertThat(envelopes.open(recipient, List.of(rotated.publicKeys()), message).payload()).isNotEmpty();
    clock.set(END.plusSeconds(1));
    VerificationFailure after = reasonOf(() -> envelopes.open(recipient, List.of(rotated.publicKeys()), message));

    assertThat(after).isEqualTo(VerificationFailure.KEY_RETIRED);
    assertThat(after.error().code()).isEqualTo("BARRIER-PRIV-0415");
    assertThat(rotated.publicKeys().signingKeyId()).isNotEqualTo(sender.publicKeys().signingKeyId());
  }

  @Test
  void open_sealedToARetiredEncryptionKey_opensUntilItsEnd_thenKeyRetired() throws Exception {
    byte[] message = seal(sender, recipient);
    PartyKeys rotated = recipient.rotate(END, Fixture.RANDOM);
    byte[] fresh = seal(sender, rotated);

    assertThat(envelopes.open(rotated, List.of(sender.publicKeys()), message).payload()).isNotEmpty();
    assertThat(envelopes.open(rotated, List.of(sender.publicKeys()), fresh).payload()).isNotEmpty();
    clock.set(END.plusSeconds(1));

    assertThat(reasonOf(() -> envelopes.open(rotated, List.of(sender.publicKeys()), message)))
        .isEqualTo(VerificationFailure.KEY_RETIRED);
    assertThat(envelopes.open(rotated, List.of(sender.publicKeys()), seal(sender, rotated)).payload()).isNotEmpty();
  }

  @Test
  void open_underARevokedKey_isKeyRevokedAtOnce_forBothUses() throws Exception {
    byte[] toOld = seal(sender, recipient);
    PartyKeys senderRotated = sender.rotate(END, Fixture.RANDOM);
    PartyKeys senderRevoked = senderRotated.revoke(sender.publicKeys().signingKeyId());
    PartyKeys recipientRevoked = recipient.rotate(END, Fixture.RANDOM).revoke(recipient.publicKeys().encryptionKeyId());

    assertThat(reasonOf(() -> envelopes.open(recipient, List.of(senderRevoked.publicKeys()), toOld)))
        .isEqualTo(VerificationFailure.KEY_REVOKED);
    assertThat(reasonOf(() -> envelopes.open(recipientRevoked, List.of(sender.publicKeys()), toOld)))
        .isEqualTo(VerificationFailure.KEY_REVOKED);
    assertThat(recipientRevoked.retiredEncryptionKeys(InsecureSecretAccess.get())).isEmpty();
    assertThat(VerificationFailure.KEY_REVOKED.error().code()).isEqualTo("BARRIER-PRIV-0416");
  }

  @Test
  void revoke_aCurrentOrUnknownKey_isPartyKeyRotation() throws Exception {
    for (String id : new String[] {sender.publicKeys().signingKeyId(), "aaaaaaaaaaaaaaaa"}) {
      KeySetException e = catchThrowableOfType(KeySetException.class, () -> sender.revoke(id));
      assertThat(e.error()).isEqualTo(PrivacyError.PARTY_KEY_ROTATION);
    }
  }

  @Test
  void files_withRetiredKeys_roundTrip_andStillOpen_oldFormatFilesUnchanged() throws Exception {
    String oldSecret = PartyKeyFiles.write(recipient, InsecureSecretAccess.get());
    String oldPublic = PartyKeyFiles.writePublic(sender.publicKeys());
    byte[] message = seal(sender, recipient);
    PartyKeys recipientRotated = recipient.rotate(END, Fixture.RANDOM);
    PartyKeys senderRotated = sender.rotate(END, Fixture.RANDOM).revoke(sender.publicKeys().encryptionKeyId());

    String secret = PartyKeyFiles.write(recipientRotated, InsecureSecretAccess.get());
    String pub = PartyKeyFiles.writePublic(senderRotated.publicKeys());
    PartyKeys secretBack = PartyKeyFiles.parse(secret, InsecureSecretAccess.get());

    assertThat(oldSecret).doesNotContain("retired");
    assertThat(PartyKeyFiles.write(PartyKeyFiles.parse(oldSecret, InsecureSecretAccess.get()), InsecureSecretAccess.get()))
        .isEqualTo(oldSecret);
    assertThat(PartyKeyFiles.parsePublic(oldPublic)).isEqualTo(sender.publicKeys());
    assertThat(secret).contains("\"retired\"").contains("\"privateKey\"");
    assertThat(pub).contains("\"revoked\":true").doesNotContain("privateKey");
    assertThat(PartyKeyFiles.parsePublic(pub)).isEqualTo(senderRotated.publicKeys());
    assertThat(PartyKeyFiles.write(secretBack, InsecureSecretAccess.get())).isEqualTo(secret);
    assertThat(secretBack.publicKeys().retired()).extracting(RetiredKey::use)
        .containsExactly(RetiredKey.Use.SIGNING, RetiredKey.Use.ENCRYPTION);
    assertThat(envelopes.open(secretBack, List.of(PartyKeyFiles.parsePublic(pub)), message).payload()).isNotEmpty();
  }

  @Test
  void parsePublic_aRetiredPrivateKeyOrABadEntry_isTyped() throws Exception {
    String pub = PartyKeyFiles.writePublic(recipient.rotate(END, Fixture.RANDOM).publicKeys());
    String withPrivate = pub.replace("\"revoked\":false", "\"privateKey\":\"x\",\"revoked\":false");
    String badUse = pub.replace("\"use\":\"signing\"", "\"use\":\"other\"");
    String badUntil = pub.replace(END.toString(), "tomorrow");

    assertThat(catchThrowableOfType(KeySetException.class, () -> PartyKeyFiles.parsePublic(withPrivate)).error())
        .isEqualTo(PrivacyError.KEYSET_SECRET_IN_PUBLIC);
    assertThat(catchThrowableOfType(KeySetException.class, () -> PartyKeyFiles.parsePublic(badUse)).error())
        .isEqualTo(PrivacyError.PARTY_KEY_ROTATION);
    assertThat(catchThrowableOfType(KeySetException.class, () -> PartyKeyFiles.parsePublic(badUntil)).error())
        .isEqualTo(PrivacyError.PARTY_KEY_ROTATION);
  }
}
