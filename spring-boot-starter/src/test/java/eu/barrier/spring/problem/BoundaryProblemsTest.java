package eu.barrier.spring.problem;

import eu.barrier.core.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.core.validation.ValidBeEnterpriseNumber;
import eu.barrier.spring.BarrierAutoConfiguration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.ProblemDetail;

/** Boundary violations as RFC 9457 problems, and the switch that turns the advice off. */
final class BoundaryProblemsTest {

  /** A form with a Belgian enterprise number. */
  record Permit(@NotBlank String key, @NotNull @ValidBeEnterpriseNumber String enterpriseNumber, @NotNull Sector sector) {}

  private static final Boundary BOUNDARY = Boundary.create();
  private static final String BAD_CHECK_DIGITS =
      "{\"key\":\"genk-2026-0043\",\"enterpriseNumber\":\"0203.201.341\",\"sector\":\"carwash\"}";

  private final WebApplicationContextRunner web = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(BarrierAutoConfiguration.class, BarrierProblemAutoConfiguration.class));

  private static BoundaryResult<Permit> parse(String json, Locale locale) {
    return BOUNDARY.parse(json.getBytes(StandardCharsets.UTF_8), Permit.class, Language.of(locale));
  }

  private static BoundaryViolationException thrown(String json, Locale locale) {
    try {
      BoundaryViolationException.requireValid(parse(json, locale));
    } catch (BoundaryViolationException e) {
      return e;
    }
    throw new AssertionError("the document was accepted");
  }

  @Test
  void requireValid_validDocument_returnsTheValue() {
    Permit permit = BoundaryViolationException.requireValid(
        parse("{\"key\":\"genk-2026-0042\",\"enterpriseNumber\":\"0203.201.340\",\"sector\":\"carwash\"}", Locale.ENGLISH));
    assertThat(permit.sector()).isEqualTo(Sector.CARWASH);
  }

  @Test
  void problem_badCheckDigits_is422WithPointerCodeAndRuleButNoValue() {
    ProblemDetail problem = new BoundaryProblems().problem(thrown(BAD_CHECK_DIGITS, Locale.ENGLISH));
    assertThat(problem.getStatus()).isEqualTo(422);
    assertThat(problem.getType()).hasToString("urn:barrier:problem:BARRIER-SPRING-0001");
    assertThat(problem.getProperties()).containsEntry("code", "BARRIER-SPRING-0001");
    @SuppressWarnings("unchecked")
    List<Map<String, String>> errors = (List<Map<String, String>>) problem.getProperties().get("errors");
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("pointer", "/enterpriseNumber");
      // the constraint's code (0202), or the identifier's own check-digit code (0006) where core gives it
      assertThat(e.get("code")).matches("BARRIER-CORE-0(202|006)");
      assertThat(e.get("detail")).isNotBlank();
    });
    assertThat(problem.toString()).doesNotContain("0203").doesNotContain("201.341").doesNotContain("genk-2026");
  }

  @Test
  void problem_malformedJson_is400() {
    ProblemDetail problem = new BoundaryProblems().problem(thrown("{\"key\":", Locale.ENGLISH));
    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getProperties()).containsEntry("code", "BARRIER-SPRING-0001");
  }

  @Test
  void problem_unknownMemberWithAPersonalName_hidesTheName() {
    BoundaryViolationException e = thrown("{\"key\":\"k\",\"enterpriseNumber\":\"0203.201.340\",\"sector\":\"carwash\","
        + "\"85073003328\":\"x\"}", Locale.ENGLISH);
    ProblemDetail problem = new BoundaryProblems().problem(e);
    assertThat(problem.getStatus()).isEqualTo(422);
    assertThat(problem.toString()).doesNotContain("85073003328");
    assertThat(e.getMessage()).startsWith("BARRIER-SPRING-0001: 1 violation(s): ").doesNotContain("85073003328");
  }

  @Test
  void problem_dutchRequest_givesTheRulesInDutch() {
    ProblemDetail english = new BoundaryProblems().problem(thrown(BAD_CHECK_DIGITS, Locale.ENGLISH));
    ProblemDetail dutch = new BoundaryProblems().problem(thrown(BAD_CHECK_DIGITS, Locale.forLanguageTag("nl")));
    assertThat(dutch.getProperties().get("errors")).isNotEqualTo(english.getProperties().get("errors"));
  }

  @Test
  void exception_noViolations_isRefused() {
    assertThatThrownBy(() -> new BoundaryViolationException(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void webApplication_byDefault_registersTheAdvice() {
    web.run(context -> assertThat(context).hasNotFailed().hasSingleBean(BoundaryProblems.class));
  }

  @Test
  void webApplication_problemsDisabled_registersNoAdvice() {
    web.withPropertyValues("barrier.problems.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(BoundaryProblems.class));
  }

  @Test
  void webApplication_ownAdvice_keepsTheApplicationsOwn() {
    BoundaryProblems own = new BoundaryProblems();
    web.withBean(BoundaryProblems.class, () -> own)
        .run(context -> assertThat(context.getBean(BoundaryProblems.class)).isSameAs(own));
  }

  @Test
  void nonWebApplication_registersNoAdvice() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(BarrierAutoConfiguration.class, BarrierProblemAutoConfiguration.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(BoundaryProblems.class));
  }
}
