package eu.barrier.screening.decision;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.json.BarrierJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The outcome table of {@code docs/screening.md} says, row by row, what {@link LegalGround} holds:
 * the same rules, the same degrees of danger, the same status. The code is the one place a status
 * is set; this test keeps the documentation from drifting from it.
 */
final class OutcomeStatusDocTest {

  private static final Path DOC = Path.of("..", "docs", "screening.md");
  /** A row of the outcome table: ground id, outcome id, degrees, source, status. */
  private static final Pattern ROW = Pattern.compile(
      "^\\| `([a-z0-9-]+)` \\| `([a-z-]+)` \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$");

  record DocRow(String ground, String outcome, String degrees, String status) {}

  static List<DocRow> rows(String markdown) {
    List<DocRow> rows = new ArrayList<>();
    for (String line : markdown.split("\n", -1)) {
      Matcher m = ROW.matcher(line.strip());
      if (m.matches()) {
        rows.add(new DocRow(m.group(1), m.group(2), m.group(3).strip(), firstWord(m.group(5))));
      }
    }
    return rows;
  }

  private static String firstWord(String cell) {
    String s = cell.strip();
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return s.substring(0, end);
  }

  static DocRow expected(LegalGround ground, OutcomeRule rule) {
    String degrees = rule.dangerDegrees().isEmpty() ? "none stated"
        : rule.dangerDegrees().stream().sorted().map(d -> d.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    return new DocRow(ground.id(), BarrierJson.enumId(rule.outcome()), degrees, rule.status().claimStatus());
  }

  static List<DocRow> expectedRows() {
    List<DocRow> rows = new ArrayList<>();
    for (LegalGround ground : LegalGround.values()) {
      for (OutcomeRule rule : ground.outcomeRules()) {
        rows.add(expected(ground, rule));
      }
    }
    return rows;
  }

  @Test
  void screeningDoc_outcomeTable_matchesEveryRuleAndStatusOfTheCode() throws IOException {
    List<DocRow> documented = rows(Files.readString(DOC, StandardCharsets.UTF_8));
    assertThat(documented).as("the outcome table of docs/screening.md against LegalGround.outcomeRules()")
        .containsExactlyInAnyOrderElementsOf(expectedRows());
  }

  @Test
  void rows_aStatusChangedInTheText_noLongerMatches() {
    OutcomeRule refuse = LegalGround.NL_BIBOB.rule(DecisionOutcome.REFUSE).orElseThrow();
    String row = "| `nl-bibob` | `refuse` | serious | Wet Bibob art. 3(1) | secondary |";
    assertThat(rows(row)).hasSize(1).doesNotContain(expected(LegalGround.NL_BIBOB, refuse));
    assertThat(rows(row.replace("secondary", "verified: read in the source")))
        .containsExactly(expected(LegalGround.NL_BIBOB, refuse));
  }

  @Test
  void outcomeRules_eachSourceCarriesItsStatusWord_andNoOutcomeTwiceAtOneDegree() {
    for (LegalGround ground : LegalGround.values()) {
      for (OutcomeRule rule : ground.outcomeRules()) {
        assertThat(rule.source()).as("%s %s", ground, rule.outcome())
            .endsWith("status: " + rule.status().claimStatus());
        for (OutcomeRule other : ground.outcomeRules()) {
          if (other != rule && other.outcome() == rule.outcome()) {
            assertThat(other.dangerDegrees()).as("%s %s", ground, rule.outcome())
                .doesNotContainAnyElementsOf(rule.dangerDegrees()).isNotEmpty();
          }
        }
      }
    }
  }
}
