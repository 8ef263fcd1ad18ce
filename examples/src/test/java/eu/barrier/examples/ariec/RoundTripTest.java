package eu.barrier.examples.ariec;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.audit.AuditVerification;
import eu.barrier.privacy.exchange.Holding;
import eu.barrier.privacy.exchange.InformationCategory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class RoundTripTest {

  @Test
  void run_municipalityAriecInspection_answerArrivesAndEveryAuditLogVerifies() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RoundTrip.Result result = RoundTrip.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(result.report().subjects().get(0).pseudonym()).startsWith("pk1.");
    assertThat(result.response().answers().get(0).holding()).isEqualTo(Holding.HOLDS);
    assertThat(result.response().answers().get(0).category()).isEqualTo(InformationCategory.INSPECTION);
    assertThat(result.audits()).allMatch(AuditVerification::isIntact);
    assertThat(result.audits()).allSatisfy(a -> assertThat(a.entries()).isGreaterThanOrEqualTo(2));
    assertThat(out).contains("ARIEC opened").contains("ARIEC received: HOLDS").doesNotContain("2999000072");
  }
}
