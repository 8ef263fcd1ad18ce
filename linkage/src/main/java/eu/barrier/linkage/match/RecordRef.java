package eu.barrier.linkage.match;

import org.apiguardian.api.API;

/**
 * A record of one dataset.
 *
 * @param dataset the dataset index
 * @param row the 0-based record index in the dataset
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RecordRef(int dataset, int row) implements Comparable<RecordRef> {

  @Override
  public int compareTo(RecordRef o) {
    return dataset != o.dataset ? Integer.compare(dataset, o.dataset) : Integer.compare(row, o.row);
  }
}
