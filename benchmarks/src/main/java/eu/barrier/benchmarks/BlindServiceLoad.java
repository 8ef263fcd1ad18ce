package eu.barrier.benchmarks;

import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.FileAuditSink;
import eu.barrier.privacy.blind.BlindPseudonymClient;
import eu.barrier.privacy.blind.BlindPseudonymException;
import eu.barrier.privacy.blind.ServiceKeys;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.key.PartyPublicKeys;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.pseudonym.service.PseudonymService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of the pseudonym service on 127.0.0.1, with real HTTP clients: batch latency
 * from one client (batches of 1, 10 and 100), then {@code threads} partners, each with its own
 * signing key and client, pseudonymising batches for {@code seconds} (requests per second,
 * elements per second, p50 and p99 latency, errors), then a partner over its rate (must be
 * refused with {@code BARRIER-PSVC-0011}). Not a JMH benchmark: client and service share the
 * machine, so the figures are end-to-end on loopback. Exits 1 if any request failed or the rate
 * limit was not enforced.
 *
 * <p>Run (from the repository root, after building the benchmarks jar):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar eu.barrier.benchmarks.BlindServiceLoad 10 4 10
 * </pre>
 *
 * <p>Arguments: seconds of load (default 10), partner threads (default 4), elements per request
 * (default 10). Identifiers are synthetic BSNs with valid check digits; keys are random per run.
 */
public final class BlindServiceLoad {

  private static final PseudonymContext CONTEXT = PseudonymContext.of("thb-signal", "ariec-limburg");

  private BlindServiceLoad() {}

  /**
   * Runs the load test.
   *
   * @param args seconds, threads, batch
   * @throws Exception if the service cannot start or a thread is interrupted
   */
  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    SecureRandom random = new SecureRandom();
    List<Identifier> ids = bsns(100);
    List<PartyKeys> partners = new ArrayList<>();
    List<PartyPublicKeys> trusted = new ArrayList<>();
    for (int t = 0; t <= threads; t++) {
      PartyKeys k = PartyKeys.generate("load-partner-" + t, random);
      partners.add(k);
      trusted.add(k.publicKeys());
    }
    Path dir = Files.createTempDirectory("barrier-blind-load");
    ServiceKeys keys = ServiceKeys.from(KeySet.generate(random));
    boolean ok = true;
    try (PseudonymService service = PseudonymService.builder(keys, trusted, audit(dir.resolve("a.jsonl")))
        .ratePerMinute(1_000_000).maxBatch(100).maxConnections(256).start()) {
      System.out.printf(Locale.ROOT, "service on %s, %d cores, %s%n", service.uri(),
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
      BlindPseudonymClient one = client(service, partners.get(threads));
      for (int size : new int[] {1, 10, 100}) {
        List<Identifier> slice = ids.subList(0, size);
        for (int i = 0; i < 20; i++) {
          one.pseudonymise(CONTEXT, slice);
        }
        long[] lat = new long[50];
        for (int i = 0; i < lat.length; i++) {
          long t0 = System.nanoTime();
          one.pseudonymise(CONTEXT, slice);
          lat[i] = System.nanoTime() - t0;
        }
        Arrays.sort(lat);
        System.out.printf(Locale.ROOT, "batch %3d: latency p50 %.1f ms, p99 %.1f ms (50 requests, one client)%n",
            size, lat[lat.length / 2] / 1e6, lat[(int) Math.ceil(lat.length * 0.99) - 1] / 1e6);
      }
      ok &= load(service, partners.subList(0, threads), ids.subList(0, batch), seconds);
    }
    ok &= rateLimitEnforced(keys, partners.get(0), ids.subList(0, 10), dir.resolve("b.jsonl"));
    System.exit(ok ? 0 : 1);
  }

  private static boolean load(PseudonymService service, List<PartyKeys> partners, List<Identifier> slice, int seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    List<long[][]> boxes = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (PartyKeys p : partners) {
      BlindPseudonymClient c = client(service, p);
      long[][] box = new long[1][];
      boxes.add(box);
      Thread w = new Thread(() -> {
        long[] lat = new long[1024];
        int n = 0;
        while (System.nanoTime() < deadline) {
          long t0 = System.nanoTime();
          try {
            c.pseudonymise(CONTEXT, slice);
          } catch (BlindPseudonymException e) {
            errors.incrementAndGet();
          }
          if (n == lat.length) {
            lat = Arrays.copyOf(lat, n * 2);
          }
          lat[n++] = System.nanoTime() - t0;
        }
        box[0] = Arrays.copyOf(lat, n);
      });
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      w.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = boxes.stream().flatMapToLong(b -> Arrays.stream(b[0])).sorted().toArray();
    System.out.printf(Locale.ROOT,
        "load: %d partners x batch %d for %.1f s: %d requests, %.0f requests/s, %.0f elements/s, "
            + "p50 %.1f ms, p99 %.1f ms, errors %d%n",
        partners.size(), slice.size(), elapsed, all.length, all.length / elapsed, all.length * slice.size() / elapsed,
        all[all.length / 2] / 1e6, all[(int) Math.ceil(all.length * 0.99) - 1] / 1e6, errors.get());
    return errors.get() == 0 && all.length > 0;
  }

  private static boolean rateLimitEnforced(ServiceKeys keys, PartyKeys partner, List<Identifier> slice, Path auditFile) {
    try (PseudonymService limited = PseudonymService.builder(keys, List.of(partner.publicKeys()), audit(auditFile))
        .ratePerMinute(100).maxBatch(10).start()) {
      BlindPseudonymClient c = client(limited, partner);
      int served = 0;
      String refusal = "none";
      for (int i = 0; i < 11; i++) {
        try {
          c.pseudonymise(CONTEXT, slice);
          served++;
        } catch (BlindPseudonymException e) {
          refusal = e.status() + " " + e.problemCode().orElse("?");
          break;
        }
      }
      boolean enforced = served == 10 && refusal.equals("429 BARRIER-PSVC-0011");
      System.out.printf(Locale.ROOT, "rate limit 100/min, batches of 10: %d served, then %s: %s%n", served, refusal,
          enforced ? "enforced" : "NOT ENFORCED");
      return enforced;
    }
  }

  private static BlindPseudonymClient client(PseudonymService service, PartyKeys keys) {
    return BlindPseudonymClient.builder(service.uri(), keys).timeout(Duration.ofSeconds(30)).build();
  }

  private static AuditLog audit(Path file) {
    return AuditLog.open(FileAuditSink.open(file), Clock.systemUTC());
  }

  /** Synthetic BSNs: eight digits and the check digit of the 11-test, skipping those that have none. */
  private static List<Identifier> bsns(int count) {
    List<Identifier> out = new ArrayList<>();
    for (int n = 10_000_000; out.size() < count; n += 7919) {
      String eight = String.format(Locale.ROOT, "%08d", n);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (eight.charAt(i) - '0');
      }
      int check = sum % 11;
      if (check < 10) {
        out.add(IdentifierType.NL_BSN.parse(eight + check));
      }
    }
    return out;
  }
}
