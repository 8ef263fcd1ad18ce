package eu.barrier.linkage.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import eu.barrier.core.Language;
import eu.barrier.core.json.BarrierJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

final class QualityReportsTest {

  private static QualityReport report(String hardening, double f1At07, double f1At08) {
    return new QualityReport(100, 0.6, 7, 60, "letters-only", hardening, 1024, 10_000, List.of(
        new ThresholdQuality(0.7, 62, 58, 4, 2, 58 / 62.0, 58 / 60.0, f1At07),
        new ThresholdQuality(0.8, 55, 55, 0, 5, 1.0, 55 / 60.0, f1At08)));
  }

  private static Map<String, QualityReport> settings() {
    Map<String, QualityReport> m = new LinkedHashMap<>();
    m.put("none", report("none", 0.951, 0.957));
    m.put("salting", report("salting with year of birth", 0.976, 0.962));
    return m;
  }

  @Test
  void html_sameReports_sameBytesAndFiguresInTheLanguage() {
    String nl = QualityReports.html(settings(), Optional.empty(), Language.NL, "barrier test");
    assertThat(QualityReports.html(settings(), Optional.empty(), Language.NL, "barrier test")).isEqualTo(nl);
    assertThat(nl).contains("<html lang=\"nl\"").contains("0,976").contains("Beste F1 per instelling")
        .contains("salting with year of birth").doesNotContain("<script").doesNotContain("0.976");
    String en = QualityReports.html(settings(), Optional.empty(), Language.EN, "barrier test");
    assertThat(en).contains("0.976").contains("Best F1 per setting").doesNotContain("id=\"blocking\"");
  }

  @Test
  void html_withBlocking_addsTheBlockingSection() {
    BlockingQuality b = new BlockingQuality("Hamming-LSH 40x16", 0.8, 10_000, 280, 0.972, 55, 55, 1.0);
    String en = QualityReports.html(settings(), Optional.of(b), Language.EN, "barrier test");
    assertThat(en).contains("id=\"blocking\"").contains("reduction ratio 0.9720");
  }

  @Test
  void html_noReport_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> QualityReports.html(Map.of(), Optional.empty(),
        Language.EN, "x"));
  }

  @Test
  void json_reportsAndBlocking_readBackAsWritten() {
    String json = QualityReports.json(List.copyOf(settings().values()), Optional.empty());
    JsonNode root = BarrierJson.create().read(json, JsonNode.class);
    assertThat(root.get("reports")).hasSize(2);
    assertThat(root.get("reports").get(1).get("hardening").stringValue()).isEqualTo("salting with year of birth");
    assertThat(root.has("blocking")).isFalse();
  }
}
