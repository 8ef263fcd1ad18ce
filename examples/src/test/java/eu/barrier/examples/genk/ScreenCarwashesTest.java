package eu.barrier.examples.genk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ScreenCarwashesTest {

  @Test
  void run_threeCarwashes_ranksTheOneWithSignalsFromThreeServicesFirst() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<ScreenCarwashes.Screened> screened =
        ScreenCarwashes.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(screened).hasSize(3);
    assertThat(screened.get(0).reference().key()).isEqualTo("be-establishment:2999000072");
    assertThat(screened.get(0).level()).isNotEqualTo("none");
    assertThat(screened.get(2).level()).isEqualTo("none");
    assertThat(screened.get(0).assessments()).allSatisfy(a -> assertThat(a.unknownIndicators()).isEmpty());
    assertThat(out).contains("Signals for review, never decisions")
        .contains("ADM-05").contains("SEC-CW-02").contains("could act: Municipal permit desk")
        .contains("Signaal ter beoordeling");
  }
}
