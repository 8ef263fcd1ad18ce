package eu.barrier.privacy.spi;

import java.time.Instant;
import java.util.UUID;

/**
 * Remembers the ids of accepted exchange messages, so that a message is opened only once. The
 * default is {@code eu.barrier.privacy.envelope.InMemoryReplayStore}; a shared database-backed
 * store is needed when several processes open messages for one party.
 *
 * <p>Guarantees an implementation must give: {@link #firstSeen} is atomic (of two concurrent calls
 * with one recipient and id, at most one returns {@code true}), and an id is remembered at least
 * until {@code keepUntil}. It may be forgotten afterwards: the envelope rejects the message as
 * expired by then. Ids are recorded per recipient party, so one store can serve several local
 * parties that receive the same message.
 */
public interface ReplayStore {

  /**
   * Records a message id for a recipient.
   *
   * @param recipient the party id of the local recipient
   * @param messageId the id of a message that passed every other check
   * @param keepUntil the instant until which the id must be remembered
   * @return {@code true} if the id was not recorded before, {@code false} for a replay
   */
  boolean firstSeen(String recipient, UUID messageId, Instant keepUntil);
}
