package eu.barrier.workbench.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.indicators.scoring.AssessInput;
import eu.barrier.indicators.scoring.AssessInputException;
import eu.barrier.indicators.scoring.Subject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The labelled input embeds assess-input subjects and is read with the same rules: for any
 * document, adding labels changes neither the subjects read nor the problems found.
 */
final class LabelledInputRulesProperties {

  @Property(tries = 200)
  void read_sameSubjectsWithLabels_sameSubjectsOrSameProblemsAsAssessInput(@ForAll("documents") List<String[]> subjects) {
    String assess = document(subjects, false);
    String labelled = document(subjects, true);

    List<Subject> assessed = null;
    List<AssessInputException.Problem> assessProblems = List.of();
    try {
      assessed = AssessInput.read(assess.getBytes(StandardCharsets.UTF_8));
    } catch (AssessInputException e) {
      assessProblems = e.problems();
    }
    List<Subject> read = null;
    List<AssessInputException.Problem> labelledProblems = List.of();
    try {
      read = LabelledInput.read(labelled.getBytes(StandardCharsets.UTF_8)).unlabelled();
    } catch (LabelledInputException e) {
      labelledProblems = e.problems();
    }

    assertThat(labelledProblems).isEqualTo(assessProblems);
    assertThat(read).isEqualTo(assessed);
  }

  @Provide
  Arbitrary<List<String[]>> documents() {
    Arbitrary<String> id = Arbitraries.of("S-1", "S-2", "be-establishment:2999000097", "bad id", "", "x".repeat(129));
    Arbitrary<String> kind = Arbitraries.of("establishment", "person", "organisation", "shop");
    Arbitrary<String> source = Arbitraries.of("local-police", "riec", "permit-desk", "nobody");
    Arbitrary<String> grading = Arbitraries.of("", "B2", "Z9", "B2 H1", "b2");
    Arbitrary<String> until = Arbitraries.of("", "2026-04-01", "2026-06-01", "2026-02-30");
    Arbitrary<String> indicator = Arbitraries.of("ADM-01", "adm-01", "SEC-CW-02");
    Arbitrary<String[]> subject = Combinators.combine(id, kind, source, grading, until, indicator)
        .as((i, k, s, g, u, ind) -> new String[] {i, k, s, g, u, ind});
    return subject.list().ofMinSize(1).ofMaxSize(4);
  }

  private static String document(List<String[]> subjects, boolean labels) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      String[] s = subjects.get(i);
      String observation = "{\"indicator\": \"" + s[5] + "\", \"observedOn\": \"2026-05-01\", \"source\": \"" + s[2]
          + "\"" + (s[3].isEmpty() ? "" : ", \"grading\": \"" + s[3] + "\"")
          + (s[4].isEmpty() ? "" : ", \"observedUntil\": \"" + s[4] + "\"") + "}";
      parts.add("{\"id\": \"" + s[0] + "\", \"kind\": \"" + s[1] + "\""
          + (labels ? ", \"label\": " + (i % 2 == 0) + ", \"auditGroup\": \"group-a\"" : "")
          + ", \"observations\": [" + observation + "]}");
    }
    return (labels ? "{\"provenance\": {\"seed\": \"1\"}, " : "{") + "\"subjects\": [" + String.join(", ", parts) + "]}";
  }
}
