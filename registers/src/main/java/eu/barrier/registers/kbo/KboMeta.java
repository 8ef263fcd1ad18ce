package eu.barrier.registers.kbo;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The metadata of an extract (meta.csv).
 *
 * @param snapshotDate the date of the snapshot the extract was made from
 * @param extractTimestamp when the extract was made, as written ({@code dd-mm-yyyy hh:mm:ss})
 * @param update whether this is an update extract ({@code ExtractType} {@code update}) rather than
 *     a full one
 * @param extractNumber the sequence number of the extract
 * @param version the version of the file format
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KboMeta(LocalDate snapshotDate, String extractTimestamp, boolean update, long extractNumber, String version) {

  /**
   * Creates metadata.
   *
   * @param snapshotDate the snapshot date
   * @param extractTimestamp the timestamp
   * @param update whether an update
   * @param extractNumber the number
   * @param version the format version
   */
  public KboMeta {
    Objects.requireNonNull(snapshotDate, "snapshotDate");
    Objects.requireNonNull(extractTimestamp, "extractTimestamp");
    Objects.requireNonNull(version, "version");
  }
}
