package eu.barrier.linkage.schema;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The encoding a string feature's tokens are written in before hashing ({@code format.encoding}),
 * with Python's byte output: {@code utf-16} and {@code utf-32} write a byte order mark before every
 * token and little-endian code units, as Python's codecs of those names do on x86 and ARM.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum TextEncoding {
  /** {@code ascii}: code points 0 to 127 only. */
  ASCII("ascii"),
  /** {@code utf-8}, the default. */
  UTF_8("utf-8"),
  /** {@code utf-16}: FF FE, then UTF-16LE. */
  UTF_16("utf-16"),
  /** {@code utf-32}: FF FE 00 00, then UTF-32LE. */
  UTF_32("utf-32");

  private static final java.nio.charset.Charset UTF_32LE = java.nio.charset.Charset.forName("UTF-32LE");

  private final String id;

  TextEncoding(String id) {
    this.id = id;
  }

  /**
   * Returns the name used in schemas, for example {@code utf-8}.
   *
   * @return the name
   */
  public String id() {
    return id;
  }

  /**
   * Returns the encoding with this schema name.
   *
   * @param id the name, for example {@code utf-16}
   * @return the encoding, or empty if the name is not one of the four
   */
  public static Optional<TextEncoding> fromId(String id) {
    for (TextEncoding e : values()) {
      if (e.id.equals(id)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether Python could encode the text: {@code ascii} needs code points below 128, the
   * others need text without unpaired surrogates.
   *
   * @param text the text
   * @return whether it can be encoded
   */
  public boolean canEncode(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (this == ASCII) {
        if (c >= 0x80) {
          return false;
        }
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Encodes a token as Python's {@code str.encode(id)} does.
   *
   * @param token text that {@link #canEncode} accepts
   * @return the bytes
   */
  public byte[] encode(String token) {
    return switch (this) {
      case ASCII -> token.getBytes(StandardCharsets.US_ASCII);
      case UTF_8 -> token.getBytes(StandardCharsets.UTF_8);
      case UTF_16 -> withMark(token.getBytes(StandardCharsets.UTF_16LE), 2);
      case UTF_32 -> withMark(token.getBytes(UTF_32LE), 4);
    };
  }

  private static byte[] withMark(byte[] body, int markLength) {
    byte[] out = new byte[markLength + body.length];
    out[0] = (byte) 0xFF;
    out[1] = (byte) 0xFE;
    System.arraycopy(body, 0, out, markLength, body.length);
    return out;
  }
}
