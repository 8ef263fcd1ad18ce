package eu.barrier.pseudonym.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.AuditVerifier;
import eu.barrier.privacy.audit.FileAuditSink;
import eu.barrier.privacy.blind.BlindPseudonymClient;
import eu.barrier.privacy.blind.BlindPseudonymException;
import eu.barrier.privacy.blind.EvaluationRequest;
import eu.barrier.privacy.blind.ServiceKeys;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.oprf.OprfClient;
import eu.barrier.privacy.oprf.OprfMode;
import eu.barrier.privacy.pseudonym.Pseudonym;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service on a free loopback port, used by real HTTP clients; every test is bounded to seconds. */
final class PseudonymServiceTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final PseudonymContext CONTEXT = PseudonymContext.of("thb-signal", "ariec-limburg");
  // synthetic Belgian national numbers with valid check digits (born 1985 and 2001)
  private static final List<String> NUMBERS = List.of("85073003328", "01020312345");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path dir;
  private final PartyKeys municipality = PartyKeys.generate("be.gemeente.genk", RANDOM);
  private final PartyKeys police = PartyKeys.generate("be.politie.carma", RANDOM);
  private final PartyKeys stranger = PartyKeys.generate("be.stranger", RANDOM);
  private final KeySet serviceKeySet = KeySet.generate(RANDOM);
  private Path auditFile;
  private PseudonymService service;

  @BeforeEach
  void start() {
    auditFile = dir.resolve("service-audit.jsonl");
    service = start(serviceKeySet, 600);
  }

  private PseudonymService start(KeySet keys, int rate) {
    AuditLog audit = AuditLog.open(FileAuditSink.open(auditFile), Clock.systemUTC());
    return PseudonymService.builder(ServiceKeys.from(keys), List.of(municipality.publicKeys(), police.publicKeys()), audit)
        .port(0).ratePerMinute(rate).maxBatch(Math.min(50, rate)).stopTimeout(Duration.ofSeconds(2)).start();
  }

  @AfterEach
  void stop() {
    service.close();
  }

  private BlindPseudonymClient client(PartyKeys keys) {
    return BlindPseudonymClient.builder(service.uri(), keys).timeout(Duration.ofSeconds(10)).build();
  }

  private static List<Identifier> ids() {
    return NUMBERS.stream().map(IdentifierType.BE_NATIONAL_NUMBER::parse).toList();
  }

  @Test
  void pseudonymise_twoPartnersWithoutAnyServiceKey_getTheSamePseudonyms() {
    List<Pseudonym> a = client(municipality).pseudonymise(CONTEXT, ids());
    List<Pseudonym> b = client(police).pseudonymise(CONTEXT, ids());

    assertThat(a).hasSize(2).containsExactlyElementsOf(b).doesNotHaveDuplicates();
    assertThat(a).allSatisfy(p -> assertThat(p.format()).matches("pk2\\.[a-z2-7]{8}\\.[A-Za-z0-9_-]{43}"));
    assertThat(client(police).pseudonymise(PseudonymContext.of("thb-signal", "politie"), ids()).get(0))
        .isNotEqualTo(a.get(0));
  }

  @Test
  void pseudonymise_untrustedPartner_isRefusedWith401Problem() {
    assertThatThrownBy(() -> client(stranger).pseudonymise(CONTEXT, ids()))
        .isInstanceOfSatisfying(BlindPseudonymException.class, e -> {
          assertThat(e.error()).isEqualTo(PrivacyError.BLIND_REFUSED);
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.problemCode()).contains("BARRIER-PSVC-0007");
        });
  }

  @Test
  void pseudonymise_overRate_isRefusedWith429ProblemAndRetryAfter() throws Exception {
    service.close();
    service = start(serviceKeySet, 3);
    BlindPseudonymClient c = client(municipality);
    c.pseudonymise(CONTEXT, ids()); // 2 of 3 tokens
    assertThatThrownBy(() -> c.pseudonymise(CONTEXT, ids()))
        .isInstanceOfSatisfying(BlindPseudonymException.class, e -> {
          assertThat(e.status()).isEqualTo(429);
          assertThat(e.problemCode()).contains("BARRIER-PSVC-0011");
        });
    HttpResponse<String> raw = post(signedBody(municipality, Instant.now()));
    assertThat(raw.statusCode()).isEqualTo(429);
    assertThat(raw.headers().firstValue("Retry-After")).isPresent();
    assertThat(raw.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(raw.body()).contains("\"type\":\"urn:barrier:problem:BARRIER-PSVC-0011\"", "\"status\":429");
    // the other partner has its own bucket
    assertThat(client(police).pseudonymise(CONTEXT, ids())).hasSize(2);
  }

  @Test
  void auditLog_afterServing_verifiesAndHoldsNoIdentifierElementOrPseudonym() throws Exception {
    EvaluationRequest.Signed signed = signedBody(municipality, Instant.now());
    assertThat(post(signed).statusCode()).isEqualTo(200);
    List<Pseudonym> pseudonyms = client(police).pseudonymise(CONTEXT, ids());
    assertThat(post(signedBody(stranger, Instant.now())).statusCode()).isEqualTo(401);

    assertThat(AuditVerifier.verify(auditFile, null).isIntact()).isTrue();
    String log = Files.readString(auditFile);
    assertThat(log.lines()).hasSize(3);
    assertThat(log).contains("\"actor\":\"be.gemeente.genk\"", "\"actor\":\"be.politie.carma\"", "oprf:",
        "\"count\":2", "BARRIER-PSVC-0007");
    for (String n : NUMBERS) {
      assertThat(log).doesNotContain(n);
    }
    for (byte[] element : EvaluationRequest.parse(signed.body()).elements()) {
      assertThat(log).doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(element));
    }
    for (Pseudonym p : pseudonyms) {
      assertThat(log).doesNotContain(p.format().substring(13));
    }
  }

  @Test
  void evaluate_replayedOrStaleOrBadlySigned_isRefusedWith401() throws Exception {
    EvaluationRequest.Signed signed = signedBody(municipality, Instant.now());
    assertThat(post(signed).statusCode()).isEqualTo(200);
    HttpResponse<String> replay = post(signed);
    HttpResponse<String> stale = post(signedBody(municipality, Instant.now().minusSeconds(600)));
    HttpResponse<String> future = post(signedBody(municipality, Instant.now().plusSeconds(600)));
    EvaluationRequest.Signed other = signedBody(police, Instant.now());
    HttpResponse<String> forged = send(HttpRequest.newBuilder(service.uri().resolve("/v1/evaluate"))
        .header("Content-Type", "application/json").header(EvaluationRequest.SIGNATURE_HEADER, signed.signature())
        .POST(HttpRequest.BodyPublishers.ofByteArray(other.body())).build());

    assertThat(replay.body()).contains("BARRIER-PSVC-0010");
    assertThat(stale.body()).contains("BARRIER-PSVC-0009");
    assertThat(future.body()).contains("BARRIER-PSVC-0009");
    assertThat(forged.body()).contains("BARRIER-PSVC-0008");
    for (HttpResponse<String> r : List.of(replay, stale, future, forged)) {
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Barrier-Signature");
    }
  }

  @Test
  void evaluate_limitsAndRoutes_answerTheirProblem() throws Exception {
    URI evaluate = service.uri().resolve("/v1/evaluate");
    byte[] big = new byte[70 * 1024];
    HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(evaluate).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
    HttpResponse<String> malformed = send(HttpRequest.newBuilder(evaluate).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"format\":1}")).build());
    HttpResponse<String> notJson = send(HttpRequest.newBuilder(evaluate).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("x")).build());
    HttpResponse<String> method = send(HttpRequest.newBuilder(evaluate).GET().build());
    HttpResponse<String> missing = send(HttpRequest.newBuilder(service.uri().resolve("/v1/other")).GET().build());
    HttpResponse<String> batch = post(signedBody(municipality, Instant.now(), 51));

    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("BARRIER-PSVC-0005", "BARRIER-PRIV-0701");
    assertThat(notJson.statusCode()).isEqualTo(415);
    assertThat(method.statusCode()).isEqualTo(405);
    assertThat(method.headers().firstValue("Allow")).contains("POST");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(batch.statusCode()).isEqualTo(413);
    assertThat(batch.body()).contains("BARRIER-PSVC-0006");
  }

  @Test
  void pseudonymise_afterRotation_oldKeyStillResolvesDuringTheOverlap() {
    Pseudonym before = client(municipality).pseudonymise(CONTEXT, ids()).get(0);
    int oldId = serviceKeySet.primary().id();
    service.close();
    KeySet rotated = serviceKeySet.rotate(RANDOM);
    service = start(rotated, 600);
    BlindPseudonymClient c = client(municipality);

    assertThat(c.serviceKeys().primary().id()).isEqualTo(rotated.primary().id());
    assertThat(c.pseudonymise(CONTEXT, ids(), oldId).get(0)).isEqualTo(before);
    assertThat(c.pseudonymise(CONTEXT, ids()).get(0)).isNotEqualTo(before);

    service.close();
    service = start(rotated.disable(oldId), 600);
    HttpResponse<String> gone;
    try {
      gone = post(signedBody(municipality, Instant.now(), 1, oldId));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(gone.statusCode()).isEqualTo(422);
    assertThat(gone.body()).contains("BARRIER-PSVC-0012");
  }

  @Test
  void close_stopsAcceptingConnections() {
    BlindPseudonymClient c = client(municipality);
    c.pseudonymise(CONTEXT, ids());
    service.close();
    assertThatThrownBy(() -> c.pseudonymise(CONTEXT, ids()))
        .isInstanceOfSatisfying(BlindPseudonymException.class,
            e -> assertThat(e.error()).isEqualTo(PrivacyError.BLIND_TRANSPORT));
  }

  private EvaluationRequest.Signed signedBody(PartyKeys keys, Instant issuedAt) {
    return signedBody(keys, issuedAt, 2);
  }

  private EvaluationRequest.Signed signedBody(PartyKeys keys, Instant issuedAt, int count) {
    return signedBody(keys, issuedAt, count, serviceKeySet.primary().id());
  }

  private EvaluationRequest.Signed signedBody(PartyKeys keys, Instant issuedAt, int count, int keyId) {
    OprfClient oprf = OprfClient.create(OprfMode.POPRF, ServiceKeys.from(serviceKeySet).publicKeys().primary().publicKey());
    List<byte[]> inputs = java.util.Collections.nCopies(count, "x".getBytes(StandardCharsets.UTF_8));
    List<byte[]> elements = oprf.blind(inputs, "info".getBytes(StandardCharsets.UTF_8), RANDOM).blindedElements();
    return EvaluationRequest.sign(keys, keyId, CONTEXT, elements, issuedAt, RANDOM);
  }

  private HttpResponse<String> post(EvaluationRequest.Signed signed) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(service.uri().resolve("/v1/evaluate")).header("Content-Type", "application/json")
        .header(EvaluationRequest.SIGNATURE_HEADER, signed.signature())
        .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body())).build());
  }

  private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
