package eu.barrier.privacy.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Reading untrusted bytes as a message lets only {@link MessageValidationException} escape. */
final class MessagesProperties {

  private static final byte[] EXAMPLE;

  static {
    try {
      EXAMPLE = Files.readAllBytes(MessagesTest.EXAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 300)
  void read_exampleWithOneByteChanged_isReportOrTypedFailure(@ForAll @IntRange(min = 0, max = 100_000) int where,
      @ForAll byte value) {
    byte[] mutated = EXAMPLE.clone();
    int i = where % mutated.length;
    mutated[i] = value;

    try {
      SignalReport report = Messages.read(mutated, SignalReport.class);
      assertThat(report.type()).isEqualTo(SignalReport.TYPE);
    } catch (MessageValidationException e) {
      assertThat(e.violations()).isNotEmpty();
    }
  }

  @Property(tries = 300)
  void read_randomBytes_onlyTypedFailure(@ForAll("documents") byte[] bytes) {
    try {
      Messages.read(bytes);
    } catch (MessageValidationException e) {
      assertThat(e.code()).isIn("BARRIER-PRIV-0501", "BARRIER-PRIV-0503");
    }
  }

  @Provide
  Arbitrary<byte[]> documents() {
    Arbitrary<byte[]> prefixes = Arbitraries.integers().between(1, EXAMPLE.length)
        .map(n -> Arrays.copyOf(EXAMPLE, n));
    Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    Arbitrary<byte[]> typed = Arbitraries.strings().ofMaxLength(60)
        .map(s -> ("{\"type\":\"barrier.signal-report/1\",\"reference\":" + s + "}").getBytes(
            java.nio.charset.StandardCharsets.UTF_8));
    return Arbitraries.oneOf(prefixes, noise, typed);
  }
}
