package eu.barrier.cases.procedure;

import eu.barrier.screening.decision.EvidenceStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A legal clock of one case, computed from its profile's {@link
 * eu.barrier.cases.profile.DeadlineRule} and its events. Holds no personal data.
 *
 * @param caseId the case
 * @param id the deadline id, for example {@code advice-term}
 * @param title what the deadline is
 * @param status where the clock stands
 * @param startedOn the day it started, if it did
 * @param dueOn the day it falls due, when it runs and is set
 * @param suspendedDays the days it did not run
 * @param evidence the evidence status of the deadline's source
 * @param configured whether the municipality set its period
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Deadline(String caseId, String id, String title, Status status, Optional<LocalDate> startedOn,
    Optional<LocalDate> dueOn, long suspendedDays, EvidenceStatus evidence, boolean configured) {

  /** Where a clock stands. */
  public enum Status {
    /** No starting event yet. */
    NOT_STARTED,
    /** Started, but the profile sets no period and the event gave no date: shown, never computed. */
    UNSET,
    /** Running, due on {@link #dueOn()}. */
    RUNNING,
    /** Started and stopped for now (a suspension is open): the due day is not known. */
    SUSPENDED,
    /** Met by its ending event. */
    MET,
    /** Moot: the case was decided (or closed) while it ran. */
    MOOT
  }
}
