package eu.barrier.privacy.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds the length-prefixed byte strings that are hashed or MACed. All integers are big-endian;
 * strings are UTF-8 with an explicit length prefix, so no two field sequences share an encoding.
 */
public final class ByteEncoder {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

  /**
   * Appends one byte.
   *
   * @param v the value, 0 to 255
   * @return this
   */
  public ByteEncoder u8(int v) {
    if (v < 0 || v > 0xff) {
      throw new IllegalArgumentException("u8 out of range");
    }
    out.write(v);
    return this;
  }

  /**
   * Appends a 2-byte unsigned integer.
   *
   * @param v the value, 0 to 65535
   * @return this
   */
  public ByteEncoder u16(int v) {
    if (v < 0 || v > 0xffff) {
      throw new IllegalArgumentException("u16 out of range");
    }
    out.write(v >>> 8);
    out.write(v);
    return this;
  }

  /**
   * Appends a 4-byte unsigned integer.
   *
   * @param v the value, 0 to 2^32-1
   * @return this
   */
  public ByteEncoder u32(long v) {
    if (v < 0 || v > 0xffffffffL) {
      throw new IllegalArgumentException("u32 out of range");
    }
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write((int) (v >>> shift));
    }
    return this;
  }

  /**
   * Appends an 8-byte signed integer.
   *
   * @param v the value
   * @return this
   */
  public ByteEncoder u64(long v) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (v >>> shift));
    }
    return this;
  }

  /**
   * Appends raw bytes without a length.
   *
   * @param b the bytes
   * @return this
   */
  public ByteEncoder raw(byte[] b) {
    out.write(b, 0, b.length);
    return this;
  }

  /**
   * Appends {@code u16 length ‖ UTF-8 bytes}.
   *
   * @param s the text, at most 65535 bytes in UTF-8
   * @return this
   */
  public ByteEncoder str16(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    u16(b.length);
    return raw(b);
  }

  /**
   * Appends {@code u32 length ‖ UTF-8 bytes}.
   *
   * @param s the text
   * @return this
   */
  public ByteEncoder str32(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    u32(b.length);
    return raw(b);
  }

  /**
   * Appends {@code 0x00} for an absent value, or {@code 0x01 ‖ u32 length ‖ UTF-8 bytes}.
   *
   * @param s the text or {@code null}
   * @return this
   */
  public ByteEncoder optStr32(String s) {
    if (s == null) {
      return u8(0);
    }
    u8(1);
    return str32(s);
  }

  /**
   * Returns the bytes written so far.
   *
   * @return a copy of the buffer
   */
  public byte[] toByteArray() {
    return out.toByteArray();
  }
}
