package eu.barrier.core;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.establishment.Establishment;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.core.validation.Violation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The model binds leniently enough that the boundary can report every problem at once. */
final class ModelBoundaryTest {

  static final Boundary BOUNDARY = Boundary.create();

  static <T> BoundaryResult<T> parse(String json, Class<T> type) {
    return BOUNDARY.parse(json.getBytes(StandardCharsets.UTF_8), type);
  }

  @Test
  void parse_establishmentWithManyProblems_reportsAllWithPaths() {
    String json = """
        {"key": "bad key",
         "beEnterpriseNumber": "0203201341",
         "nlEstablishmentNumber": "000012345678",
         "address": {"country": "NL", "street": "Tulpenlaan", "houseNumber": "4a", "box": "2",
                     "postcode": "0123 ab", "municipalityCode": "363"},
         "activityCodes": [{"classification": "sbi-2008", "code": "96-04"},
                           {"classification": "nace-bel-2025"}]}
        """;
    BoundaryResult<Establishment> result = parse(json, Establishment.class);
    assertThat(result.isValid()).isFalse();
    assertThat(result.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
        "/beEnterpriseNumber", "/key", "/address/houseNumberValid",
        "/address/countryFieldsConsistent", "/address/postcodeValid",
        "/address/municipalityCodeValid", "/activityCodes/0/codeWellFormed",
        "/activityCodes/1/code");
    assertThat(result.violations()).extracting(Violation::message)
        .noneMatch(m -> m.contains("Tulpenlaan") || m.contains("0203201341") || m.contains("bad key"));
  }

  @Test
  void parse_observationWithGradingOfWrongScheme_reportsAll() {
    String json = """
        {"indicatorId": "ba-housing-03",
         "subject": {"kind": "person", "key": "p-1"},
         "period": {"from": "2026-03-14", "to": "2026-03-01"},
         "source": "local-police",
         "grading": {"scheme": "europol-4x4", "source": "D", "information": "1"}}
        """;
    BoundaryResult<Observation> result = parse(json, Observation.class);
    assertThat(result.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
        "/indicatorId", "/period/periodOrdered", "/grading/validForScheme");
  }

  @Test
  void parse_ruleNameAsInputProperty_rejected() {
    String json = """
        {"indicatorId": "BA-1", "subject": {"kind": "person", "key": "p-1"},
         "period": {"from": "2026-03-14", "to": "2026-03-01", "periodOrdered": true},
         "source": "local-police"}
        """;
    BoundaryResult<Observation> result = parse(json, Observation.class);
    assertThat(result.isValid()).isFalse();
    assertThat(result.violations()).extracting(Violation::path).contains("/period/periodOrdered");
  }
}
