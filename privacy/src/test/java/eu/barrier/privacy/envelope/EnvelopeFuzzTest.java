package eu.barrier.privacy.envelope;

import static eu.barrier.privacy.envelope.Fixture.MUNICIPALITY;
import static eu.barrier.privacy.envelope.Fixture.PAYLOAD;
import static eu.barrier.privacy.envelope.Fixture.POLICE;
import static eu.barrier.privacy.envelope.Fixture.RIEC;
import static eu.barrier.privacy.envelope.Fixture.T0;
import static eu.barrier.privacy.envelope.Fixture.TRUSTED;
import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.testing.Fuzz;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 7: {@link Envelopes#open}, fed structure-aware mutations of sealed messages
 * (sealed in the test with keys generated in the test, so the corpus is made at run time) and
 * arbitrary bytes, opens (only an unchanged message) or throws its one documented failure type, {@link
 * EnvelopeVerificationException}, without the payload in its message.
 */
final class EnvelopeFuzzTest {

  private static final Fixture.MutableClock CLOCK = new Fixture.MutableClock(T0);

  private static final List<String> TOKENS = List.of("\"", "{", "}", ",", ":", "=", "A", "\"v\":2", "\"alg\":\"none\"",
      "\"recipients\":[]", "null", "0", "-1", "\u00ef\u00bb\u00bf", "\"purpose\":\"x\"");

  @Test
  void open_mutatedMessages_openOrVerificationException() {
    Envelopes envelopes = Envelopes.builder().clock(CLOCK).build();
    List<byte[]> corpus = List.of(
        envelopes.seal(MUNICIPALITY, List.of(POLICE.publicKeys()), Fixture.parameters(), PAYLOAD).message(),
        envelopes.seal(MUNICIPALITY, List.of(POLICE.publicKeys(), RIEC.publicKeys()), Fixture.parameters(), PAYLOAD)
            .message());
    Fuzz.run("Envelopes.open", Fuzz.mutations(corpus, TOKENS), Fuzz.tries(1_000), message -> {
      try {
        // only an unchanged message opens; its payload comes back in canonical form
        assertThat(new String(envelopes.open(POLICE, TRUSTED, message).payload(),
            java.nio.charset.StandardCharsets.UTF_8)).contains(Fixture.PAYLOAD_MARKER);
      } catch (EnvelopeVerificationException e) {
        assertThat(e.getMessage()).doesNotContain(Fixture.PAYLOAD_MARKER);
      }
    });
  }
}
