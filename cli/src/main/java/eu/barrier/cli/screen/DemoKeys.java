package eu.barrier.cli.screen;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.SecretAccess;
import eu.barrier.privacy.SecretBytes;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.KeyStatus;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.key.PseudonymKey;
import eu.barrier.privacy.key.PseudonymParameters;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * DEMO-ONLY keys for {@code barrier screen --demo}: derived at run time from fixed, published
 * labels, so anyone can recompute them. They protect nothing and must never be used for real data;
 * every party id starts with {@code demo-} so a real partner's key list never accepts them by
 * mistake.
 */
public final class DemoKeys {

  /** The demo municipality. */
  public static final String MUNICIPALITY = "demo-municipality-genk";

  /** The demo ARIEC. */
  public static final String ARIEC = "demo-ariec-limburg";

  /** The demo social inspection, a partner the ARIEC asks. */
  public static final String PARTNER = "demo-social-inspection";

  private static final String LABEL = "barrier DEMO-ONLY key; public, protects nothing; never use for real data/";

  private DemoKeys() {}

  /**
   * Returns the exchange keys of a demo party.
   *
   * @param party a party id starting with {@code demo-}
   * @return the keys
   */
  public static PartyKeys party(String party) {
    if (!party.startsWith("demo-")) {
      throw new IllegalArgumentException("demo party ids start with demo-");
    }
    SecretAccess access = InsecureSecretAccess.get();
    return PartyKeys.of(party, SecretBytes.copyFrom(derive(party + "/signing"), access),
        SecretBytes.copyFrom(derive(party + "/encryption"), access));
  }

  /**
   * Returns the demo pseudonym key set, shared by the demo parties: one primary key.
   *
   * @return the key set
   */
  public static KeySet pseudonymKeys() {
    return KeySet.of(List.of(PseudonymKey.of(1, KeyStatus.PRIMARY, PseudonymParameters.HMAC_SHA256_V1,
        SecretBytes.copyFrom(derive("pseudonym/1"), InsecureSecretAccess.get()))));
  }

  private static byte[] derive(String name) {
    try {
      return MessageDigest.getInstance("SHA-256").digest((LABEL + name).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }
}
