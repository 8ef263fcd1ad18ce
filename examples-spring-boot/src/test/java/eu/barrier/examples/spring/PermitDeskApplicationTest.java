package eu.barrier.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonFormatException;
import eu.barrier.core.validation.Boundary;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.KeySets;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.screening.Screening;
import eu.barrier.spring.BarrierCatalogues;
import eu.barrier.spring.problem.BoundaryProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starts the permit desk on a random port with a key set file and sends it real HTTP requests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
final class PermitDeskApplicationTest {

  private static final KeySet KEYS = KeySet.generate(new SecureRandom());
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A carwash with valid numbers (synthetic, valid check digits), seen by the permit desk. */
  private static final String VALID = "{\"establishment\":{\"key\":\"genk-2026-0042\","
      + "\"beEstablishmentUnitNumber\":\"2.999.000.072\",\"beEnterpriseNumber\":\"0203.201.340\","
      + "\"activityCodes\":[],\"sector\":\"carwash\"},\"observed\":[\"ADM-07\",\"ADM-08\"],\"observedOn\":\"2026-06-20\"}";

  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;

  @DynamicPropertySource
  static void keyFile(DynamicPropertyRegistry registry) {
    try {
      Path dir = Files.createTempDirectory("permit-desk");
      Path file = dir.resolve("genk.keyset.json");
      KeySets.save(file, KEYS, InsecureSecretAccess.get());
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      registry.add("barrier.keys.location", file::toString);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> post(String path, String json, String language) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json").header("Accept-Language", language)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(HttpResponse<String> response) {
    return context.getBean(JsonMapper.class).readTree(response.body());
  }

  @Test
  void screen_validCheck_answersTheSignalForReview() throws Exception {
    HttpResponse<String> response = post("/establishments/screen", VALID, "en");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.get("key").asString()).isEqualTo("genk-2026-0042");
    assertThat(body.get("level").asString()).isIn("low", "medium", "high");
    assertThat(body.get("catalogues").get(0).asString()).startsWith("barrier-admin@");
  }

  @Test
  void screen_badCheckDigitsAndUnknownMember_answers422ProblemWithEveryViolation() throws Exception {
    String invalid = VALID.replace("0203.201.340", "0203.201.341").replace("\"sector\":\"carwash\"",
        "\"sector\":\"carwash\",\"ownerName\":\"Jansen\"");
    HttpResponse<String> response = post("/establishments/screen", invalid, "en");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = json(response);
    assertThat(problem.get("type").asString()).isEqualTo("urn:barrier:problem:BARRIER-SPRING-0001");
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("code").asString()).isEqualTo("BARRIER-SPRING-0001");
    assertThat(problem.get("instance").asString()).isEqualTo("/establishments/screen");
    assertThat(problem.get("errors")).hasSize(2);
    assertThat(problem.get("errors").findValuesAsString("pointer"))
        .containsExactlyInAnyOrder("/establishment/beEnterpriseNumber", "/establishment/*");
    assertThat(problem.get("errors").findValuesAsString("code")).as(response.body())
        .containsExactlyInAnyOrder("BARRIER-CORE-0103", "BARRIER-CORE-0006");
    assertThat(response.body()).doesNotContain("201.341").doesNotContain("Jansen").doesNotContain("ownerName")
        .doesNotContain("genk-2026-0042");
  }

  @Test
  void screen_malformedJson_answers400Problem() throws Exception {
    HttpResponse<String> response = post("/establishments/screen", "{\"establishment\":", "en");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("code").asString()).isEqualTo("BARRIER-SPRING-0001");
    assertThat(json(response).get("errors").get(0).get("code").asString()).isEqualTo("BARRIER-CORE-0101");
  }

  @Test
  void screen_dutchRequest_answersTheRulesInDutch() throws Exception {
    String invalid = VALID.replace("\"observedOn\":\"2026-06-20\"", "\"observedOn\":null");
    String english = json(post("/establishments/screen", invalid, "en")).get("errors").get(0).get("detail").asString();
    String dutch = json(post("/establishments/screen", invalid, "nl")).get("errors").get(0).get("detail").asString();
    assertThat(dutch).isNotBlank().isNotEqualTo(english);
  }

  @Test
  void pseudonymise_configuredKeyFile_givesTheKeySetsPseudonym() throws Exception {
    HttpResponse<String> response = post("/establishments/pseudonymise",
        "{\"beEstablishmentUnitNumber\":\"2.999.000.072\"}", "en");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).get("pseudonym").asString()).isEqualTo(Pseudonymiser.create(KEYS,
        PermitDeskController.CONTEXT).pseudonymise(BeEstablishmentUnitNumber.parse("2.999.000.072")).format());
  }

  @Test
  void context_starter_configuresEveryBuildingBlockAndLeavesBootsMapperAlone() {
    assertThat(context.getBeansOfType(BarrierJson.class)).hasSize(1);
    assertThat(context.getBeansOfType(Boundary.class)).hasSize(1);
    assertThat(context.getBeansOfType(BarrierCatalogues.class)).hasSize(1);
    assertThat(context.getBeansOfType(Screening.class)).hasSize(1);
    assertThat(context.getBeansOfType(KeySet.class)).hasSize(1);
    assertThat(context.getBeansOfType(BoundaryProblems.class)).hasSize(1);
    // Boot's own mapper is still there and still Boot's: lenient about unknown members, where
    // Barrier's strict mapper refuses them
    JsonMapper boot = context.getBean(JsonMapper.class);
    assertThat(boot.readTree("{\"a\":1}").get("a").asInt()).isEqualTo(1);
    assertThat(boot.readValue("{\"key\":\"k\",\"extra\":1}", Form.class).key()).isEqualTo("k");
    assertThatThrownBy(() -> context.getBean(BarrierJson.class).read("{\"key\":\"k\",\"extra\":1}", Form.class))
        .isInstanceOf(JsonFormatException.class);
  }

  /** A form for the mapper comparison. */
  record Form(String key) {}
}
