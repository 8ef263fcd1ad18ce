package eu.barrier.privacy.blind;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The protocol's parsers throw their one documented exception type for any input. */
final class BlindProtocolProperties {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String VALID = new String(EvaluationRequest.sign(PartyKeys.generate("a", RANDOM), 7,
      PseudonymContext.of("p", "r"), List.of(element()), Instant.parse("2026-12-02T10:00:00Z"), RANDOM).body(),
      StandardCharsets.UTF_8);

  private static byte[] element() {
    byte[] e = new byte[33];
    e[0] = 2;
    return e;
  }

  @Provide
  Arbitrary<String> mutations() {
    Arbitrary<Integer> index = Arbitraries.integers().between(0, VALID.length() - 1);
    Arbitrary<Character> c = Arbitraries.chars().with("{}[]\",:0123456789aAzZ-_ \\".toCharArray());
    return net.jqwik.api.Combinators.combine(index, c, Arbitraries.integers().between(0, 2))
        .as((i, ch, op) -> switch (op) {
          case 0 -> VALID.substring(0, i) + ch + VALID.substring(i + 1);
          case 1 -> VALID.substring(0, i) + VALID.substring(i + 1);
          default -> VALID.substring(0, i) + ch + VALID.substring(i);
        });
  }

  @Property(tries = 400)
  void requestParse_mutatedBody_parsesOrThrowsOnlyBlindPseudonymException(@ForAll("mutations") String body) {
    try {
      EvaluationRequest.parse(body.getBytes(StandardCharsets.UTF_8));
    } catch (BlindPseudonymException e) {
      assertThat(e.code()).isEqualTo("BARRIER-PRIV-0701");
    }
  }

  @Property(tries = 300)
  void parsers_anyText_throwOnlyTheirException(@ForAll String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    for (Runnable r : List.<Runnable>of(() -> EvaluationRequest.parse(b), () -> EvaluationResponse.parse(b),
        () -> ServicePublicKeys.parse(b))) {
      try {
        r.run();
      } catch (BlindPseudonymException e) {
        assertThat(e.code()).startsWith("BARRIER-PRIV-070");
      }
    }
  }
}
