package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Numbers and labels for people follow {@code --lang}; machine formats (JSON, CSV) do not, and
 * nothing follows the JVM's default locale.
 */
final class LocalisedOutputTest {

  private static final String EXAMPLE = "../docs/examples/assess-input.json";

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    int code = BarrierCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    assertThat(code).isEqualTo(BarrierCli.OK);
    return out.toString();
  }

  private static String assess(String format, String lang) {
    return run("assess", "--catalogue", "ilo-2009-adult-labour", "--model", "weighted", "--input", EXAMPLE,
        "--as-of", "2026-06-01", "--format", format, "--lang", lang);
  }

  @Test
  void assessTable_dutch_dutchNumbersAndBarrierLabels() {
    String dutch = assess("table", "nl");

    assertThat(dutch)
        .contains("S-1: Signaal ter beoordeling, geen beslissing. Niveau: hoog, score 126,088 (drempels: laag 10")
        .contains("ILO-AL-EX-01 (uitbuitende arbeidsomstandigheden) 37,713")
        .containsPattern("S-1 +high +126,088")
        .contains("  rekenspoor (Engels, met een punt als decimaalteken):\n  category DR sums to 36.204");
    assertThat(assess("table", "fr")).contains("score 126,088").contains("(conditions de travail abusives) 37,713");
    assertThat(assess("table", "en")).contains("score 126.088").contains("(exploitative conditions of work) 37.713")
        .doesNotContain("rekenspoor").doesNotContain("trace du calcul");
  }

  @Test
  void assessExplanations_dutchAndFrench_noNumberWithAnEnglishDecimalPoint() {
    Pattern explanation = Pattern.compile("(?m)^S-\\d: (.*)$");
    for (String lang : new String[] {"nl", "fr"}) {
      Matcher m = explanation.matcher(assess("table", lang));
      int found = 0;
      while (m.find()) {
        found++;
        // the catalogue version (1.0.0) is an identifier, not a number
        assertThat(m.group(1).replace("@1.0.0", "")).doesNotContainPattern("\\d\\.\\d");
      }
      assertThat(found).isEqualTo(3);
    }
  }

  @Test
  void assessJsonAndCsv_sameBytesInEveryLanguage_apartFromTheExplanation() {
    assertThat(assess("csv", "nl")).isEqualTo(assess("csv", "en")).contains(",126.088,");
    assertThat(assess("json", "nl")).contains("\"score\":126.088").contains("\"value\":37.713")
        .contains("score 126,088");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl-BE", "fr-BE", "tr-TR"})
  void output_sameBytesWhateverTheDefaultLocale(String tag) {
    String json = assess("json", "nl");
    String csv = assess("csv", "en");
    String table = assess("table", "fr");
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));
      assertThat(assess("json", "nl")).isEqualTo(json);
      assertThat(assess("csv", "en")).isEqualTo(csv);
      assertThat(assess("table", "fr")).isEqualTo(table);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void idCheck_dutchAndFrench_specificMessageAndCode_neverTheValue() {
    StringWriter out = new StringWriter();
    int code = BarrierCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
        "id", "check", "be-enterprise", "0203.201.341", "--lang", "nl");
    assertThat(code).isEqualTo(BarrierCli.INVALID);
    assertThat(out.toString()).isEqualTo("invalid be-enterprise #1: Belgisch ondernemingsnummer: controlecijfers "
        + "kloppen niet: de laatste 2 cijfers moeten gelijk zijn aan 97 - (eerste 8 cijfers mod 97) "
        + "[BARRIER-CORE-0006]" + System.lineSeparator());

    out = new StringWriter();
    BarrierCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
        "id", "check", "--lang", "fr", "nl-bsn", "000000000");
    assertThat(out.toString()).startsWith("invalid nl-bsn #1: Num\u00e9ro de service au citoyen (BSN): tous les "
        + "chiffres sont nuls [BARRIER-CORE-0008]").doesNotContain("000000000");

    out = new StringWriter();
    BarrierCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
        "id", "check", "be-enterprise", "0203.201.341");
    assertThat(out.toString()).startsWith("invalid be-enterprise #1: check digits do not match: ");
  }
}
