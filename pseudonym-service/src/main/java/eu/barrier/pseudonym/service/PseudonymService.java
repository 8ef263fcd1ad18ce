package eu.barrier.pseudonym.service;

import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.blind.ServiceKeys;
import eu.barrier.privacy.key.PartyPublicKeys;
import eu.barrier.privacy.spi.ReplayStore;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blind pseudonymisation service: evaluates blinded elements (RFC 9497 POPRF, P256-SHA256)
 * for trusted partners over HTTP, on an embedded Jetty 12 server.
 *
 * <p>Resources: {@code GET /v1/keys} gives the service's public keys ({@code
 * barrier-oprf-public/1}); {@code POST /v1/evaluate} takes a signed {@code
 * barrier-oprf-request/1} and answers {@code barrier-oprf-response/1}.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Only partners on the trust list are served: each request carries the partner's Ed25519
 *       signature, a time of issue (accepted from 60 s before to 120 s after) and a request id
 *       accepted once.
 *   <li>Each partner evaluates at most {@link Builder#ratePerMinute} elements per minute (a token
 *       bucket): every evaluation is an oracle query on the key (RFC 9497 section 7.2).
 *   <li>Every evaluation is written to the audit log (partner, purpose, recipient, count, key id;
 *       never an element) before it is answered; if the entry cannot be written nothing is
 *       answered. Refusals of parsed requests are written too, with their code.
 *   <li>Errors are RFC 9457 problem documents with a stable {@code BARRIER-PSVC-…} code.
 *   <li>Limits: body size, batch size, open connections, worker threads, idle time; {@link
 *       #close()} stops accepting, lets requests in progress finish (up to the stop timeout) and
 *       answers new ones with 503.
 * </ul>
 *
 * <p>The service sees blinded elements, which are uniformly random, and the public context
 * (purpose and recipient); it never sees an identifier. It binds to 127.0.0.1 unless told
 * otherwise; put a TLS-terminating proxy in front when partners are elsewhere.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PseudonymService implements AutoCloseable {

  /** The default rate: elements per partner per minute. */
  public static final int DEFAULT_RATE_PER_MINUTE = 600;

  /** The default largest batch. */
  public static final int DEFAULT_MAX_BATCH = 100;

  /** The default largest request body. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  /** The default most open connections. */
  public static final int DEFAULT_MAX_CONNECTIONS = 64;

  /** The default loopback address. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  private static final long SHUTDOWN_IDLE_MILLIS = 200;

  private static final Logger LOG = LoggerFactory.getLogger(PseudonymService.class);

  private final Server server;
  private final ServerConnector connector;
  private final String host;

  private PseudonymService(Server server, ServerConnector connector, String host) {
    this.server = server;
    this.connector = connector;
    this.host = host;
  }

  /**
   * Starts a builder.
   *
   * @param keys the service's POPRF keys
   * @param trusted the partners served: their public exchange keys (the signing key is checked)
   * @param audit the audit log every evaluation is written to
   * @return a builder
   */
  public static Builder builder(ServiceKeys keys, List<PartyPublicKeys> trusted, AuditLog audit) {
    return new Builder(keys, trusted, audit);
  }

  /**
   * Returns the port the service listens on (useful after asking for port 0).
   *
   * @return the port
   */
  public int port() {
    return connector.getLocalPort();
  }

  /**
   * Returns the base URI, for example {@code http://127.0.0.1:8443}.
   *
   * @return the URI
   */
  public URI uri() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + port());
  }

  /**
   * Stops gracefully: stops accepting, lets requests in progress finish up to the stop timeout,
   * then closes every connection.
   */
  @Override
  public void close() {
    try {
      server.stop();
      LOG.info("pseudonym service stopped");
    } catch (Exception e) {
      LOG.warn("pseudonym service did not stop cleanly: {}", e.getClass().getSimpleName());
    }
  }

  /** Builds and starts a {@link PseudonymService}. */
  public static final class Builder {
    private final ServiceKeys keys;
    private final List<PartyPublicKeys> trusted;
    private final AuditLog audit;
    private String host = DEFAULT_HOST;
    private int port;
    private long ratePerMinute = DEFAULT_RATE_PER_MINUTE;
    private int maxBatch = DEFAULT_MAX_BATCH;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private int maxThreads = 16;
    private Duration idleTimeout = Duration.ofSeconds(30);
    private Duration stopTimeout = Duration.ofSeconds(10);
    private Clock clock = Clock.systemUTC();
    private SecureRandom random = new SecureRandom();
    private ReplayStore replayStore;

    private Builder(ServiceKeys keys, List<PartyPublicKeys> trusted, AuditLog audit) {
      this.keys = Objects.requireNonNull(keys, "keys");
      this.trusted = List.copyOf(Objects.requireNonNull(trusted, "trusted"));
      this.audit = Objects.requireNonNull(audit, "audit");
    }

    private static PseudonymServiceException bad(String what) {
      return new PseudonymServiceException(PseudonymServiceError.CONFIGURATION, what, null);
    }

    /**
     * Sets the address to bind.
     *
     * @param host an IP address or host name; default {@value PseudonymService#DEFAULT_HOST}
     * @return this
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * Sets the port.
     *
     * @param port 0 (any free port) to 65535
     * @return this
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw bad("port from 0 to 65535");
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the rate: elements each partner may have evaluated per minute.
     *
     * @param perMinute 1 to 1,000,000
     * @return this
     */
    public Builder ratePerMinute(long perMinute) {
      if (perMinute < 1 || perMinute > 1_000_000) {
        throw bad("rate from 1 to 1000000 per minute");
      }
      this.ratePerMinute = perMinute;
      return this;
    }

    /**
     * Sets the most elements in one request.
     *
     * @param maxBatch 1 to 1000
     * @return this
     */
    public Builder maxBatch(int maxBatch) {
      if (maxBatch < 1 || maxBatch > 1000) {
        throw bad("batch limit from 1 to 1000");
      }
      this.maxBatch = maxBatch;
      return this;
    }

    /**
     * Sets the largest request body.
     *
     * @param bytes 1 KiB to 64 KiB
     * @return this
     */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1024 || bytes > 64 * 1024) {
        throw bad("body limit from 1024 to 65536 bytes");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Sets the most open connections; further connections wait in the accept queue.
     *
     * @param max 1 to 10,000
     * @return this
     */
    public Builder maxConnections(int max) {
      if (max < 1 || max > 10_000) {
        throw bad("connection limit from 1 to 10000");
      }
      this.maxConnections = max;
      return this;
    }

    /**
     * Sets how long in-progress requests may take to finish at {@link PseudonymService#close()}.
     *
     * @param timeout a positive duration
     * @return this
     */
    public Builder stopTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw bad("stop timeout must be positive");
      }
      this.stopTimeout = timeout;
      return this;
    }

    /**
     * Sets the clock that judges freshness.
     *
     * @param clock the clock
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the source of proof nonces.
     *
     * @param random a secure random
     * @return this
     */
    public Builder random(SecureRandom random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Keeps the ids of accepted requests in a store instead of memory, so that a request replayed
     * after a restart, within its freshness window, is still refused. {@code
     * FileReplayStore.open(file, clock)} of {@code barrier-privacy} keeps them in a file; it
     * rewrites the file on every request, which suits the rates of this service (hundreds of
     * requests per minute), not thousands per second. If the store fails, the request is refused
     * with {@link PseudonymServiceError#REPLAY_STORE} and nothing is evaluated.
     *
     * @param store the store; the default keeps the ids in memory only
     * @return this
     */
    public Builder replayStore(ReplayStore store) {
      this.replayStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Starts the service.
     *
     * @return the running service
     * @throws PseudonymServiceException with {@code BARRIER-PSVC-0101} for an empty trust list or
     *     a batch limit above the rate, {@code BARRIER-PSVC-0102} if the address cannot be bound
     */
    public PseudonymService start() {
      if (trusted.isEmpty()) {
        throw bad("at least one trusted partner");
      }
      if (maxBatch > ratePerMinute) {
        throw bad("the batch limit must not exceed the rate per minute");
      }
      Map<String, PartyPublicKeys> byKey = new LinkedHashMap<>();
      for (PartyPublicKeys p : trusted) {
        byKey.put(p.partyId() + " " + p.signingKeyId(), p);
      }
      QueuedThreadPool threads = new QueuedThreadPool(maxThreads, 2);
      threads.setName("pseudonym-service");
      Server server = new Server(threads);
      HttpConfiguration http = new HttpConfiguration();
      http.setSendServerVersion(false);
      http.setSendXPoweredBy(false);
      http.setRequestHeaderSize(8 * 1024);
      ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
      connector.setHost(host);
      connector.setPort(port);
      connector.setIdleTimeout(idleTimeout.toMillis());
      server.addConnector(connector);
      server.addBean(new NetworkConnectionLimit(maxConnections, connector));
      EvaluationHandler handler = new EvaluationHandler(keys, Map.copyOf(byKey), audit, ratePerMinute, maxBatch,
          maxBodyBytes, clock, random, replayStore);
      GracefulHandler graceful = new GracefulHandler(handler);
      // at stop, idle keep-alive connections close at once; requests in progress still finish
      graceful.setShutdownIdleTimeout(SHUTDOWN_IDLE_MILLIS);
      server.setHandler(graceful);
      server.setStopTimeout(stopTimeout.toMillis());
      server.setStopAtShutdown(true);
      try {
        server.start();
      } catch (Exception e) {
        try {
          server.stop();
        } catch (Exception ignored) {
          // already failed to start
        }
        throw new PseudonymServiceException(PseudonymServiceError.START, "binding " + host + ":" + port, e);
      }
      LOG.info("pseudonym service listening on {}:{} for {} partners, {} keys", host, connector.getLocalPort(),
          byKey.size(), keys.publicKeys().keys().size());
      return new PseudonymService(server, connector, host);
    }
  }
}
