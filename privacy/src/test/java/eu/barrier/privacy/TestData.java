package eu.barrier.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads test vectors and synthetic identifiers for tests. */
public final class TestData {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private TestData() {}

  /**
   * Reads {@code /testvectors/<name>} from the test class path.
   *
   * @param name the file name
   * @return the JSON tree
   */
  public static JsonNode vectors(String name) {
    try (InputStream in = TestData.class.getResourceAsStream("/testvectors/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test vector file " + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes hex.
   *
   * @param s hex digits
   * @return the bytes
   */
  public static byte[] hex(String s) {
    return HexFormat.of().parseHex(s);
  }

  /**
   * Completes 8 digits to a valid BSN (11-test), or returns null if no check digit fits. The
   * result is synthetic.
   *
   * @param eight 8 digits
   * @return 9 digits, or {@code null}
   */
  public static String bsnFrom8(String eight) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (eight.charAt(i) - '0');
    }
    int check = sum % 11;
    if (check == 10 || (eight + check).equals("000000000")) {
      return null;
    }
    return eight + check;
  }

  /**
   * A 32-byte test-only key: bytes {@code start, start+1, …}.
   *
   * @param start the first byte
   * @return the key
   */
  public static SecretBytes testKey(int start) {
    byte[] b = new byte[32];
    for (int i = 0; i < 32; i++) {
      b[i] = (byte) (start + i);
    }
    return SecretBytes.copyFrom(b, InsecureSecretAccess.get());
  }
}
