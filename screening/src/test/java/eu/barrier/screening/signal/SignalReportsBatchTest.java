package eu.barrier.screening.signal;

import static eu.barrier.screening.Fixtures.AS_OF;
import static eu.barrier.screening.Fixtures.beKey;
import static eu.barrier.screening.Fixtures.establishment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.Identifier;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.InMemoryAuditSink;
import eu.barrier.privacy.pseudonym.Pseudonym;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Signal reports with pseudonyms from a batch source, as a blind pseudonym service gives them. */
final class SignalReportsBatchTest {

  private static final String[] MEDIUM = {"ADM-01", "ADM-03", "ADM-05", "ADM-07"};
  private static final ScreeningResult RESULT = Screening.builder().build().screenAll(List.of(
      establishment(beKey(1), Sector.CARWASH, MEDIUM), establishment(beKey(2), Sector.CARWASH, "ADM-01"),
      establishment(beKey(3), Sector.CARWASH, MEDIUM)), AS_OF);

  @Test
  void build_batchSource_calledOnceWithTheReportedIdsInOrderAndItsPseudonymsUsed() {
    Pseudonymiser keyed = SignalReportsTest.pseudonymiser();
    List<List<Identifier>> calls = new ArrayList<>();
    InMemoryAuditSink sink = new InMemoryAuditSink();
    SignalReports.Prepared p = SignalReports.build(RESULT, keyed.context(), ids -> {
      calls.add(ids);
      return ids.stream().map(keyed::pseudonymise).toList();
    }, SignalReportPolicy.defaults(), "screen-b", Optional.of(AuditLog.open(sink, Clock.systemUTC())), "t");

    assertThat(calls).hasSize(1);
    assertThat(calls.get(0)).extracting(Identifier::canonical).hasSize(2).doesNotHaveDuplicates();
    assertThat(p.reports()).hasSize(2);
    assertThat(p.belowLevel()).isEqualTo(1);
    for (int i = 0; i < 2; i++) {
      assertThat(p.reports().get(i).subjects().get(0).pseudonym())
          .isEqualTo(keyed.pseudonymise(calls.get(0).get(i)).format());
    }
    SignalReports.Prepared viaKeyed = SignalReports.build(RESULT, keyed, SignalReportPolicy.defaults(), "screen-b",
        Optional.empty(), "t");
    assertThat(viaKeyed.reports()).isEqualTo(p.reports());
    assertThat(sink.records()).hasSize(2).allMatch(r -> r.event().recipient().equals(Optional.of("ariec-limburg")));
  }

  @Test
  void build_sourceReturnsTooFew_refusedAndNothingAudited() {
    Pseudonymiser keyed = SignalReportsTest.pseudonymiser();
    InMemoryAuditSink sink = new InMemoryAuditSink();
    IllegalStateException e = catchThrowableOfType(IllegalStateException.class, () -> SignalReports.build(RESULT,
        keyed.context(), ids -> List.<Pseudonym>of(keyed.pseudonymise(ids.get(0))), SignalReportPolicy.defaults(),
        "screen-b", Optional.of(AuditLog.open(sink, Clock.systemUTC())), "t"));
    assertThat(e).hasMessageContaining("1 pseudonyms for 2 identifiers");
    assertThat(sink.records()).isEmpty();
  }
}
