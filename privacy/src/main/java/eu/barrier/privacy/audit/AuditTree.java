package eu.barrier.privacy.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The Merkle tree of an audit log, with RFC 9162 §2.1 hashing: leaf hash {@code SHA-256(0x00 ||
 * entry)}, node hash {@code SHA-256(0x01 || left || right)}, the empty tree {@code SHA-256("")}; a
 * tree of {@code n > 1} leaves splits at the largest power of two below {@code n}. The entries are
 * the stored lines of the log, as UTF-8 bytes without their line feed.
 *
 * <p>Inclusion proofs (§2.1.3) show that an entry is in a tree of a given size and root;
 * consistency proofs (§2.1.4) show that a tree of size {@code m} is a prefix of a tree of size
 * {@code n}, so that a log was only appended to between two checkpoints. Proofs are built from the
 * list of leaf hashes (32 bytes per entry in memory); roots are also computed streaming by an
 * {@link Accumulator} whose memory is logarithmic in the size.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AuditTree {

  private static final byte LEAF = 0x00;
  private static final byte NODE = 0x01;

  private AuditTree() {}

  /**
   * Returns the leaf hash of a stored line.
   *
   * @param line the line without its line feed
   * @return 32 bytes
   */
  public static byte[] leafHash(String line) {
    return leafHash(Objects.requireNonNull(line, "line").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the leaf hash of an entry: {@code SHA-256(0x00 || entry)}.
   *
   * @param entry the entry bytes
   * @return 32 bytes
   */
  public static byte[] leafHash(byte[] entry) {
    MessageDigest d = sha256();
    d.update(LEAF);
    d.update(entry);
    return d.digest();
  }

  /**
   * Returns the hash of an inner node: {@code SHA-256(0x01 || left || right)}.
   *
   * @param left the left child's hash
   * @param right the right child's hash
   * @return 32 bytes
   */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest d = sha256();
    d.update(NODE);
    d.update(left);
    d.update(right);
    return d.digest();
  }

  /**
   * Returns the root of the empty tree, {@code SHA-256("")}.
   *
   * @return 32 bytes
   */
  public static byte[] emptyRoot() {
    return sha256().digest();
  }

  /**
   * Returns the root of the tree over the given leaf hashes.
   *
   * @param leafHashes the leaf hashes in order
   * @return 32 bytes
   */
  public static byte[] root(List<byte[]> leafHashes) {
    return leafHashes.isEmpty() ? emptyRoot() : mth(leafHashes, 0, leafHashes.size());
  }

  /**
   * Returns the inclusion proof of leaf {@code index} in the tree of the first {@code size} leaves
   * (RFC 9162 §2.1.3.1).
   *
   * @param leafHashes at least {@code size} leaf hashes
   * @param index the leaf, 0-based
   * @param size the tree size, greater than {@code index}
   * @return the proof, from the leaf's sibling up
   */
  public static List<byte[]> inclusionProof(List<byte[]> leafHashes, long index, long size) {
    if (size > leafHashes.size() || index < 0 || index >= size) {
      throw new IllegalArgumentException("need 0 <= index < size <= number of leaves");
    }
    List<byte[]> proof = new ArrayList<>();
    path(leafHashes, (int) index, 0, (int) size, proof);
    return proof;
  }

  private static void path(List<byte[]> d, int m, int lo, int hi, List<byte[]> out) {
    int n = hi - lo;
    if (n == 1) {
      return;
    }
    int k = split(n);
    if (m < k) {
      path(d, m, lo, lo + k, out);
      out.add(mth(d, lo + k, hi));
    } else {
      path(d, m - k, lo + k, hi, out);
      out.add(mth(d, lo, lo + k));
    }
  }

  /**
   * Returns the consistency proof between the trees of the first {@code m} and the first {@code
   * n} leaves (RFC 9162 §2.1.4.1); empty when {@code m} is 0 or equals {@code n}.
   *
   * @param leafHashes at least {@code n} leaf hashes
   * @param m the earlier size
   * @param n the later size, at least {@code m}
   * @return the proof
   */
  public static List<byte[]> consistencyProof(List<byte[]> leafHashes, long m, long n) {
    if (n > leafHashes.size() || m < 0 || m > n) {
      throw new IllegalArgumentException("need 0 <= m <= n <= number of leaves");
    }
    List<byte[]> proof = new ArrayList<>();
    if (m > 0 && m < n) {
      subproof(leafHashes, (int) m, 0, (int) n, true, proof);
    }
    return proof;
  }

  private static void subproof(List<byte[]> d, int m, int lo, int hi, boolean complete, List<byte[]> out) {
    int n = hi - lo;
    if (m == n) {
      if (!complete) {
        out.add(mth(d, lo, hi));
      }
      return;
    }
    int k = split(n);
    if (m <= k) {
      subproof(d, m, lo, lo + k, complete, out);
      out.add(mth(d, lo + k, hi));
    } else {
      subproof(d, m - k, lo + k, hi, false, out);
      out.add(mth(d, lo, lo + k));
    }
  }

  /**
   * Verifies an inclusion proof (RFC 9162 §2.1.3.2).
   *
   * @param leafHash the leaf's hash
   * @param index the leaf's index
   * @param size the tree size
   * @param proof the proof
   * @param root the tree's root
   * @return whether the leaf is at that index of that tree
   */
  public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> proof, byte[] root) {
    if (index < 0 || index >= size) {
      return false;
    }
    long fn = index;
    long sn = size - 1;
    byte[] r = leafHash;
    for (byte[] p : proof) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(r, root);
  }

  /**
   * Verifies a consistency proof (RFC 9162 §2.1.4.2): the tree of size {@code m} with root {@code
   * firstRoot} is a prefix of the tree of size {@code n} with root {@code secondRoot}.
   *
   * @param m the earlier size
   * @param n the later size
   * @param firstRoot the earlier root
   * @param secondRoot the later root
   * @param proof the proof
   * @return whether the later tree extends the earlier one
   */
  public static boolean verifyConsistency(long m, long n, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
    if (m < 0 || m > n) {
      return false;
    }
    if (m == n) {
      return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
    }
    if (m == 0) {
      return proof.isEmpty();
    }
    List<byte[]> c = new ArrayList<>(proof);
    if (Long.bitCount(m) == 1) {
      c.add(0, firstRoot);
    }
    if (c.isEmpty()) {
      return false;
    }
    long fn = m - 1;
    long sn = n - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = c.get(0);
    byte[] sr = c.get(0);
    for (int i = 1; i < c.size(); i++) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = nodeHash(c.get(i), fr);
        sr = nodeHash(c.get(i), sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = nodeHash(sr, c.get(i));
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
  }

  /** The largest power of two below {@code n}, for {@code n >= 2}. */
  private static int split(int n) {
    return Integer.highestOneBit(n - 1);
  }

  private static byte[] mth(List<byte[]> d, int lo, int hi) {
    if (hi - lo == 1) {
      return d.get(lo);
    }
    int k = split(hi - lo);
    return nodeHash(mth(d, lo, lo + k), mth(d, lo + k, hi));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /**
   * Computes a root while leaves stream past, keeping one hash per set bit of the size (the
   * compact range of the tree). Not thread-safe.
   */
  public static final class Accumulator {

    private final List<byte[]> stack = new ArrayList<>();
    private long size;

    /** Starts an empty tree. */
    public Accumulator() {}

    /**
     * Adds the next leaf.
     *
     * @param leafHash its leaf hash
     */
    public void add(byte[] leafHash) {
      byte[] h = Objects.requireNonNull(leafHash, "leafHash");
      for (long s = size; (s & 1) == 1; s >>= 1) {
        h = nodeHash(stack.remove(stack.size() - 1), h);
      }
      stack.add(h);
      size++;
    }

    /**
     * Returns the number of leaves added.
     *
     * @return the size
     */
    public long size() {
      return size;
    }

    /**
     * Returns the root of the leaves added so far.
     *
     * @return 32 bytes
     */
    public byte[] root() {
      if (size == 0) {
        return emptyRoot();
      }
      byte[] h = stack.get(stack.size() - 1);
      for (int i = stack.size() - 2; i >= 0; i--) {
        h = nodeHash(stack.get(i), h);
      }
      return h;
    }
  }
}
