package it.starter;

import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.core.validation.Boundary;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.KeySets;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.spring.problem.BoundaryViolationException;
import it.scenario.PermitApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What the starter consumers do once: with the beans barrier-spring-boot-starter configured,
 * validate a form, screen an establishment and pseudonymise with the key set read from
 * barrier.keys.location; then send an invalid form to the application's own endpoint and check the
 * RFC 9457 problem. Any step that does not give the expected result throws {@link
 * IllegalStateException}.
 */
public final class StarterScenario {

  /** The form with bad check digits. */
  public static final String BAD_CHECK_DIGITS =
      "{\"key\":\"genk-2026-0043\",\"enterpriseNumber\":\"0203.201.341\",\"sector\":\"carwash\"}";

  private static final PseudonymContext CONTEXT = PseudonymContext.of("thb-signal", "ariec-limburg");
  private static final KeySet KEYS = KeySet.generate(new SecureRandom());

  private StarterScenario() {}

  /**
   * Writes a fresh key set file (owner-only, as the library writes it) for barrier.keys.location.
   *
   * @return the argument {@code --barrier.keys.location=FILE}
   */
  public static String keyLocationArgument() {
    try {
      Path dir = Files.createTempDirectory("barrier-it");
      Path file = dir.resolve("keys.json");
      KeySets.save(file, KEYS, InsecureSecretAccess.get());
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return "--barrier.keys.location=" + file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The endpoint the consumers map to {@code POST /check}: parse with the Boundary or throw the
   * violations for the starter's advice.
   *
   * @param boundary the starter's boundary
   * @param body the request body
   * @return the application's key
   */
  public static String check(Boundary boundary, byte[] body) {
    return BoundaryViolationException.requireValid(boundary.parse(body, PermitApplication.class)).key();
  }

  /**
   * Runs the steps.
   *
   * @param boundary the starter's boundary
   * @param screening the starter's screening
   * @param keys the starter's key set
   * @param port the application's HTTP port
   * @return a one-line summary
   */
  public static String run(Boundary boundary, Screening screening, KeySet keys, int port) {
    String valid = BAD_CHECK_DIGITS.replace("0203.201.341", "0203.201.340");
    require(boundary.parse(valid.getBytes(StandardCharsets.UTF_8), PermitApplication.class).isValid(),
        "the starter's Boundary rejected a valid form");

    LocalDate today = LocalDate.of(2026, 6, 30);
    SubjectReference subject = SubjectReference.of(SubjectKind.ESTABLISHMENT, "genk-2026-0042");
    List<Observation> desk = List.of(
        new Observation("ADM-07", subject, ObservedPeriod.of(today, today), Agency.PERMIT_DESK, null, null, null));
    ScreenedEstablishment screened = screening.screen(
        new ObservedEstablishment(subject, eu.barrier.core.establishment.Sector.CARWASH, desk), today);
    require(!screened.assessments().isEmpty(), "the starter's screening gave no assessment");

    BeEstablishmentUnitNumber unit = BeEstablishmentUnitNumber.parse("2.999.000.072");
    require(Pseudonymiser.create(keys, CONTEXT).pseudonymise(unit).equals(Pseudonymiser.create(KEYS, CONTEXT).pseudonymise(unit)),
        "the starter's key set is not the one in the key file");

    HttpResponse<String> response;
    try {
      response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/check"))
          .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(BAD_CHECK_DIGITS)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    require(response.statusCode() == 422 && type.startsWith("application/problem+json")
        && response.body().contains("\"code\":\"BARRIER-SPRING-0001\"") && response.body().contains("/enterpriseNumber")
        && !response.body().contains("201.341"),
        "the invalid form was answered " + response.statusCode() + " " + type + ": " + response.body());
    return "starter beans validated, scored (level " + screened.level() + "), pseudonymised with the key file; "
        + "invalid form answered 422 application/problem+json with BARRIER-SPRING-0001";
  }

  private static void require(boolean condition, String failure) {
    if (!condition) {
      throw new IllegalStateException(failure);
    }
  }
}
