package eu.barrier.indicators.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The explanations of the documented example input, per language, against expected files in
 * {@code src/test/resources/eu/barrier/indicators/scoring/explanations-<lang>.txt}.
 */
final class ExplanationGoldenTest {

  static String render(Language language) throws IOException {
    List<Subject> subjects = AssessInput.read(Files.readAllBytes(Path.of("../docs/examples/assess-input.json")));
    LocalDate asOf = LocalDate.of(2026, 6, 1);
    StringBuilder sb = new StringBuilder();
    for (String model : RiskModels.IDS) {
      for (Assessment a : RiskModels.compile(model, Catalogues.hashedBuiltIn("ilo-2009-adult-labour"))
          .assessAll(subjects, asOf)) {
        sb.append(model).append(' ').append(a.subject().key()).append(": ").append(a.explanation(language))
            .append('\n');
      }
    }
    return sb.toString();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void explanation_exampleInput_matchesGoldenFile(Language language) throws IOException {
    String expected;
    try (InputStream in = getClass().getResourceAsStream("explanations-" + language.id() + ".txt")) {
      assertThat(in).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    String actual = render(language);

    assertThat(actual).isEqualTo(expected);
    assertThat(actual.lines()).allSatisfy(line -> assertThat(line).contains(switch (language) {
      case NL -> "Signaal ter beoordeling, geen beslissing.";
      case FR -> "Signal à examiner, pas une décision.";
      case EN -> "Signal for review, not a decision.";
    }));
  }
}
