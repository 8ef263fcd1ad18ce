package eu.barrier.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.CoreError;
import eu.barrier.core.json.Fixtures.Sample;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Documents built to exhaust memory, stack or time. Each must be rejected with a {@link
 * JsonFormatException} quickly; the timeouts guard against hangs.
 */
final class HostileInputTest {

  private static final int DEEP = 100_000;
  private static final int FIFTY_MB = 50 * 1024 * 1024;

  private final BarrierJson json = BarrierJson.create();

  private static JsonFormatException thrownBy(Runnable read) {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class, read::run);
    assertThat(e).isNotNull();
    return e;
  }

  private static byte[] repeat(String open, int times, String close) {
    return (open.repeat(times) + close.repeat(times)).getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void read_deeplyNestedArrays_throwsTooDeep() {
    byte[] doc = repeat("[", DEEP, "]");
    assertThat(thrownBy(() -> json.read(doc, Object.class)).errorCode()).isEqualTo(CoreError.JSON_TOO_DEEP);
    assertThat(thrownBy(() -> json.read(doc, List.class)).errorCode()).isEqualTo(CoreError.JSON_TOO_DEEP);
    assertThat(thrownBy(() -> json.read(new ByteArrayInputStream(doc), Object.class)).errorCode())
        .isEqualTo(CoreError.JSON_TOO_DEEP);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void read_deeplyNestedObjects_throwsTooDeep() {
    byte[] doc = repeat("{\"a\":", DEEP, "}");
    assertThat(thrownBy(() -> json.read(doc, Map.class)).errorCode()).isEqualTo(CoreError.JSON_TOO_DEEP);
    JsonFormatException e = thrownBy(() -> json.read(doc, Sample.class));
    assertThat(e.errorCode()).isIn(CoreError.JSON_TOO_DEEP, CoreError.JSON_UNKNOWN_PROPERTY);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void read_deeplyNestedObjectsInRecordField_throwsTooDeep() {
    byte[] doc = ("{\"items\":[" + "[".repeat(DEEP) + "]".repeat(DEEP) + "]}").getBytes(StandardCharsets.US_ASCII);
    JsonFormatException e = thrownBy(() -> json.read(doc, Sample.class));
    assertThat(e.errorCode()).isIn(CoreError.JSON_TOO_DEEP, CoreError.JSON_WRONG_TYPE);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void read_fiftyMegabyteString_throwsTooLargeOrTooLong() {
    byte[] doc = fiftyMegabyteStringDocument();
    // over the 16 MiB document limit: rejected before parsing
    assertThat(thrownBy(() -> json.read(doc, Sample.class)).errorCode()).isEqualTo(CoreError.JSON_TOO_LARGE);
    // from a stream the string limit (1 Mi chars) is hit first, after about 1 MiB
    assertThat(thrownBy(() -> json.read(new ByteArrayInputStream(doc), Sample.class)).errorCode())
        .isEqualTo(CoreError.JSON_STRING_TOO_LONG);
    // with a document limit above 50 MB the string limit applies to byte[] input too
    BarrierJson roomy = BarrierJson.create(JsonLimits.defaults().withMaxDocumentBytes(64L * 1024 * 1024));
    assertThat(thrownBy(() -> roomy.read(doc, Sample.class)).errorCode()).isEqualTo(CoreError.JSON_STRING_TOO_LONG);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void read_endlessStream_stopsAtDocumentLimit() {
    CountingStream endless = new CountingStream(() -> "{\"text\":\"x\",\"items\":[".getBytes(StandardCharsets.US_ASCII),
        "{\"name\":\"abcdefgh\",\"count\":12345},".getBytes(StandardCharsets.US_ASCII));
    JsonFormatException e = thrownBy(() -> json.read(endless, Sample.class));
    assertThat(e.errorCode()).isIn(CoreError.JSON_TOO_LARGE, CoreError.JSON_TOO_MANY_TOKENS);
    // the parser stops within one buffer of the limit
    assertThat(endless.served).isLessThanOrEqualTo(json.limits().maxDocumentBytes() + 64 * 1024);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void read_endlessWhitespaceAfterValue_stopsAtDocumentLimit() {
    CountingStream endless = new CountingStream(() -> "{}".getBytes(StandardCharsets.US_ASCII), "        ".getBytes(StandardCharsets.US_ASCII));
    JsonFormatException e = thrownBy(() -> json.read(endless, Sample.class));
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_TOO_LARGE);
    assertThat(endless.served).isLessThanOrEqualTo(json.limits().maxDocumentBytes() + 64 * 1024);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void read_endlessString_stopsAtStringLimit() {
    CountingStream endless = new CountingStream(() -> "{\"text\":\"".getBytes(StandardCharsets.US_ASCII), "abcdefgh".getBytes(StandardCharsets.US_ASCII));
    assertThat(thrownBy(() -> json.read(endless, Sample.class)).errorCode()).isEqualTo(CoreError.JSON_STRING_TOO_LONG);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void read_hugeNumber_throwsNumberTooLong() {
    byte[] doc = ("{\"ratio\":1" + "0".repeat(100_000) + "}").getBytes(StandardCharsets.US_ASCII);
    assertThat(thrownBy(() -> json.read(doc, Sample.class)).errorCode()).isEqualTo(CoreError.JSON_NUMBER_TOO_LONG);
    byte[] exponent = "{\"ratio\":1e999999999}".getBytes(StandardCharsets.US_ASCII);
    assertThat(thrownBy(() -> json.read(exponent, Sample.class)).errorCode())
        .isEqualTo(CoreError.JSON_INVALID_VALUE);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void read_hugeName_throwsNameTooLong() {
    byte[] doc = ("{\"" + "n".repeat(100_000) + "\":1}").getBytes(StandardCharsets.US_ASCII);
    assertThat(thrownBy(() -> json.read(doc, Sample.class)).errorCode()).isEqualTo(CoreError.JSON_NAME_TOO_LONG);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void read_manyTokens_throwsTooManyTokens() {
    byte[] doc = ("[" + "1,".repeat(4_100_000) + "1]").getBytes(StandardCharsets.US_ASCII);
    assertThat(thrownBy(() -> json.read(doc, Object.class)).errorCode()).isEqualTo(CoreError.JSON_TOO_MANY_TOKENS);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void read_manyDuplicateCandidates_isLinear() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < 200_000; i++) {
      sb.append("\"k").append(i).append("\":1,");
    }
    sb.append("\"k0\":2}");
    byte[] doc = sb.toString().getBytes(StandardCharsets.US_ASCII);
    assertThat(thrownBy(() -> json.read(doc, Map.class)).errorCode()).isEqualTo(CoreError.JSON_DUPLICATE_PROPERTY);
  }

  private static byte[] fiftyMegabyteStringDocument() {
    byte[] prefix = "{\"text\":\"".getBytes(StandardCharsets.US_ASCII);
    byte[] doc = new byte[prefix.length + FIFTY_MB + 2];
    System.arraycopy(prefix, 0, doc, 0, prefix.length);
    Arrays.fill(doc, prefix.length, prefix.length + FIFTY_MB, (byte) 'a');
    doc[doc.length - 2] = '"';
    doc[doc.length - 1] = '}';
    return doc;
  }

  /** A stream that serves a head once, then repeats a chunk forever, counting bytes served. */
  private static final class CountingStream extends InputStream {

    private final byte[] head;
    private final byte[] chunk;
    private long served;
    private int position;
    private boolean inHead = true;

    CountingStream(Supplier<byte[]> head, byte[] chunk) {
      this.head = head.get();
      this.chunk = chunk;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len) {
        byte[] source = inHead ? head : chunk;
        b[off + n++] = source[position++];
        if (position == source.length) {
          position = 0;
          inHead = false;
        }
      }
      served += n;
      return n;
    }
  }
}
