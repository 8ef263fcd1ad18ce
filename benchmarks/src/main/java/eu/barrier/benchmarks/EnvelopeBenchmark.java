package eu.barrier.benchmarks;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.envelope.EnvelopeVerificationException;
import eu.barrier.privacy.envelope.Envelopes;
import eu.barrier.privacy.envelope.Handling;
import eu.barrier.privacy.envelope.SealParameters;
import eu.barrier.privacy.envelope.Tlp;
import eu.barrier.privacy.internal.ExchangeCrypto;
import eu.barrier.privacy.internal.Jcs;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.key.PartyPublicKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Throughput of sealing and opening a 1 KiB payload for one recipient against the raw primitives
 * in the same run: {@link #sealThenOpen} (the whole {@code Envelopes} path: strict parse, RFC 8785,
 * header checks, Ed25519 sign, HPKE seal, then every open check, HPKE open, Ed25519 verify) against
 * {@link #rawPrimitives} (Ed25519 sign and verify plus HPKE seal and open over the same byte strings
 * the envelope signs and encrypts, with the same associated data). Report {@code sealThenOpen /
 * rawPrimitives} (target at least 60 %). The replay check is a no-op store so that the run does
 * not measure a growing map.
 *
 * <p>Run (from the repository root):
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EnvelopeBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class EnvelopeBenchmark {

  private static final byte[] INFO = Envelopes.HPKE_INFO.getBytes(StandardCharsets.US_ASCII);

  /** Parties, parameters, the payload and the raw byte strings, per thread. */
  @State(Scope.Thread)
  public static class Input {
    SecureRandom random;
    Envelopes envelopes;
    PartyKeys sender;
    PartyKeys recipient;
    List<PartyPublicKeys> to;
    List<PartyPublicKeys> trusted;
    SealParameters parameters;
    byte[] payload;
    byte[] signingSeed;
    byte[] signingPublic;
    byte[] encryptionPrivate;
    byte[] encryptionPublic;
    byte[] signed;
    byte[] inner;
    byte[] aad;

    /** Generates keys, a 1 KiB payload, and the byte strings of one real message. */
    @Setup
    public void setUp() throws GeneralSecurityException {
      random = new SecureRandom();
      envelopes = Envelopes.builder().random(random).replayStore((party, id, until, delivery) -> {
        delivery.run();
        return true;
      }).build();
      sender = PartyKeys.generate("gemeente-genk", random);
      recipient = PartyKeys.generate("ariec-limburg", random);
      to = List.of(recipient.publicKeys());
      trusted = List.of(sender.publicKeys());
      parameters = SealParameters.builder("thb-signal", "Samenwerkingsprotocol ARIEC Limburg 2026",
          Handling.of(Tlp.AMBER_STRICT), LocalDate.now().plusYears(1)).build();
      String prefix = "{\"type\":\"acme.blob/1\",\"data\":\"";
      String suffix = "\"}";
      StringBuilder data = new StringBuilder();
      while (prefix.length() + data.length() + suffix.length() < 1024) {
        data.append((char) ('a' + data.length() % 26));
      }
      payload = (prefix + data + suffix).getBytes(StandardCharsets.UTF_8);

      SecretAccess access = InsecureSecretAccess.get();
      signingSeed = sender.signingKey(access).toByteArray(access);
      signingPublic = sender.publicKeys().signingKey();
      encryptionPrivate = recipient.encryptionKey(access).toByteArray(access);
      encryptionPublic = recipient.publicKeys().encryptionKey();

      // the byte strings one real message signs and encrypts
      JsonMapper mapper = JsonMapper.builder().build();
      JsonNode message = mapper.readTree(envelopes.seal(sender, to, parameters, payload).message());
      JsonNode header = message.get("header");
      JsonNode p = mapper.readTree(payload);
      ObjectNode toSign = JsonNodeFactory.instance.objectNode();
      toSign.set("header", header);
      toSign.set("payload", p);
      signed = Jcs.canonicalize(toSign);
      ObjectNode in = JsonNodeFactory.instance.objectNode();
      in.set("payload", p);
      in.put("signature", Base64.getUrlEncoder().withoutPadding().encodeToString(ExchangeCrypto.sign(signingSeed, signed)));
      inner = Jcs.canonicalize(in);
      aad = Jcs.canonicalize(header);
    }
  }

  /**
   * Seal for one recipient, then open as that recipient.
   *
   * @param in the input
   * @return the opened payload
   * @throws EnvelopeVerificationException never
   */
  @Benchmark
  public byte[] sealThenOpen(Input in) throws EnvelopeVerificationException {
    byte[] message = in.envelopes.seal(in.sender, in.to, in.parameters, in.payload).message();
    return in.envelopes.open(in.recipient, in.trusted, message).payload();
  }

  /**
   * The raw primitives: Ed25519 sign and verify, HPKE seal and open, over the same bytes.
   *
   * @param in the input
   * @return the decrypted bytes
   * @throws GeneralSecurityException never
   */
  @Benchmark
  public byte[] rawPrimitives(Input in) throws GeneralSecurityException {
    byte[] signature = ExchangeCrypto.sign(in.signingSeed, in.signed);
    if (!ExchangeCrypto.verify(in.signingPublic, in.signed, signature)) {
      throw new IllegalStateException("signature");
    }
    ExchangeCrypto.Sealed sealed = ExchangeCrypto.hpkeSeal(in.encryptionPublic, INFO, in.aad, in.inner, in.random);
    return ExchangeCrypto.hpkeOpen(sealed.enc(), in.encryptionPrivate, INFO, in.aad, sealed.ct());
  }
}
