package eu.barrier.privacy.spi;

import java.time.Instant;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * Remembers the ids of accepted exchange messages, so that a message is opened only once. The
 * default is {@code eu.barrier.privacy.envelope.InMemoryReplayStore}; a shared database-backed
 * store is needed when several processes open messages for one party.
 *
 * <p>Guarantees an implementation must give: {@link #deliverOnce} is atomic (of two concurrent calls
 * with one recipient and id, at most one runs its delivery and returns {@code true}, and the id is
 * recorded only after a delivery that returned normally), and an id is remembered at least
 * until {@code keepUntil}. It may be forgotten afterwards: the envelope rejects the message as
 * expired by then. Ids are recorded per recipient party, so one store can serve several local
 * parties that receive the same message.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface ReplayStore {

  /**
   * Delivers a message once: if the id is new for the recipient, runs {@code delivery} and records
   * the id only when {@code delivery} returned normally, all in one step that no other call for the
   * same id can interleave with. So a message counts as consumed only after its payload was
   * delivered (for example durably written), and a delivery that fails leaves it unconsumed.
   *
   * @param recipient the party id of the local recipient
   * @param messageId the id of a message that passed every other check
   * @param keepUntil the instant until which the id must be remembered
   * @param delivery what to do with the message before it is recorded; its exception propagates
   * @return {@code true} if the id was new and the delivery ran, {@code false} for a replay (the
   *     delivery did not run)
   */
  boolean deliverOnce(String recipient, UUID messageId, Instant keepUntil, Runnable delivery);

  /**
   * Records a message id for a recipient, with nothing to deliver.
   *
   * @param recipient the party id of the local recipient
   * @param messageId the id of a message that passed every other check
   * @param keepUntil the instant until which the id must be remembered
   * @return {@code true} if the id was not recorded before, {@code false} for a replay
   */
  default boolean firstSeen(String recipient, UUID messageId, Instant keepUntil) {
    return deliverOnce(recipient, messageId, keepUntil, () -> { });
  }
}
