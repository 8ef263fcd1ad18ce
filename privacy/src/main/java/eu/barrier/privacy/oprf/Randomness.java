package eu.barrier.privacy.oprf;

import java.security.SecureRandom;

/** One shared {@link SecureRandom} for the randomised scalar representatives of unblinding. */
final class Randomness {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Randomness() {}

  static SecureRandom get() {
    return RANDOM;
  }
}
