package eu.barrier.architecture.claims;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.architecture.claims.Claims.Violation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The claims rule of {@code docs/claims.md}, run over README.md and every {@code docs/*.md}, and
 * shown to fail on planted fixtures (under {@code src/test/resources/claims/}, never real docs).
 */
final class ClaimsTest {

  /** The repository root, seen from this module's directory (the tests' working directory). */
  private static final Path ROOT = Path.of("..");
  private static final Path FIXTURES = Path.of("src", "test", "resources", "claims");

  private static List<Violation> fixture(String name) {
    return Claims.check(name, Claims.read(FIXTURES.resolve(name)));
  }

  private static List<Integer> lines(List<Violation> violations) {
    return violations.stream().map(Violation::line).toList();
  }

  @Test
  void repositoryDocs_everyLegalOrGuaranteeStatement_carriesSourceAndStatus() {
    List<Violation> violations = Claims.checkRepository(ROOT);
    assertThat(violations)
        .as("statements without [source: ...; status: verified|secondary|unverified] (rule: docs/claims.md):%n%s",
            violations.stream().map(Violation::toString).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Test
  void pendingReview_eachDocument_existsAndStillBreaksTheRule() {
    for (String name : Claims.PENDING_REVIEW) {
      Path file = ROOT.resolve("docs").resolve(name);
      assertThat(file).as("pending review but missing: %s", name).isRegularFile();
      assertThat(Claims.check("docs/" + name, Claims.read(file)))
          .as("docs/%s passes the rule now: remove it from Claims.PENDING_REVIEW", name)
          .isNotEmpty();
    }
  }

  @Test
  void check_plantedUnsourcedClaims_eachReportedAtItsLine() {
    List<Violation> violations = fixture("planted-unsourced.md");
    assertThat(lines(violations)).containsExactly(5, 7, 9, 13);
    assertThat(violations.get(0).problem()).contains("legal citation").contains("art. 119");
    assertThat(violations.get(1).problem()).contains("guarantee").contains("cannot re-identify");
    assertThat(violations.get(2).problem()).contains("Art. 22");
    assertThat(violations.get(3).problem()).contains("never leave");
    assertThat(violations).allMatch(v -> v.file().equals("planted-unsourced.md"));
  }

  @Test
  void check_markedStatementsCodeHeadingsCommentsLinksAndSourcedTables_pass() {
    assertThat(fixture("marked.md")).isEmpty();
  }

  @Test
  void check_malformedOrMisplacedMarkers_reported() {
    List<Violation> violations = fixture("malformed.md");
    assertThat(violations).filteredOn(v -> v.line() == 3).extracting(Violation::problem)
        .anyMatch(p -> p.contains("not 'checked'"));
    assertThat(violations).filteredOn(v -> v.line() == 5).extracting(Violation::problem)
        .anyMatch(p -> p.contains("real source"));
    assertThat(violations).filteredOn(v -> v.line() == 7).extracting(Violation::problem)
        .anyMatch(p -> p.contains("incomplete"));
    assertThat(violations).filteredOn(v -> v.line() == 9).extracting(Violation::problem)
        .containsExactly("a statement with a legal citation ('Art. 22') needs [source: ...; status: "
            + "verified|secondary|unverified]");
    assertThat(violations).filteredOn(v -> v.line() == 13).extracting(Violation::problem)
        .anyMatch(p -> p.contains("status column"));
    assertThat(violations).filteredOn(v -> v.line() == 14).extracting(Violation::problem)
        .anyMatch(p -> p.contains("source column"));
    assertThat(lines(violations)).doesNotContain(1, 11, 12);
  }

  @Test
  void sentences_abbreviationsAndArticleNumbers_doNotEndASentence() {
    String text = "Under Art. 22 and e.g. art. 3(1) one sentence. Then another one.";
    List<int[]> sentences = Claims.sentences(text);
    assertThat(sentences).hasSize(2);
    assertThat(text.substring(sentences.get(0)[0], sentences.get(0)[1]).strip())
        .isEqualTo("Under Art. 22 and e.g. art. 3(1) one sentence.");
  }

  @Test
  void trigger_guaranteeWordsOnlyWithAProtectionVerb() {
    assertThat(Claims.trigger("a recipient cannot link the two")).contains("guarantee");
    assertThat(Claims.trigger("pseudonyms cannot be re-identified")).contains("guarantee");
    assertThat(Claims.trigger("a hash chain cannot show a cut tail")).isNull();
    assertThat(Claims.trigger("its guarantees and non-guarantees")).contains("guarantee");
    assertThat(Claims.trigger("see the non-guarantees")).isNull();
    assertThat(Claims.trigger("RFC 8785 canonical JSON")).isNull();
    assertThat(Claims.trigger("RFC 5869 §3.1 allows it")).contains("legal citation");
  }

  @Provide
  Arbitrary<String> markdown() {
    return Arbitraries.strings().withChars("ab AGDPRrt.12()[]|`*#-:;\n>_~!?§")
        .ofMaxLength(400)
        .map(s -> s.replace("AG", "[source: x; status: verified]").replace("rt", "Art. 22"));
  }

  @Property(tries = 500)
  void check_anyText_onlyViolationsNeverAnException(@ForAll("markdown") String text) {
    List<Violation> violations = Claims.check("any.md", text);
    long lines = text.chars().filter(c -> c == '\n').count() + 1;
    assertThat(violations).allMatch(v -> v.line() >= 1 && v.line() <= lines);
  }
}
