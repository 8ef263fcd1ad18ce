package eu.barrier.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Fuzzing without a coverage-guided engine (Jazzer is not served to this build): jqwik generators
 * over bytes and over structure-aware mutations of a committed corpus (issue 16, point 7).
 *
 * <p>{@link #run} draws {@link #tries(int)} inputs: the CI default given by the caller (seconds per
 * parser), or {@code -Dbarrier.fuzz.tries=N} for a longer local run. A failure names the parser and
 * the input in Base64, so that it can be committed to the corpus and become a regression test.
 */
public final class Fuzz {

  /** The system property that sets the number of inputs per parser. */
  public static final String TRIES_PROPERTY = "barrier.fuzz.tries";

  private Fuzz() {}

  /**
   * Returns the number of inputs to draw.
   *
   * @param ciDefault the bounded number CI runs
   * @return {@code -Dbarrier.fuzz.tries} if set, else {@code ciDefault}
   */
  public static int tries(int ciDefault) {
    return Integer.getInteger(TRIES_PROPERTY, ciDefault);
  }

  /**
   * Loads corpus files from the class path.
   *
   * @param anchor a class beside the corpus
   * @param resources absolute resource names
   * @return their bytes
   */
  public static List<byte[]> corpus(Class<?> anchor, String... resources) {
    List<byte[]> out = new ArrayList<>();
    for (String name : resources) {
      try (InputStream in = anchor.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("corpus file missing: " + name);
        }
        out.add(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Mutations of a corpus: one byte set, a truncation, a run deleted or duplicated, a splice of two
   * corpus files, a token of the format inserted, plus arbitrary bytes.
   *
   * @param corpus the seed inputs
   * @param tokens format-aware fragments to insert (keywords, delimiters, identifiers)
   * @return the generator
   */
  public static Arbitrary<byte[]> mutations(List<byte[]> corpus, List<String> tokens) {
    Arbitrary<byte[]> seed = Arbitraries.of(corpus);
    Arbitrary<byte[]> mutated = Combinators.combine(seed, seed, Arbitraries.integers().between(0, 5),
        Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 255),
        Arbitraries.integers().between(1, 64), Arbitraries.of(tokens.isEmpty() ? List.of("") : tokens))
        .as((bytes, other, kind, at, value, length, token) -> mutate(bytes, other, kind, at, value, length, token));
    Arbitrary<byte[]> twice = mutated.flatMap(first -> Combinators.combine(Arbitraries.integers().between(0, 5),
        Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 255), Arbitraries.integers().between(1, 64),
        Arbitraries.of(tokens.isEmpty() ? List.of("") : tokens))
        .as((kind, at, value, length, token) -> mutate(first, first, kind, at, value, length, token)));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, mutated),
        net.jqwik.api.Tuple.of(3, twice),
        net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(512)));
  }

  private static byte[] mutate(byte[] bytes, byte[] other, int kind, double at, int value, int length, String token) {
    if (bytes.length == 0) {
      return token.getBytes(StandardCharsets.UTF_8);
    }
    int position = Math.min((int) (at * bytes.length), bytes.length - 1);
    int end = Math.min(bytes.length, position + length);
    switch (kind) {
      case 0: {
        byte[] copy = bytes.clone();
        copy[position] = (byte) value;
        return copy;
      }
      case 1:
        return Arrays.copyOf(bytes, position);
      case 2: {
        byte[] copy = new byte[bytes.length - (end - position)];
        System.arraycopy(bytes, 0, copy, 0, position);
        System.arraycopy(bytes, end, copy, position, bytes.length - end);
        return copy;
      }
      case 3: {
        byte[] copy = new byte[bytes.length + (end - position)];
        System.arraycopy(bytes, 0, copy, 0, end);
        System.arraycopy(bytes, position, copy, end, bytes.length - position);
        return copy;
      }
      case 4: {
        int cut = Math.min((int) (at * other.length), other.length);
        byte[] copy = Arrays.copyOf(bytes, position + other.length - cut);
        System.arraycopy(other, cut, copy, position, other.length - cut);
        return copy;
      }
      default: {
        byte[] t = token.getBytes(StandardCharsets.UTF_8);
        byte[] copy = new byte[bytes.length + t.length];
        System.arraycopy(bytes, 0, copy, 0, position);
        System.arraycopy(t, 0, copy, position, t.length);
        System.arraycopy(bytes, position, copy, position + t.length, bytes.length - position);
        return copy;
      }
    }
  }

  /**
   * Feeds {@code tries} generated inputs to a parser; {@code oneOutcome} must return normally for
   * a parsed input and for the parser's documented failure type, and throw for anything else.
   *
   * @param parser the parser's name, for the failure message
   * @param inputs the generator
   * @param tries how many inputs
   * @param oneOutcome runs the parser and checks its outcome
   */
  public static void run(String parser, Arbitrary<byte[]> inputs, int tries, Consumer<byte[]> oneOutcome) {
    inputs.sampleStream().limit(tries).forEach(input -> {
      try {
        oneOutcome.accept(input);
      } catch (Throwable t) {
        throw new AssertionError(parser + " broke its one documented failure type on input (Base64) "
            + Base64.getEncoder().encodeToString(input) + ": " + t, t);
      }
    });
  }
}
