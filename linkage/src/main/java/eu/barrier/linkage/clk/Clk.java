package eu.barrier.linkage.clk;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One cryptographic long-term key (CLK): a Bloom filter of {@link #bitLength()} bits in clkhash's
 * byte layout, where bit {@code i} is bit {@code 0x80 >> (i % 8)} of byte {@code i / 8} (bitarray's
 * big-endian order) and unused bits of the last byte are zero.
 *
 * <p>A CLK is an encoding of personal data: {@link #toString()} shows only its length, and {@link
 * #equals} compares the bits in time that depends only on the length.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Clk {

  private final byte[] bytes;
  private final int bitLength;

  private Clk(byte[] bytes, int bitLength) {
    this.bytes = bytes;
    this.bitLength = bitLength;
  }

  /**
   * Wraps bytes in clkhash's layout.
   *
   * @param bytes the filter; copied
   * @param bitLength the number of bits, at most {@code 8 * bytes.length} and more than {@code 8 *
   *     (bytes.length - 1)}
   * @return the CLK
   * @throws IllegalArgumentException if the length does not fit the bytes or padding bits are set
   */
  public static Clk of(byte[] bytes, int bitLength) {
    Objects.requireNonNull(bytes, "bytes");
    if (bitLength < 1 || (bitLength + 7) / 8 != bytes.length) {
      throw new IllegalArgumentException("bitLength must fill the last of the bytes");
    }
    int unused = bytes.length * 8 - bitLength;
    if (unused > 0 && (bytes[bytes.length - 1] & ((1 << unused) - 1)) != 0) {
      throw new IllegalArgumentException("padding bits must be zero");
    }
    return new Clk(bytes.clone(), bitLength);
  }

  static Clk wrap(byte[] bytes, int bitLength) {
    return new Clk(bytes, bitLength);
  }

  /**
   * Reads a CLK from standard base64 as clkhash writes it; its length is {@code 8 x} the bytes.
   *
   * @param base64 padded standard base64
   * @return the CLK
   * @throws IllegalArgumentException if the text is not padded standard base64 of at least one byte
   */
  public static Clk fromBase64(String base64) {
    Objects.requireNonNull(base64, "base64");
    if (base64.isEmpty() || base64.length() % 4 != 0) {
      throw new IllegalArgumentException("not padded base64 of at least one byte");
    }
    byte[] bytes = Base64.getDecoder().decode(base64);
    return new Clk(bytes, bytes.length * 8);
  }

  /**
   * Returns the length in bits.
   *
   * @return the length
   */
  public int bitLength() {
    return bitLength;
  }

  /**
   * Returns a copy of the bytes, in clkhash's layout.
   *
   * @return the bytes
   */
  public byte[] toBytes() {
    return bytes.clone();
  }

  /**
   * Returns the CLK as clkhash serialises it: standard base64 with padding.
   *
   * @return the base64 text
   */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /**
   * Tells whether bit {@code i} is set.
   *
   * @param i the bit index, from 0
   * @return whether it is set
   */
  public boolean get(int i) {
    Objects.checkIndex(i, bitLength);
    return (bytes[i >>> 3] & (0x80 >>> (i & 7))) != 0;
  }

  /**
   * Returns the number of set bits.
   *
   * @return the popcount
   */
  public int popcount() {
    int n = 0;
    for (byte b : bytes) {
      n += Integer.bitCount(b & 0xFF);
    }
    return n;
  }

  /**
   * Compares length and bits, in time that depends only on the length.
   *
   * @param obj the other object
   * @return whether both are CLKs with the same bits
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Clk other && other.bitLength == bitLength
        && java.security.MessageDigest.isEqual(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /**
   * Returns the length only, never the bits.
   *
   * @return {@code Clk[N bits]}
   */
  @Override
  public String toString() {
    return "Clk[" + bitLength + " bits]";
  }
}
