package eu.barrier.benchmarks;

import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.privacy.envelope.EnvelopeVerificationException;
import eu.barrier.privacy.envelope.Envelopes;
import eu.barrier.privacy.envelope.Handling;
import eu.barrier.privacy.envelope.SealParameters;
import eu.barrier.privacy.envelope.Tlp;
import eu.barrier.privacy.exchange.AssessmentSummary;
import eu.barrier.privacy.exchange.ExchangeDomain;
import eu.barrier.privacy.exchange.Messages;
import eu.barrier.privacy.exchange.ObservedIndicator;
import eu.barrier.privacy.exchange.PseudonymousSubject;
import eu.barrier.privacy.exchange.SignalReport;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.key.PartyPublicKeys;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.screening.picture.MessageStore;
import eu.barrier.screening.picture.Picture;
import eu.barrier.screening.picture.PictureCompiler;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ARIEC's picture against bare opening, on the same sealed messages in the same run: {@link
 * #picture} ({@code PictureCompiler.compile}: open every message with every check, read the
 * report, link, tie, group, rank) against {@link #bareOpen} ({@code Envelopes.open} of every
 * message, nothing else). Each report is from one of {@code partners} partners and names one of
 * 5 000 establishments and one of 500 enterprises (one shared pseudonym domain). Report {@code
 * bareOpen / picture} time: the picture's opening throughput as a share of bare opening (target at
 * least 80 %). Default 200 messages so that the CI smoke pass sets up in seconds; the scale
 * is {@code -p messages=10000}.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar PictureBenchmark -f 1 -wi 2 -i 5 -p messages=10000
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PictureBenchmark {

  /** The sealed messages and the keys, per benchmark. */
  @State(Scope.Benchmark)
  public static class Input {
    @Param("200")
    int messages;

    @Param("20")
    int partners;

    PartyKeys ariec;
    List<PartyPublicKeys> trusted;
    Map<String, byte[]> sealed;
    List<byte[]> list;

    /** Seals the reports. */
    @Setup(Level.Trial)
    public void setUp() {
      SecureRandom random = new SecureRandom();
      ariec = PartyKeys.generate("ariec-limburg", random);
      List<PartyKeys> senders = new ArrayList<>();
      trusted = new ArrayList<>();
      for (int i = 0; i < partners; i++) {
        PartyKeys p = PartyKeys.generate(String.format(Locale.ROOT, "partner-%02d", i), random);
        senders.add(p);
        trusted.add(p.publicKeys());
      }
      Pseudonymiser pseudonymiser = Pseudonymiser.create(KeySet.generate(random),
          PseudonymContext.of("thb-signal", ariec.partyId()));
      SealParameters parameters = SealParameters.builder("thb-signal", "Samenwerkingsprotocol ARIEC Limburg 2026",
          Handling.of(Tlp.AMBER), LocalDate.now().plusYears(1)).build();
      Envelopes envelopes = Envelopes.builder().random(random).build();
      sealed = new TreeMap<>();
      for (int i = 0; i < messages; i++) {
        String establishment = checked(String.format(Locale.ROOT, "2%07d", random.nextInt(5_000)));
        String enterprise = checked(String.format(Locale.ROOT, "0%07d", 1_000 + random.nextInt(500)));
        List<PseudonymousSubject> subjects = List.of(
            new PseudonymousSubject(IdentifierType.BE_ESTABLISHMENT,
                pseudonymiser.pseudonymise(IdentifierType.BE_ESTABLISHMENT.parse(establishment)).format()),
            new PseudonymousSubject(IdentifierType.BE_ENTERPRISE,
                pseudonymiser.pseudonymise(IdentifierType.BE_ENTERPRISE.parse(enterprise)).format()));
        SignalReport report = SignalReport.of(String.format(Locale.ROOT, "r-%05d", i), ExchangeDomain.ADMINISTRATIVE,
            false, "2026-Q4", subjects, List.of(new ObservedIndicator("barrier-admin", "1.0.0", "ADM-01"),
                new ObservedIndicator("barrier-admin", "1.0.0", "ADM-05")),
            Grading.of(GradingScheme.EUROPOL_4X4, "B", "2"),
            new AssessmentSummary("medium", 5000L, "barrier-admin@1.0.0", "weighted"));
        sealed.put(String.format(Locale.ROOT, "m-%05d.json", i), envelopes.seal(senders.get(i % partners),
            List.of(ariec.publicKeys()), parameters, Messages.write(report)).message());
      }
      list = new ArrayList<>(sealed.values());
    }

    private static String checked(String first8) {
      long n = Long.parseLong(first8);
      return first8 + String.format(Locale.ROOT, "%02d", 97 - n % 97);
    }
  }

  /**
   * The picture of every message.
   *
   * @param in the input
   * @return the picture
   */
  @Benchmark
  public Picture picture(Input in) {
    return PictureCompiler.builder(in.ariec, in.trusted).build().compile(MessageStore.of(in.sealed));
  }

  /**
   * Bare opening of every message, with a fresh replay store as the picture has.
   *
   * @param in the input
   * @return the number opened
   * @throws EnvelopeVerificationException never: every message is valid
   */
  @Benchmark
  public int bareOpen(Input in) throws EnvelopeVerificationException {
    Envelopes envelopes = Envelopes.builder().build();
    int n = 0;
    for (byte[] m : in.list) {
      n += envelopes.open(in.ariec, in.trusted, m).payload().length > 0 ? 1 : 0;
    }
    return n;
  }
}
