package eu.barrier.examples.genk;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.address.Country;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.ScreeningResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class ScreenCarwashesTest {

  @Test
  void run_threeCarwashes_ranksTheOneWithSignalsFromThreeServicesFirst() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScreeningResult result = ScreenCarwashes.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(result.total()).isEqualTo(3);
    assertThat(result.establishments()).hasSize(3);
    assertThat(result.establishments().get(2).key()).isEqualTo("be-establishment:2999000270");
    assertThat(result.establishments().get(2).level()).isEqualTo(Outcome.NONE);
    ScreenedEstablishment first = result.establishments().get(0);
    assertThat(first.key()).isEqualTo("be-establishment:2999000072");
    assertThat(first.level()).isNotEqualTo(Outcome.NONE);
    assertThat(first.assessments()).allSatisfy(a -> assertThat(a.unknownIndicators()).isEmpty());
    assertThat(first.reasons()).allSatisfy(r -> assertThat(r.couldAct()).allMatch(a -> a.actsIn(Country.BE)));
    assertThat(out).contains("Signals for review, never decisions")
        .contains("ADM-05").contains("SEC-CW-02").contains("could act: Municipal permit desk")
        .contains("Signaal ter beoordeling");
  }
}
