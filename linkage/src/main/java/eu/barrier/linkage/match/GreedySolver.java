package eu.barrier.linkage.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * anonlink's greedy solver ({@code anonlink.solving.greedy_solve}: merge threshold 1, not
 * deduplicated), with the same result on the same candidates.
 *
 * <p>Pairs are taken in the candidates' order (highest Dice first). Every record belongs to at most
 * one group. Two groups merge when every pair of records across them has been seen as a candidate;
 * a record alone joins a group of one. Between two datasets this is greedy one-to-one matching:
 * a pair is matched when neither record is matched yet. With three or more datasets a group is a
 * set of records, at most one per dataset, that are all candidates of each other.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GreedySolver {

  private GreedySolver() {}

  /** A group under construction; compared by identity. Members are {@link #ref} keys. */
  private static final class Group {
    final List<Long> members = new ArrayList<>(2);
  }

  private static long ref(int dataset, int row) {
    return ((long) dataset << 32) | (row & 0xFFFFFFFFL);
  }

  /**
   * Solves.
   *
   * @param candidates the candidate pairs, in their order
   * @return the groups of two or more records, each sorted by dataset and row, sorted by their
   *     first record
   */
  public static List<List<RecordRef>> solve(Candidates candidates) {
    Map<Long, Group> groupOf = new HashMap<>();
    Map<Group, Map<Group, Long>> edges = new IdentityHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      long r0 = ref(candidates.datasetA(i), candidates.a(i));
      long r1 = ref(candidates.datasetB(i), candidates.b(i));
      if (r0 == r1) {
        continue;
      }
      Group g0 = groupOf.get(r0);
      Group g1 = groupOf.get(r1);
      if (g0 != null && g1 != null) {
        if (g0 == g1) {
          continue;
        }
        long overlap = increment(edges, g0, g1);
        long size0 = g0.members.size();
        long size1 = g1.members.size();
        if (overlap >= size0 * size1) {
          if (size0 < size1) {
            merge(groupOf, edges, g1, g0);
          } else {
            merge(groupOf, edges, g0, g1);
          }
        }
      } else if (g0 != null) {
        oneGrouped(groupOf, edges, g0, r1);
      } else if (g1 != null) {
        oneGrouped(groupOf, edges, g1, r0);
      } else {
        Group g = new Group();
        g.members.add(r0);
        g.members.add(r1);
        groupOf.put(r0, g);
        groupOf.put(r1, g);
      }
    }
    IdentityHashMap<Group, Boolean> seen = new IdentityHashMap<>();
    List<List<RecordRef>> groups = new ArrayList<>();
    for (Group g : groupOf.values()) {
      if (g.members.size() > 1 && seen.put(g, Boolean.TRUE) == null) {
        List<RecordRef> members = new ArrayList<>(g.members.size());
        for (long m : g.members) {
          members.add(new RecordRef((int) (m >>> 32), (int) m));
        }
        members.sort(null);
        groups.add(List.copyOf(members));
      }
    }
    groups.sort((x, y) -> x.get(0).compareTo(y.get(0)));
    return List.copyOf(groups);
  }

  private static void oneGrouped(Map<Long, Group> groupOf, Map<Group, Map<Group, Long>> edges, Group group,
      long record) {
    if (group.members.size() <= 1) {
      group.members.add(record);
      groupOf.put(record, group);
    } else {
      Group single = new Group();
      single.members.add(record);
      groupOf.put(record, single);
      increment(edges, group, single);
    }
  }

  private static long increment(Map<Group, Map<Group, Long>> edges, Group x, Group y) {
    long n = edges.computeIfAbsent(x, k -> new IdentityHashMap<>()).merge(y, 1L, Long::sum);
    edges.computeIfAbsent(y, k -> new IdentityHashMap<>()).merge(x, 1L, Long::sum);
    return n;
  }

  /** Moves the absorbee's records and edge counts into the absorber. */
  private static void merge(Map<Long, Group> groupOf, Map<Group, Map<Group, Long>> edges, Group absorber,
      Group absorbee) {
    absorber.members.addAll(absorbee.members);
    for (long r : absorbee.members) {
      groupOf.put(r, absorber);
    }
    Map<Group, Long> absorberEdges = edges.computeIfAbsent(absorber, k -> new IdentityHashMap<>());
    Map<Group, Long> absorbeeEdges = edges.computeIfAbsent(absorbee, k -> new IdentityHashMap<>());
    absorberEdges.remove(absorbee);
    absorbeeEdges.remove(absorber);
    for (Map.Entry<Group, Long> e : absorbeeEdges.entrySet()) {
      Group other = e.getKey();
      absorberEdges.merge(other, e.getValue(), Long::sum);
      Map<Group, Long> otherEdges = edges.get(other);
      otherEdges.merge(absorber, e.getValue(), Long::sum);
      otherEdges.remove(absorbee);
    }
    edges.remove(absorbee);
    if (absorberEdges.isEmpty()) {
      edges.remove(absorber);
    }
  }

  /**
   * Returns the matched pairs: every pair of records within each group of the solution, with its
   * Dice coefficient, ordered as the candidates are. Between two datasets each group is one pair.
   *
   * @param candidates the candidate pairs
   * @return the matched pairs
   */
  public static List<CandidatePair> matchedPairs(Candidates candidates) {
    List<List<RecordRef>> groups = solve(candidates);
    Map<PairKey, Double> dice = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      dice.putIfAbsent(key(candidates.datasetA(i), candidates.a(i), candidates.datasetB(i), candidates.b(i)),
          candidates.dice(i));
    }
    List<CandidatePair> pairs = new ArrayList<>();
    for (List<RecordRef> g : groups) {
      for (int x = 0; x < g.size(); x++) {
        for (int y = x + 1; y < g.size(); y++) {
          RecordRef p = g.get(x);
          RecordRef q = g.get(y);
          Double d = dice.get(key(p.dataset(), p.row(), q.dataset(), q.row()));
          if (d == null) {
            throw new IllegalStateException("a group holds a pair that is not a candidate");
          }
          pairs.add(new CandidatePair(p.dataset(), p.row(), q.dataset(), q.row(), d));
        }
      }
    }
    pairs.sort(Candidates.ORDER);
    return pairs;
  }

  private record PairKey(int datasetA, int a, int datasetB, int b) {}

  private static PairKey key(int dsA, int a, int dsB, int b) {
    return new PairKey(dsA, a, dsB, b);
  }
}
