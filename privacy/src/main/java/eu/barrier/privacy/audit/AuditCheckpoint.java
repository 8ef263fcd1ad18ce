package eu.barrier.privacy.audit;

import eu.barrier.privacy.internal.Hex;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A commitment to a prefix of an audit log: its number of entries and the hash of its last entry.
 *
 * <p>A hash chain alone cannot reveal that entries were cut off the end, nor that someone with
 * write access rewrote the log from some entry on and recomputed every hash after it. Keep
 * checkpoints somewhere the log writer cannot change (another system, a signed message, a
 * printout) and pass them to {@link AuditVerifier}.
 *
 * @param size the number of entries covered, at least 0
 * @param headHash the hash of entry {@code size - 1}, or {@link AuditRecord#GENESIS} when size is 0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AuditCheckpoint(long size, String headHash) {

  /**
   * Checks the components.
   *
   * @param size the number of entries
   * @param headHash 64 lower-case hex digits
   */
  public AuditCheckpoint {
    Objects.requireNonNull(headHash, "headHash");
    if (size < 0) {
      throw new IllegalArgumentException("size must be at least 0");
    }
    if (!Hex.isLowerHex(headHash, 64)) {
      throw new IllegalArgumentException("headHash must be 64 lower-case hex digits");
    }
  }
}
