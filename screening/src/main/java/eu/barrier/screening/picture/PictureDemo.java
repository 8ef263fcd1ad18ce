package eu.barrier.screening.picture;

import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.SecretBytes;
import eu.barrier.privacy.envelope.Envelopes;
import eu.barrier.privacy.envelope.Handling;
import eu.barrier.privacy.envelope.SealParameters;
import eu.barrier.privacy.envelope.Tlp;
import eu.barrier.privacy.exchange.AssessmentSummary;
import eu.barrier.privacy.exchange.ExchangeDomain;
import eu.barrier.privacy.exchange.Holding;
import eu.barrier.privacy.exchange.InformationAnswer;
import eu.barrier.privacy.exchange.InformationCategory;
import eu.barrier.privacy.exchange.InformationResponse;
import eu.barrier.privacy.exchange.Messages;
import eu.barrier.privacy.exchange.ObservedIndicator;
import eu.barrier.privacy.exchange.PseudonymousSubject;
import eu.barrier.privacy.exchange.SignalReport;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.KeyStatus;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.key.PartyPublicKeys;
import eu.barrier.privacy.key.PseudonymKey;
import eu.barrier.privacy.key.PseudonymParameters;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A demonstration of the ARIEC's picture on synthetic data: three fictitious partners (the
 * municipalities of Genk and Hasselt and the Dutch RIEC Limburg) send sealed signal reports and an
 * information response to the ARIEC Limburg. Planted in them: one operator, an enterprise and its
 * manager, tied to a nail salon in Genk and a carwash in Hasselt; the picture finds it as its
 * first group and explains why. Also planted: a report past its retain-until date (removed), a
 * tampered copy and a message from an untrusted sender (both listed, never used).
 *
 * <p>Every key is DEMO-ONLY: derived from fixed, published labels, so anyone can recompute it; it
 * protects nothing. Party ids start with {@code demo-}; every message says DEMO in its legal basis
 * and handling statement; the picture carries {@link #LABEL}. The identifiers are synthetic numbers
 * with valid check digits. The same library version gives the same messages and picture.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PictureDemo {

  /** The label on the picture and in every message's handling statements. */
  public static final String LABEL = "DEMO DATA, synthetic: fictitious partners and subjects; do not act on it";

  /** The demo ARIEC, the recipient. */
  public static final String ARIEC = "demo-ariec-limburg";

  /** The demo municipality of Genk. */
  public static final String GENK = "demo-gemeente-genk";

  /** The demo municipality of Hasselt. */
  public static final String HASSELT = "demo-gemeente-hasselt";

  /** The demo Dutch neighbour's RIEC. */
  public static final String RIEC = "demo-riec-limburg-nl";

  /** A party the ARIEC does not trust. */
  public static final String UNTRUSTED = "demo-unknown-sender";

  /** The purpose of the demo messages. */
  public static final String PURPOSE = "demo-thb-signal";

  /** The date of the demo picture. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  private static final String KEY_LABEL = "barrier DEMO-ONLY key; public, protects nothing; never use for real data/";
  private static final String LEGAL_BASIS = "DEMO: synthetic data; no real legal basis";

  private PictureDemo() {}

  /**
   * Returns the DEMO-ONLY exchange keys of a demo party.
   *
   * @param party a party id starting with {@code demo-}
   * @return the keys
   */
  public static PartyKeys party(String party) {
    if (!party.startsWith("demo-")) {
      throw new IllegalArgumentException("demo party ids start with demo-");
    }
    SecretAccess access = InsecureSecretAccess.get();
    return PartyKeys.of(party, SecretBytes.copyFrom(derive("picture/" + party + "/signing"), access),
        SecretBytes.copyFrom(derive("picture/" + party + "/encryption"), access));
  }

  /**
   * Returns the public keys of the three partners, which the ARIEC trusts.
   *
   * @return the public keys of Genk, Hasselt and the RIEC
   */
  public static List<PartyPublicKeys> trusted() {
    return List.of(party(GENK).publicKeys(), party(HASSELT).publicKeys(), party(RIEC).publicKeys());
  }

  /**
   * Returns the DEMO-ONLY pseudonym key set the three partners share for {@link #PURPOSE} and the
   * ARIEC: the shared pseudonym domain (the ARIEC does not hold it).
   *
   * @return the key set
   */
  public static KeySet sharedPseudonymKeys() {
    return KeySet.of(List.of(PseudonymKey.of(1, KeyStatus.PRIMARY, PseudonymParameters.HMAC_SHA256_V1,
        SecretBytes.copyFrom(derive("picture/shared-pseudonym/1"), InsecureSecretAccess.get()))));
  }

  /**
   * Returns the clock of the demo: the morning of {@link #AS_OF}, UTC.
   *
   * @return the clock
   */
  public static Clock clock() {
    return Clock.fixed(AS_OF.atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  /**
   * Returns the sealed demo messages by file name, as the ARIEC's store holds them.
   *
   * @return the messages, sorted by name
   */
  public static Map<String, byte[]> messages() {
    Pseudonymiser p = Pseudonymiser.create(sharedPseudonymKeys(), PseudonymContext.of(PURPOSE, ARIEC));
    PseudonymousSubject operator = subject(p, IdentifierType.BE_ENTERPRISE, withCheckDigits("07021948"));
    PseudonymousSubject manager = subject(p, IdentifierType.BE_NATIONAL_NUMBER, withCheckDigits("780412123"));
    PseudonymousSubject nailSalonGenk = subject(p, IdentifierType.BE_ESTABLISHMENT, withCheckDigits("21734055"));
    PseudonymousSubject massageGenk = subject(p, IdentifierType.BE_ESTABLISHMENT, withCheckDigits("21734871"));
    PseudonymousSubject carwashHasselt = subject(p, IdentifierType.BE_ESTABLISHMENT, withCheckDigits("22190344"));
    PseudonymousSubject nightShopHasselt = subject(p, IdentifierType.BE_ESTABLISHMENT, withCheckDigits("22190517"));
    PseudonymousSubject kvk = subject(p, IdentifierType.NL_KVK, "90417722");
    PseudonymousSubject vestiging = subject(p, IdentifierType.NL_ESTABLISHMENT, "000061429875");

    Map<String, byte[]> out = new TreeMap<>();
    Handling amberStrict = Handling.of(Tlp.AMBER_STRICT, List.of(LABEL));
    Handling amber = Handling.of(Tlp.AMBER, List.of(LABEL));
    out.put("genk-001.json", seal(GENK, 1, Instant.parse("2026-11-20T10:00:00Z"), amberStrict, LocalDate.of(2027, 11, 20),
        report("demo-genk-2026-11-001", "2026-Q3", List.of(nailSalonGenk, operator, manager), Grading.of(
            GradingScheme.EUROPOL_4X4, "B", "2"), "high", 9_000, "sector-nail-salon",
            "barrier-admin/ADM-01", "barrier-admin/ADM-14", "sector-nail-salon/SEC-NS-03", "sector-nail-salon/SEC-NS-05")));
    out.put("genk-002.json", seal(GENK, 2, Instant.parse("2026-11-20T10:05:00Z"), amberStrict, LocalDate.of(2027, 11, 20),
        report("demo-genk-2026-11-002", "2026-Q3", List.of(massageGenk), Grading.of(GradingScheme.EUROPOL_4X4, "C", "3"),
            "medium", 5_000, "sector-massage", "sector-massage/SEC-MS-04", "sector-massage/SEC-MS-05")));
    out.put("hasselt-001.json", seal(HASSELT, 3, Instant.parse("2026-11-24T14:00:00Z"), amber,
        LocalDate.of(2027, 11, 24), report("demo-hasselt-2026-11-001", "2026-Q4",
            List.of(carwashHasselt, operator, manager), Grading.of(GradingScheme.EUROPOL_4X4, "B", "3"), "medium", 6_000,
            "sector-carwash", "barrier-admin/ADM-03", "sector-carwash/SEC-CW-02", "sector-carwash/SEC-CW-04")));
    out.put("hasselt-002.json", seal(HASSELT, 4, Instant.parse("2026-11-24T14:02:00Z"), amber,
        LocalDate.of(2027, 11, 24), report("demo-hasselt-2026-11-002", "2026-Q4", List.of(nightShopHasselt),
            Grading.of(GradingScheme.EUROPOL_4X4, "C", "2"), "medium", 4_000, "barrier-admin",
            "barrier-admin/ADM-09", "barrier-admin/ADM-20")));
    // kept until 2026-11-20 only: past its retention on the picture's date
    out.put("hasselt-old.json", seal(HASSELT, 5, Instant.parse("2026-11-02T09:00:00Z"), amber,
        LocalDate.of(2026, 11, 20), report("demo-hasselt-2026-10-007", "2026-Q3", List.of(nightShopHasselt),
            Grading.of(GradingScheme.EUROPOL_4X4, "C", "3"), "medium", 4_000, "barrier-admin",
            "barrier-admin/ADM-09")));
    out.put("riec-001.json", seal(RIEC, 6, Instant.parse("2026-11-27T09:30:00Z"), amber, LocalDate.of(2027, 5, 27),
        report("demo-riec-2026-11-001", "2026-Q4", List.of(vestiging, kvk), Grading.of(GradingScheme.EUROPOL_4X4, "B",
            "2"), "medium", 5_000, "barrier-admin", "barrier-admin/ADM-05", "barrier-admin/ADM-12")));
    out.put("riec-002.json", seal(RIEC, 7, Instant.parse("2026-11-27T09:45:00Z"), amber, LocalDate.of(2027, 5, 27),
        InformationResponse.of("demo-ariec-2026-11-req-004", "demo-riec-2026-11-answer-004", List.of(
            new InformationAnswer(operator.identifierType(), operator.pseudonym(), Holding.HOLDS,
                InformationCategory.POLICE, "demo-riec-contact-17"),
            new InformationAnswer(nightShopHasselt.identifierType(), nightShopHasselt.pseudonym(),
                Holding.DOES_NOT_HOLD, null, null)))));
    // a copy of genk-002 changed on the way: one byte of its ciphertext
    byte[] tampered = out.get("genk-002.json").clone();
    String text = new String(tampered, StandardCharsets.UTF_8);
    int at = text.indexOf("\"ct\":\"") + 10;
    tampered[at] = (byte) (tampered[at] == 'A' ? 'B' : 'A');
    out.put("genk-002-copy.json", tampered);
    out.put("unknown-001.json", seal(UNTRUSTED, 8, Instant.parse("2026-11-28T12:00:00Z"), amber,
        LocalDate.of(2027, 11, 28), report("demo-unknown-001", "2026-Q4", List.of(carwashHasselt),
            Grading.of(GradingScheme.EUROPOL_4X4, "X", "4"), "medium", 4_000, "barrier-admin", "barrier-admin/ADM-01")));
    return out;
  }

  /**
   * Compiles the demo picture as the ARIEC, labelled {@link #LABEL}.
   *
   * @return the picture
   */
  public static Picture picture() {
    return PictureCompiler.builder(party(ARIEC), trusted()).clock(clock()).asOf(AS_OF).build()
        .compile(MessageStore.of(messages())).withDemoLabel(LABEL);
  }

  // ------------------------------------------------------------------ building the messages

  private static PseudonymousSubject subject(Pseudonymiser p, IdentifierType type, String digits) {
    Identifier id = type.parse(digits);
    return new PseudonymousSubject(type, p.pseudonymise(id).format());
  }

  private static Record report(String reference, String period, List<PseudonymousSubject> subjects, Grading grading,
      String level, long scoreMilli, String assessedWith, String... indicators) {
    List<ObservedIndicator> observed = new ArrayList<>();
    for (String i : indicators) {
      int slash = i.indexOf('/');
      observed.add(new ObservedIndicator(i.substring(0, slash), "1.0.0", i.substring(slash + 1)));
    }
    return SignalReport.of(reference, ExchangeDomain.ADMINISTRATIVE, false, period, subjects, observed, grading,
        new AssessmentSummary(level, scoreMilli, assessedWith + "@1.0.0", "weighted"));
  }

  private static byte[] seal(String sender, int n, Instant at, Handling handling, LocalDate retainUntil,
      Record message) {
    Envelopes envelopes = Envelopes.builder().clock(Clock.fixed(at, ZoneOffset.UTC)).random(random("message/" + n))
        .build();
    SealParameters parameters = SealParameters.builder(PURPOSE, LEGAL_BASIS, handling, retainUntil)
        .validity(Duration.ofDays(60)).build();
    return envelopes.seal(party(sender), List.of(party(ARIEC).publicKeys()), parameters, Messages.write(message))
        .message();
  }

  /**
   * A BE enterprise or establishment unit number (eight digits), or a BE national number of someone
   * born before 2000 (nine digits), followed by their mod-97 check digits.
   */
  static String withCheckDigits(String digits) {
    long n = Long.parseLong(digits);
    return digits + String.format(Locale.ROOT, "%02d", 97 - n % 97);
  }

  private static SecureRandom random(String name) {
    try {
      SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
      r.setSeed(derive(name));
      return r;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1PRNG is part of every OpenJDK", e);
    }
  }

  private static byte[] derive(String name) {
    try {
      return MessageDigest.getInstance("SHA-256").digest((KEY_LABEL + name).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }
}
