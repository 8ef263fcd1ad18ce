package eu.barrier.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.json.Fixtures.Ids;
import eu.barrier.core.json.Fixtures.Sample;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the input, reading gives a value or a {@link JsonFormatException}, nothing else. */
final class BarrierJsonProperties {

  private static final List<Class<?>> TARGETS = List.of(Sample.class, Ids.class, Map.class, Object.class, String.class, int.class);

  private final BarrierJson json = BarrierJson.create(JsonLimits.defaults().withMaxNestingDepth(16).withMaxStringLength(256));

  private static final String[] VALID = {
    Fixtures.SAMPLE_JSON,
    "{\"enterprise\":\"0203040506\",\"bsn\":\"111222333\"}",
    "{\"items\":[{\"name\":\"a\",\"count\":1}],\"day\":\"2026-11-28\"}",
    "[1,2.5,\"x\",true,null,{\"a\":[{}]}]"
  };

  @Property(tries = 2000)
  void read_arbitraryBytes_givesValueOrJsonFormatException(@ForAll("bytes") byte[] input, @ForAll("targets") Class<?> type) {
    assertOnlyJsonFormatException(input, type);
  }

  @Property(tries = 3000)
  void read_mutatedValidDocument_givesValueOrJsonFormatException(@ForAll("mutated") byte[] input, @ForAll("targets") Class<?> type) {
    assertOnlyJsonFormatException(input, type);
  }

  private void assertOnlyJsonFormatException(byte[] input, Class<?> type) {
    for (int source = 0; source < 2; source++) {
      try {
        Object value = source == 0 ? json.read(input, type) : json.read(new ByteArrayInputStream(input), type);
        assertThat(value).isNotNull();
      } catch (JsonFormatException e) {
        assertThat(e.code()).matches("BARRIER-CORE-01\\d\\d|BARRIER-CORE-0404");
      } catch (Throwable t) {
        throw new AssertionError("unexpected " + t.getClass().getName(), t);
      }
    }
  }

  @Provide
  Arbitrary<Class<?>> targets() {
    return Arbitraries.of(TARGETS);
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    Arbitrary<byte[]> jsonish =
        Arbitraries.of('{', '}', '[', ']', '"', ':', ',', '1', '-', 'e', '.', 't', 'n', 'a', ' ', '\\', 'u', '0')
            .list()
            .ofMaxSize(200)
            .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat).getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(random, jsonish);
  }

  @Provide
  Arbitrary<byte[]> mutated() {
    Arbitrary<byte[]> base = Arbitraries.of(VALID).map(s -> s.getBytes(StandardCharsets.UTF_8));
    return Combinators.combine(base, Arbitraries.integers().between(0, 10_000), Arbitraries.bytes(), Arbitraries.integers().between(0, 3))
        .as(BarrierJsonProperties::mutate);
  }

  private static byte[] mutate(byte[] doc, int where, byte with, int how) {
    int i = where % doc.length;
    switch (how) {
      case 0: { // replace one byte
        byte[] copy = doc.clone();
        copy[i] = with;
        return copy;
      }
      case 1: { // delete one byte
        byte[] copy = new byte[doc.length - 1];
        System.arraycopy(doc, 0, copy, 0, i);
        System.arraycopy(doc, i + 1, copy, i, doc.length - i - 1);
        return copy;
      }
      case 2: { // insert one byte
        byte[] copy = new byte[doc.length + 1];
        System.arraycopy(doc, 0, copy, 0, i);
        copy[i] = with;
        System.arraycopy(doc, i, copy, i + 1, doc.length - i);
        return copy;
      }
      default: { // truncate
        byte[] copy = new byte[i];
        System.arraycopy(doc, 0, copy, 0, i);
        return copy;
      }
    }
  }
}
