package eu.barrier.pseudonym.service;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.FileAuditSink;
import eu.barrier.privacy.blind.EvaluationRequest;
import eu.barrier.privacy.blind.ServiceKeys;
import eu.barrier.privacy.envelope.FileReplayStore;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.oprf.OprfClient;
import eu.barrier.privacy.oprf.OprfMode;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.spi.ReplayStore;
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
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request ids kept in a replay store survive a restart of the service. Bounded to seconds. */
final class ReplayStoreServiceTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final PseudonymContext CONTEXT = PseudonymContext.of("thb-signal", "ariec-limburg");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path dir;
  private final PartyKeys municipality = PartyKeys.generate("be.gemeente.genk", RANDOM);
  private final KeySet serviceKeySet = KeySet.generate(RANDOM);

  private PseudonymService start(ReplayStore store) {
    AuditLog audit = AuditLog.open(FileAuditSink.open(dir.resolve("audit.jsonl")), Clock.systemUTC());
    PseudonymService.Builder b = PseudonymService.builder(ServiceKeys.from(serviceKeySet),
        List.of(municipality.publicKeys()), audit).port(0).stopTimeout(Duration.ofSeconds(2));
    return (store == null ? b : b.replayStore(store)).start();
  }

  private EvaluationRequest.Signed signed() {
    OprfClient oprf = OprfClient.create(OprfMode.POPRF,
        ServiceKeys.from(serviceKeySet).publicKeys().primary().publicKey());
    List<byte[]> elements = oprf.blind(Collections.nCopies(2, "x".getBytes(StandardCharsets.UTF_8)),
        "info".getBytes(StandardCharsets.UTF_8), RANDOM).blindedElements();
    return EvaluationRequest.sign(municipality, serviceKeySet.primary().id(), CONTEXT, elements, Instant.now(), RANDOM);
  }

  private static HttpResponse<String> post(PseudonymService service, EvaluationRequest.Signed signed)
      throws Exception {
    return HTTP.send(HttpRequest.newBuilder(service.uri().resolve("/v1/evaluate"))
        .header("Content-Type", "application/json").header(EvaluationRequest.SIGNATURE_HEADER, signed.signature())
        .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body())).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void evaluate_requestReplayedAfterRestart_refusedWithAFileStoreAndServedWithout() throws Exception {
    Path file = dir.resolve("replay.txt");
    EvaluationRequest.Signed request = signed();
    try (PseudonymService first = start(FileReplayStore.open(file, Clock.systemUTC()))) {
      assertThat(post(first, request).statusCode()).isEqualTo(200);
    }
    try (PseudonymService restarted = start(FileReplayStore.open(file, Clock.systemUTC()))) {
      HttpResponse<String> replay = post(restarted, request);
      assertThat(replay.statusCode()).isEqualTo(401);
      assertThat(replay.body()).contains("BARRIER-PSVC-0010");
      assertThat(post(restarted, signed()).statusCode()).as("a new request").isEqualTo(200);
    }
    String stored = Files.readString(file);
    assertThat(stored).startsWith(FileReplayStore.FORMAT).contains("be.gemeente.genk")
        .contains(ReplayGuard.uuid(EvaluationRequest.parse(request.body()).requestId()).toString());
    try (PseudonymService inMemory = start(null)) {
      assertThat(post(inMemory, request).statusCode()).as("memory forgets across restarts").isEqualTo(200);
    }
  }

  @Test
  void evaluate_replayStoreFails_refusedWith500AndNothingEvaluated() throws Exception {
    ReplayStore broken = new ReplayStore() {
      @Override
      public boolean deliverOnce(String recipient, UUID messageId, Instant keepUntil, Runnable delivery) {
        throw new IllegalStateException("disk full");
      }
    };
    try (PseudonymService service = start(broken)) {
      HttpResponse<String> r = post(service, signed());
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).contains("BARRIER-PSVC-0016").doesNotContain("disk full");
    }
    assertThat(Files.readString(dir.resolve("audit.jsonl"))).contains("BARRIER-PSVC-0016")
        .doesNotContain("PSEUDONYMISE");
  }

  @Test
  void uuid_requestIdBytes_mappedOneToOne() {
    byte[] id = new byte[16];
    id[0] = (byte) 0xff;
    id[15] = 1;
    String text = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    assertThat(ReplayGuard.uuid(text)).isEqualTo(new UUID(0xff00000000000000L, 1L));
  }
}
