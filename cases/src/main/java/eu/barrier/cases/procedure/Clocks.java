package eu.barrier.cases.procedure;

import eu.barrier.cases.EventType;
import eu.barrier.cases.profile.DeadlineRule;
import eu.barrier.cases.profile.Suspension;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Computes the legal clocks of a case from its profile's deadline rules. */
final class Clocks {

  private Clocks() {}

  static List<Deadline> of(CaseRecord c) {
    List<Deadline> out = new ArrayList<>();
    for (DeadlineRule rule : c.profile.deadlines()) {
      out.add(of(c, rule));
    }
    return out;
  }

  static Deadline of(CaseRecord c, DeadlineRule rule) {
    CaseEvent start = null;
    for (CaseEvent e : c.events) {
      if (rule.startedBy().contains(e.type())) {
        start = e;
      }
    }
    if (start == null) {
      return deadline(c, rule, Deadline.Status.NOT_STARTED, null, null, 0);
    }
    final long from = start.seq();
    LocalDate started = start.occurredOn();
    List<CaseEvent> after = c.events.stream().filter(e -> e.seq() > from).toList();
    if (after.stream().anyMatch(e -> rule.endedBy().contains(e.type()))) {
      return deadline(c, rule, Deadline.Status.MET, started, null, 0);
    }
    boolean decisive = rule.startedBy().contains(EventType.DECISION_NOTIFIED)
        || rule.startedBy().contains(EventType.DECISION_TAKEN);
    if (!decisive && after.stream().anyMatch(e -> e.type() == EventType.DECISION_TAKEN)
        || after.stream().anyMatch(e -> e.type() == EventType.RETENTION_APPLIED)) {
      return deadline(c, rule, Deadline.Status.MOOT, started, null, 0);
    }
    long suspended;
    java.util.Set<LocalDate> uncapped = new java.util.HashSet<>();
    List<java.util.Set<LocalDate>> capped = new ArrayList<>();
    List<Period> caps = new ArrayList<>();
    for (Suspension s : rule.suspensions()) {
      java.util.Set<LocalDate> days = new java.util.HashSet<>();
      LocalDate open = null;
      for (CaseEvent e : after) {
        if (e.type() == s.from() && open == null) {
          open = e.occurredOn();
        } else if (e.type() == s.until() && open != null) {
          open.datesUntil(e.occurredOn()).forEach(days::add);
          open = null;
        }
      }
      if (open != null) {
        return deadline(c, rule, Deadline.Status.SUSPENDED, started, null, 0);
      }
      if (s.max().isPresent()) {
        capped.add(days);
        caps.add(s.max().get());
      } else {
        uncapped.addAll(days);
      }
    }
    suspended = uncapped.size();
    for (int i = 0; i < capped.size(); i++) {
      java.util.Set<LocalDate> own = new java.util.TreeSet<>(capped.get(i));
      own.removeAll(uncapped);
      if (!own.isEmpty()) {
        LocalDate first = ((java.util.TreeSet<LocalDate>) own).first();
        suspended += Math.min(own.size(), ChronoUnit.DAYS.between(first, first.plus(caps.get(i))));
      }
    }
    LocalDate due;
    if (start.details().until() != null) {
      due = start.details().until();
    } else if (rule.period().isPresent()) {
      due = started.plus(rule.period().get());
      boolean extended = rule.extendedBy().isPresent()
          && after.stream().anyMatch(e -> e.type() == rule.extendedBy().get());
      if (extended) {
        due = due.plus(rule.extension().orElse(Period.ZERO));
      }
    } else {
      return deadline(c, rule, Deadline.Status.UNSET, started, null, suspended);
    }
    return deadline(c, rule, Deadline.Status.RUNNING, started, due.plusDays(suspended), suspended);
  }

  private static Deadline deadline(CaseRecord c, DeadlineRule rule, Deadline.Status status, LocalDate started,
      LocalDate due, long suspended) {
    return new Deadline(c.id, rule.id(), rule.title(), status, Optional.ofNullable(started), Optional.ofNullable(due),
        suspended, rule.status(), rule.configuredBy().isPresent());
  }
}
