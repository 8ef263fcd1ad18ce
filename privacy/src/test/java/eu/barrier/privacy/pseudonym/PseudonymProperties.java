package eu.barrier.privacy.pseudonym;

import eu.barrier.privacy.key.PseudonymParameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.id.InvalidIdentifierException;
import eu.barrier.core.id.NlBsn;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.SecretBytes;
import eu.barrier.privacy.TestData;
import eu.barrier.privacy.internal.Base32;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.KeyStatus;
import eu.barrier.privacy.key.PseudonymKey;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

final class PseudonymProperties {

  @Property(tries = 300)
  void pseudonymise_sameKeyAndContext_isDeterministic(
      @ForAll("rootKeys") byte[] root, @ForAll("bsns") String bsn, @ForAll("labels") String purpose, @ForAll("labels") String recipient) {
    PseudonymContext c = PseudonymContext.of(purpose, recipient);
    Pseudonym a = Pseudonymiser.create(keySet(root, 1), c).pseudonymise(NlBsn.parse(bsn));
    Pseudonym b = Pseudonymiser.create(keySet(root, 1), c).pseudonymise(NlBsn.parse(bsn));
    assertThat(a).isEqualTo(b);
    assertThat(a.format()).isEqualTo(b.format());
  }

  @Property(tries = 300)
  void pseudonymise_differentPurpose_givesDifferentPseudonym(
      @ForAll("rootKeys") byte[] root, @ForAll("bsns") String bsn, @ForAll("labels") String p1, @ForAll("labels") String p2) {
    Assume.that(!p1.equals(p2));
    KeySet keys = keySet(root, 1);
    Pseudonym a = Pseudonymiser.create(keys, PseudonymContext.of(p1, "riec")).pseudonymise(NlBsn.parse(bsn));
    Pseudonym b = Pseudonymiser.create(keys, PseudonymContext.of(p2, "riec")).pseudonymise(NlBsn.parse(bsn));
    assertThat(a.tag()).isNotEqualTo(b.tag());
    assertThat(a.keyId()).isNotEqualTo(b.keyId());
  }

  @Property(tries = 300)
  void pseudonymise_differentRecipient_givesDifferentPseudonym(
      @ForAll("rootKeys") byte[] root, @ForAll("bsns") String bsn, @ForAll("labels") String r1, @ForAll("labels") String r2) {
    Assume.that(!r1.equals(r2));
    KeySet keys = keySet(root, 1);
    Pseudonym a = Pseudonymiser.create(keys, PseudonymContext.of("thb-signal", r1)).pseudonymise(NlBsn.parse(bsn));
    Pseudonym b = Pseudonymiser.create(keys, PseudonymContext.of("thb-signal", r2)).pseudonymise(NlBsn.parse(bsn));
    assertThat(a.tag()).isNotEqualTo(b.tag());
  }

  @Property(tries = 300)
  void pseudonymise_differentKeyId_givesDifferentPseudonym(
      @ForAll("rootKeys") byte[] root, @ForAll("bsns") String bsn,
      @ForAll @IntRange(min = 1) int id1, @ForAll @IntRange(min = 1) int id2) {
    Assume.that(id1 != id2);
    PseudonymContext c = PseudonymContext.of("thb-signal", "riec");
    Pseudonym a = Pseudonymiser.create(keySet(root, id1), c).pseudonymise(NlBsn.parse(bsn));
    Pseudonym b = Pseudonymiser.create(keySet(root, id2), c).pseudonymise(NlBsn.parse(bsn));
    assertThat(a.tag()).isNotEqualTo(b.tag());
  }

  @Property(tries = 300)
  void pseudonymise_writtenFormsOfOneIdentifier_giveOnePseudonym(
      @ForAll("bsns") String bsn, @ForAll("separators") List<String> seps) {
    StringBuilder written = new StringBuilder();
    for (int i = 0; i < bsn.length(); i++) {
      written.append(seps.get(i)).append(bsn.charAt(i));
    }
    Pseudonymiser p = Pseudonymiser.create(keySet(new byte[32], 1), PseudonymContext.of("thb-signal", "riec"));
    assertThat(p.pseudonymise(IdentifierType.NL_BSN, written)).isEqualTo(p.pseudonymise(IdentifierType.NL_BSN, bsn));
  }

  @Property(tries = 500)
  void pseudonymise_invalidBsn_throwsTypedErrorAndReturnsNothing(@ForAll("invalidBsns") String text) {
    Pseudonymiser p = Pseudonymiser.create(keySet(new byte[32], 1), PseudonymContext.of("thb-signal", "riec"));
    assertThatThrownBy(() -> p.pseudonymise(IdentifierType.NL_BSN, text)).isInstanceOf(InvalidIdentifierException.class);
  }

  @Property(tries = 500)
  void pseudonymise_arbitraryText_givesPseudonymOrInvalidIdentifierOnly(
      @ForAll("types") IdentifierType type, @ForAll @Size(max = 30) String text) {
    Pseudonymiser p = Pseudonymiser.create(keySet(new byte[32], 1), PseudonymContext.of("thb-signal", "riec"));
    try {
      Pseudonym result = p.pseudonymise(type, text);
      assertThat(type.isValid(text)).isTrue();
      assertThat(result.format()).hasSize(Pseudonym.TEXT_LENGTH);
    } catch (InvalidIdentifierException e) {
      assertThat(type.isValid(text)).isFalse();
    }
  }

  @Property
  void parse_ofFormat_isIdentity(@ForAll @Size(5) byte[] kidBytes, @ForAll @Size(32) byte[] tag) {
    Pseudonym p = Pseudonym.of(Base32.encode5(kidBytes), tag);
    Pseudonym parsed = Pseudonym.parse(p.format());
    assertThat(parsed).isEqualTo(p);
    assertThat(parsed.format()).isEqualTo(p.format());
    assertThat(Arrays.equals(parsed.tag(), tag)).isTrue();
  }

  @Property(tries = 2000)
  void parse_arbitraryText_givesValueOrTypedExceptionOnly(@ForAll("pseudonymLikeText") String text) {
    try {
      Pseudonym p = Pseudonym.parse(text);
      assertThat(p.format()).isEqualTo(text);
    } catch (InvalidPseudonymException e) {
      assertThat(e.code()).startsWith("BARRIER-PRIV-000");
    }
  }

  @Property(tries = 1000)
  void parse_singleCharacterChange_failsOrGivesAnotherPseudonym(
      @ForAll @Size(32) byte[] tag, @ForAll @IntRange(min = 0, max = 55) int pos, @ForAll char c) {
    Pseudonym p = Pseudonym.of("vnlb5w5c", tag);
    String text = p.format();
    Assume.that(text.charAt(pos) != c);
    String mutated = text.substring(0, pos) + c + text.substring(pos + 1);
    try {
      assertThat(Pseudonym.parse(mutated)).isNotEqualTo(p);
    } catch (InvalidPseudonymException expected) {
      assertThat(expected.getMessage()).doesNotContain(mutated.substring(13));
    }
  }

  static KeySet keySet(byte[] root, int keyId) {
    SecretBytes material = SecretBytes.copyFrom(root, InsecureSecretAccess.get());
    return KeySet.of(List.of(PseudonymKey.of(keyId, KeyStatus.PRIMARY, PseudonymParameters.HMAC_SHA256_V1, material)));
  }

  @Provide
  Arbitrary<byte[]> rootKeys() {
    return Arbitraries.bytes().array(byte[].class).ofSize(32);
  }

  @Provide
  Arbitrary<String> bsns() {
    return Arbitraries.strings().numeric().ofLength(8).map(TestData::bsnFrom8).filter(s -> s != null);
  }

  @Provide
  Arbitrary<String> invalidBsns() {
    Arbitrary<String> wrongCheck =
        Combinators.combine(Arbitraries.strings().numeric().ofLength(8), Arbitraries.integers().between(0, 9))
            .as((eight, d) -> eight + d)
            .filter(s -> !s.equals(TestData.bsnFrom8(s.substring(0, 8))));
    Arbitrary<String> wrongLength = Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(14);
    return Arbitraries.oneOf(wrongCheck, wrongLength);
  }

  @Provide
  Arbitrary<List<String>> separators() {
    return Arbitraries.of("", "", "", " ", ".", "-").list().ofSize(9);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars("0123456789:-").ofMinLength(1).ofMaxLength(20)
        .filter(PseudonymContext::isValidLabel);
  }

  @Provide
  Arbitrary<IdentifierType> types() {
    return Arbitraries.of(IdentifierType.class);
  }

  @Provide
  Arbitrary<String> pseudonymLikeText() {
    Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(80);
    Arbitrary<String> alphabet =
        Arbitraries.strings().withChars("pk1.abcdefghijklmnopqrstuvwxyzABCXYZ234567-_=+/").ofMinLength(50).ofMaxLength(60);
    Arbitrary<String> structured =
        Combinators.combine(
                Arbitraries.of("pk1", "pk2", "PK1", ""),
                Arbitraries.strings().withChars("abcdefgh234567AZ18").ofMinLength(6).ofMaxLength(10),
                Arbitraries.strings().withChars("abcxyzABCXYZ0189-_+/=").ofMinLength(40).ofMaxLength(46))
            .as((v, k, t) -> v + "." + k + "." + t);
    return Arbitraries.oneOf(anyText, alphabet, structured);
  }
}
