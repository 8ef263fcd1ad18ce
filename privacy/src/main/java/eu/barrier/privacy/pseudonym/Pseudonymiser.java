package eu.barrier.privacy.pseudonym;

import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.id.InvalidIdentifierException;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.internal.PseudonymDerivation;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.PseudonymKey;
import eu.barrier.privacy.key.SharedKeySet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import org.apiguardian.api.API;

/**
 * Turns typed identifiers into keyed pseudonyms for one {@link PseudonymContext}, under the keys of
 * one {@link KeySet}.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Only parsed, valid {@link Identifier}s are pseudonymised; text goes through {@link
 *       IdentifierType#parse} first, so an invalid identifier is rejected with {@link
 *       InvalidIdentifierException} and never hashed.
 *   <li>Deterministic: the same identifier, key and context give the same pseudonym; every
 *       written form of one identifier gives the same pseudonym (they share one canonical form).
 *   <li>The primary key writes; {@link #candidates} gives the pseudonyms under every usable key,
 *       primary first, so lookups keep working during rotation.
 *   <li>{@link #aliases} is empty except for a pseudonymiser of a shared key set ({@link #shared})
 *       on a day of its rotation overlap: then it gives the pseudonyms under that set's
 *       still-recognised earlier keys, for the same purpose and recipient, to send as rotation
 *       aliases. After the set's {@code recognisedUntil} date, and for a party's own key set, it
 *       never gives any.
 * </ul>
 *
 * <p>Privacy guarantees: without the root key, pseudonyms cannot be computed, so a small
 * identifier space cannot be enumerated; pseudonyms of one identifier under different purposes,
 * recipient domains or key ids are unlinkable, except that rotation {@link #aliases}, once sent,
 * tell their recipient which pseudonyms under two key ids of one shared key set are one subject.
 * See {@code docs/privacy-guarantees.md} for what is not promised.
 *
 * <p>Instances are immutable and thread-safe. Derived keys are computed once, at {@link #create}.
 * The key set snapshot is fixed: after a rotation, create a new pseudonymiser.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Pseudonymiser {

  private final PseudonymContext context;
  private final List<Derived> derived; // primary first
  private final boolean aliasing;

  private Pseudonymiser(PseudonymContext context, List<Derived> derived, boolean aliasing) {
    this.context = context;
    this.derived = derived;
    this.aliasing = aliasing;
  }

  /**
   * Derives the per-context keys of every usable key of {@code keySet}.
   *
   * @param keySet the key set
   * @param context purpose and recipient domain
   * @return the pseudonymiser
   */
  public static Pseudonymiser create(KeySet keySet, PseudonymContext context) {
    Objects.requireNonNull(keySet, "keySet");
    Objects.requireNonNull(context, "context");
    List<Derived> derived = new ArrayList<>();
    for (PseudonymKey key : keySet.usableKeys()) {
      byte[] root = key.material(InsecureSecretAccess.get()).orElseThrow().toByteArray(InsecureSecretAccess.get());
      byte[] dom = PseudonymDerivation.domainKey(root, context.purpose(), context.recipient(), key.id());
      try {
        derived.add(new Derived(key.id(), PseudonymDerivation.kid(dom), PseudonymDerivation.hmacSha256(dom)));
      } finally {
        Arrays.fill(root, (byte) 0);
        Arrays.fill(dom, (byte) 0);
      }
    }
    return new Pseudonymiser(context, List.copyOf(derived), false);
  }

  /**
   * Makes the pseudonymiser of a shared key set on a day: its purpose and recipient, the keys as
   * they apply on {@code date} ({@link SharedKeySet#keySetOn}), and, on a day of the rotation
   * overlap (on or before {@link SharedKeySet#recognisedUntil()}), {@link #aliases} under the
   * still-recognised earlier keys of this set.
   *
   * @param sharedKeySet the shared key set
   * @param date the day of use
   * @return the pseudonymiser
   */
  public static Pseudonymiser shared(SharedKeySet sharedKeySet, LocalDate date) {
    Objects.requireNonNull(sharedKeySet, "sharedKeySet");
    Objects.requireNonNull(date, "date");
    Pseudonymiser p = create(sharedKeySet.keySetOn(date),
        PseudonymContext.of(sharedKeySet.purpose(), sharedKeySet.recipient()));
    boolean overlap = sharedKeySet.recognisedUntil().map(until -> !date.isAfter(until)).orElse(false);
    return new Pseudonymiser(p.context, p.derived, overlap);
  }

  /**
   * Makes the pseudonymiser a party uses for a context on a day: {@link #shared} when it imported
   * the shared key set of that purpose and recipient, otherwise {@link #create} with its own key
   * set (never with aliases).
   *
   * @param keys the party's keys
   * @param context purpose and recipient domain
   * @param date the day of use
   * @return the pseudonymiser
   */
  public static Pseudonymiser forParty(PartyKeyBundle keys, PseudonymContext context, LocalDate date) {
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(date, "date");
    return keys.sharedKeySet(context.purpose(), context.recipient()).map(s -> shared(s, date))
        .orElseGet(() -> create(keys.keySet(), context));
  }

  /**
   * Returns the context.
   *
   * @return purpose and recipient domain
   */
  public PseudonymContext context() {
    return context;
  }

  /**
   * Returns the pseudonym under the primary key.
   *
   * @param identifier a valid identifier
   * @return the pseudonym
   */
  public Pseudonym pseudonymise(Identifier identifier) {
    Objects.requireNonNull(identifier, "identifier");
    return derived.get(0).pseudonym(input(identifier));
  }

  /**
   * Parses {@code text} as an identifier of {@code type}, then pseudonymises it under the primary
   * key.
   *
   * @param type the identifier type
   * @param text any written form the type accepts
   * @return the pseudonym
   * @throws InvalidIdentifierException if the text is not a valid identifier; nothing is hashed
   */
  public Pseudonym pseudonymise(IdentifierType type, CharSequence text) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    return pseudonymise(type.parse(text));
  }

  /**
   * Returns the pseudonyms of {@code identifier} under every usable key: the primary first, then
   * the active keys in key set order. Use it to look up stored pseudonyms during rotation.
   *
   * @param identifier a valid identifier
   * @return one pseudonym per usable key
   */
  public List<Pseudonym> candidates(Identifier identifier) {
    Objects.requireNonNull(identifier, "identifier");
    byte[] in = input(identifier);
    List<Pseudonym> out = new ArrayList<>(derived.size());
    for (Derived d : derived) {
      out.add(d.pseudonym(in));
    }
    return List.copyOf(out);
  }

  /**
   * Returns the rotation aliases of {@code identifier}: its pseudonyms under the still-recognised
   * earlier keys of a shared key set, during the rotation overlap (see {@link #shared}); empty
   * otherwise. Send them beside the primary pseudonym ({@code PseudonymousSubject.of}) so that the
   * recipient links reports made before and after the rotation. They tell the recipient that these
   * pseudonyms name one subject.
   *
   * @param identifier a valid identifier
   * @return the aliases, in key set order; empty outside a shared set's overlap
   */
  public List<Pseudonym> aliases(Identifier identifier) {
    Objects.requireNonNull(identifier, "identifier");
    if (!aliasing || derived.size() < 2) {
      return List.of();
    }
    List<Pseudonym> all = candidates(identifier);
    return all.subList(1, all.size());
  }

  /**
   * Tells whether {@code pseudonym} is the pseudonym of {@code identifier} under any usable key of
   * this context. Compares in constant time per candidate.
   *
   * @param identifier a valid identifier
   * @param pseudonym a pseudonym, for example one just parsed
   * @return whether it matches
   */
  public boolean matches(Identifier identifier, Pseudonym pseudonym) {
    Objects.requireNonNull(pseudonym, "pseudonym");
    boolean found = false;
    for (Pseudonym candidate : candidates(identifier)) {
      found |= candidate.equals(pseudonym);
    }
    return found;
  }

  /**
   * Returns the key ids (as in the key set) of the usable keys, primary first.
   *
   * @return the key ids
   */
  public List<Integer> keyIds() {
    return derived.stream().map(d -> d.keyId).toList();
  }

  private static byte[] input(Identifier identifier) {
    return PseudonymDerivation.input(identifier.type().id(), identifier.canonical());
  }

  @Override
  public String toString() {
    return "Pseudonymiser[purpose=" + context.purpose() + ", recipient=" + context.recipient() + ", keys=" + keyIds()
        + (aliasing ? ", aliasing" : "") + "]";
  }

  /** One derived key: its key set id, its pseudonym kid and a prototype MAC. */
  private static final class Derived {
    private final int keyId;
    private final String kid;
    private final ThreadLocal<Mac> mac;

    Derived(int keyId, String kid, Mac prototype) {
      this.keyId = keyId;
      this.kid = kid;
      this.mac = ThreadLocal.withInitial(() -> cloneOf(prototype));
    }

    Pseudonym pseudonym(byte[] input) {
      Mac m = mac.get();
      // doFinal returns a fresh 32-byte array and kid was derived here: no checks or copies needed
      return Pseudonym.ofTrusted(kid, m.doFinal(input));
    }

    private static Mac cloneOf(Mac prototype) {
      try {
        synchronized (prototype) {
          return (Mac) prototype.clone();
        }
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException("HmacSHA256 provider does not support clone", e);
      }
    }
  }
}
