package eu.barrier.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The incremental UTF-8 check agrees with the JDK's strict decoder, plus the NUL and BOM rules. */
final class Utf8Properties {

  @Property(tries = 3000)
  void check_anyBytes_agreesWithStrictDecoder(@ForAll("bytes") byte[] bytes) {
    boolean jdk = decodes(bytes);
    boolean nul = false;
    for (byte b : bytes) {
      nul |= b == 0;
    }
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;

    assertThat(Utf8.check(bytes) == null).isEqualTo(jdk && !nul && !bom);
  }

  @Property(tries = 1000)
  void check_splitAnywhere_givesTheSameVerdict(@ForAll("bytes") byte[] bytes, @ForAll int cut) {
    int at = bytes.length == 0 ? 0 : Math.floorMod(cut, bytes.length + 1);
    Utf8 u = new Utf8();
    u.accept(bytes, 0, at);
    u.accept(bytes, at, bytes.length);
    u.finish();

    assertThat(u.problem() == null).isEqualTo(Utf8.check(bytes) == null);
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(12);
    Arbitrary<byte[]> text = Arbitraries.strings().ofMaxLength(8).map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> nearText = Arbitraries.bytes().between((byte) 0x80, (byte) 0xF5).array(byte[].class).ofMaxSize(6)
        .map(b -> {
          byte[] out = new byte[b.length + 2];
          out[0] = (byte) 0xE2;
          System.arraycopy(b, 0, out, 1, b.length);
          out[out.length - 1] = 'x';
          return out;
        });
    return Arbitraries.oneOf(random, text, nearText);
  }

  private static boolean decodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
