package eu.barrier.privacy.key;

import eu.barrier.privacy.PrivacyError;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The public description of a key set: ids, statuses and parameter sets, no secrets. This is what
 * {@link KeySets#writePublic} writes and {@link KeySets#parsePublic} reads.
 *
 * @param keys the keys in key set order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KeySetInfo(List<KeyInfo> keys) {

  /**
   * Copies the list and checks the invariants.
   *
   * @param keys the keys
   * @throws KeySetException if there is not exactly one primary key or an id repeats
   */
  public KeySetInfo {
    keys = List.copyOf(keys);
    KeySetInfo.check(keys.stream().map(KeyInfo::id).toList(), keys.stream().map(KeyInfo::status).toList());
  }

  /**
   * Returns the id of the primary key.
   *
   * @return the primary key id
   */
  public int primaryKeyId() {
    return keys.stream().filter(k -> k.status() == KeyStatus.PRIMARY).findFirst().orElseThrow().id();
  }

  static void check(List<Integer> ids, List<KeyStatus> statuses) {
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        throw new KeySetException(PrivacyError.KEYSET_DUPLICATE_KEY_ID, "at /keys/" + i);
      }
    }
    long primaries = statuses.stream().filter(s -> s == KeyStatus.PRIMARY).count();
    if (primaries != 1) {
      throw new KeySetException(PrivacyError.KEYSET_PRIMARY, "found " + primaries + " primary keys");
    }
  }
}
