package eu.barrier.privacy.oprf;

import org.apiguardian.api.API;

/**
 * The three protocol variants of RFC 9497 (section 3.1). The mode byte is part of every domain
 * separation tag, so the same seed gives different keys, and the same input different outputs, in
 * each mode.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum OprfMode {
  /** The base mode: the client learns the output, the server learns nothing about the input. */
  OPRF(0x00),
  /** Verifiable: the server proves (DLEQ) that it used the private key of its public key. */
  VOPRF(0x01),
  /**
   * Partially oblivious and verifiable: a public {@code info} both sides know tweaks the key, so
   * one key gives separate, unlinkable output domains.
   */
  POPRF(0x02);

  private final int id;

  OprfMode(int id) {
    this.id = id;
  }

  /**
   * Returns the mode byte of RFC 9497 section 3.1.
   *
   * @return 0, 1 or 2
   */
  public int id() {
    return id;
  }

  /**
   * Tells whether the server proves its evaluations.
   *
   * @return {@code true} for VOPRF and POPRF
   */
  public boolean isVerifiable() {
    return this != OPRF;
  }
}
