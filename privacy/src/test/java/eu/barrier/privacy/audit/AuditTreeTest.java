package eu.barrier.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.TestData;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** RFC 9162 §2.1 hashing and proofs against the transparency-dev/merkle vectors, plus properties. */
final class AuditTreeTest {

  private static final JsonNode V = TestData.vectors("rfc9162_merkle.json");
  private static final HexFormat HEX = HexFormat.of();

  private static List<byte[]> leafHashes(int n) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(AuditTree.leafHash(HEX.parseHex(V.get("leaves").get(i).stringValue())));
    }
    return out;
  }

  private static List<byte[]> hashes(JsonNode array) {
    List<byte[]> out = new ArrayList<>();
    array.forEach(h -> out.add(HEX.parseHex(h.stringValue())));
    return out;
  }

  @Test
  void leafHashesAndRoots_vectors_match() {
    List<byte[]> all = leafHashes(8);
    for (int i = 0; i < 8; i++) {
      assertThat(HEX.formatHex(all.get(i))).isEqualTo(V.get("leafHashes").get(i).stringValue());
    }
    for (int size = 0; size <= 8; size++) {
      String expected = V.get("roots").get(size).stringValue();
      assertThat(HEX.formatHex(AuditTree.root(all.subList(0, size)))).as("size %d", size).isEqualTo(expected);
      AuditTree.Accumulator acc = new AuditTree.Accumulator();
      all.subList(0, size).forEach(acc::add);
      assertThat(HEX.formatHex(acc.root())).as("streamed size %d", size).isEqualTo(expected);
    }
  }

  @Test
  void inclusionProofs_vectors_matchAndVerify() {
    List<byte[]> all = leafHashes(8);
    for (JsonNode t : V.get("inclusion")) {
      int index = t.get("index").intValue();
      int size = t.get("size").intValue();
      List<byte[]> expected = hashes(t.get("proof"));
      List<byte[]> proof = AuditTree.inclusionProof(all, index, size);
      assertThat(proof.stream().map(HEX::formatHex).toList())
          .isEqualTo(expected.stream().map(HEX::formatHex).toList());
      byte[] root = AuditTree.root(all.subList(0, size));
      assertThat(AuditTree.verifyInclusion(all.get(index), index, size, proof, root)).isTrue();
      assertThat(AuditTree.verifyInclusion(all.get(index), index, size, proof, AuditTree.root(all.subList(0, size - 1))))
          .isFalse();
      if (!proof.isEmpty()) {
        List<byte[]> bad = new ArrayList<>(proof);
        byte[] changed = bad.get(0).clone();
        changed[0] ^= 1;
        bad.set(0, changed);
        assertThat(AuditTree.verifyInclusion(all.get(index), index, size, bad, root)).isFalse();
        assertThat(AuditTree.verifyInclusion(all.get(index), (index + 1) % size, size, proof, root)).isFalse();
      }
    }
  }

  @Test
  void consistencyProofs_vectors_matchAndVerify() {
    List<byte[]> all = leafHashes(8);
    for (JsonNode t : V.get("consistency")) {
      int m = t.get("size1").intValue();
      int n = t.get("size2").intValue();
      List<byte[]> proof = AuditTree.consistencyProof(all, m, n);
      assertThat(proof.stream().map(HEX::formatHex).toList())
          .isEqualTo(hashes(t.get("proof")).stream().map(HEX::formatHex).toList());
      byte[] first = AuditTree.root(all.subList(0, m));
      byte[] second = AuditTree.root(all.subList(0, n));
      assertThat(AuditTree.verifyConsistency(m, n, first, second, proof)).isTrue();
      if (m < n) {
        assertThat(AuditTree.verifyConsistency(m, n, second, second, proof)).isFalse();
      }
    }
  }

  @Property(tries = 200)
  void proofs_everyIndexAndSize_verify(@ForAll @IntRange(min = 1, max = 70) int n, @ForAll @IntRange(min = 0, max = 69) int a,
      @ForAll @IntRange(min = 0, max = 70) int b) {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      leaves.add(AuditTree.leafHash(("entry " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    int index = a % n;
    byte[] root = AuditTree.root(leaves);
    assertThat(AuditTree.verifyInclusion(leaves.get(index), index, n, AuditTree.inclusionProof(leaves, index, n), root))
        .isTrue();
    int m = b % (n + 1);
    byte[] first = AuditTree.root(leaves.subList(0, m));
    assertThat(AuditTree.verifyConsistency(m, n, first, root, AuditTree.consistencyProof(leaves, m, n))).isTrue();
    if (m > 0 && m < n) {
      // a rewritten earlier tree is not a prefix
      List<byte[]> other = new ArrayList<>(leaves.subList(0, m));
      other.set(0, AuditTree.leafHash(new byte[] {9}));
      assertThat(AuditTree.verifyConsistency(m, n, AuditTree.root(other), root, AuditTree.consistencyProof(leaves, m, n)))
          .isFalse();
    }
  }
}
