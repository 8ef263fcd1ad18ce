package eu.barrier.privacy.key;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.testing.Fuzz;
import eu.barrier.privacy.InsecureSecretAccess;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 7: the keys file reader, fed mutations of keys files (generated in the test:
 * test keys are never committed) and of the committed structural corpus ({@code fuzz/key-file}),
 * returns a bundle or throws its one documented failure type, {@link KeySetException}, without
 * key material in its message.
 */
final class KeyFilesFuzzTest {

  private static final List<String> TOKENS = List.of("\"", "{", "}", "[", "]", ",", ":", "\"format\"", "\"keys\"",
      "\"primary\":1", "\"status\":\"ENABLED\"", "AAAA", "==", "null", "-1", "\u00ef\u00bb\u00bf");

  @Test
  void parse_mutatedKeyFiles_giveBundleOrKeySetException() {
    String generated = KeyFiles.write(PartyKeyBundle.generate("gemeente-genk", new SecureRandom()),
        InsecureSecretAccess.get());
    List<byte[]> corpus = new java.util.ArrayList<>(Fuzz.corpus(KeyFilesFuzzTest.class, "/fuzz/key-file/shapes.json"));
    corpus.add(generated.getBytes(StandardCharsets.UTF_8));
    Fuzz.run("KeyFiles.parse", Fuzz.mutations(corpus, TOKENS), Fuzz.tries(1_000), bytes -> {
      String text = new String(bytes, StandardCharsets.UTF_8);
      try {
        assertThat(KeyFiles.parse(text, InsecureSecretAccess.get())).isNotNull();
      } catch (KeySetException e) {
        assertThat(e.code()).startsWith("BARRIER-PRIV-");
      }
    });
  }
}
