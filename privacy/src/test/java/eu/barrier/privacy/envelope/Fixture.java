package eu.barrier.privacy.envelope;

import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.key.PartyPublicKeys;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Parties, keys and a settable clock for envelope tests; all values synthetic. */
final class Fixture {

  static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
  static final SecureRandom RANDOM = new SecureRandom();
  static final PartyKeys MUNICIPALITY = PartyKeys.generate("nl.gemeente.0363", RANDOM);
  static final PartyKeys POLICE = PartyKeys.generate("nl.politie.eenheid-amsterdam", RANDOM);
  static final PartyKeys INSPECTION = PartyKeys.generate("nl.nla", RANDOM);
  static final PartyKeys RIEC = PartyKeys.generate("nl.riec.amsterdam-amstelland", RANDOM);
  static final PartyKeys OUTSIDER = PartyKeys.generate("be.stad.gent", RANDOM);
  static final List<PartyPublicKeys> TRUSTED = List.of(MUNICIPALITY.publicKeys(), POLICE.publicKeys(),
      INSPECTION.publicKeys(), RIEC.publicKeys());
  static final String PAYLOAD_MARKER = "synthetic-payload-marker-7f3a";
  static final byte[] PAYLOAD = ("{\"type\":\"test\",\"subjects\":[\"pk1.abcdefgh.x\"],\"note\":\"" + PAYLOAD_MARKER
      + "\",\"score\":0.75,\"count\":3}").getBytes(StandardCharsets.UTF_8);
  static final String LEGAL_BASIS_MARKER = "Gemeentewet art. 174a (synthetic)";

  private Fixture() {}

  static SealParameters parameters() {
    return SealParameters.builder("thb-signal", LEGAL_BASIS_MARKER,
            Handling.of(Tlp.AMBER_STRICT, List.of("no further dissemination without consent of the originator")),
            LocalDate.parse("2027-11-28"))
        .validity(Duration.ofHours(1))
        .build();
  }

  /** A clock the test can move. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      this.now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public synchronized Instant instant() {
      return now;
    }
  }
}
