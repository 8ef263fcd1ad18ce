package eu.barrier.examples.spring;

import eu.barrier.core.Language;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.core.validation.Boundary;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.spring.problem.BoundaryViolationException;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The permit desk's two endpoints. Request bodies are read as bytes and parsed by Barrier's
 * {@link Boundary}, never by the application's own JSON mapper: unknown members, wrong types and
 * bad check digits all come back at once as an RFC 9457 problem (the starter's advice), in the
 * language of the request's {@code Accept-Language}.
 */
@RestController
public class PermitDeskController {

  /** The pseudonym context of this desk: signals for the ARIEC Limburg. */
  static final PseudonymContext CONTEXT = PseudonymContext.of("thb-signal", "ariec-limburg");

  private final Boundary boundary;
  private final Screening screening;
  private final ObjectProvider<KeySet> keys;

  /**
   * Takes the beans the starter configured.
   *
   * @param boundary the boundary
   * @param screening the screening
   * @param keys the key set, if {@code barrier.keys.location} is set
   */
  public PermitDeskController(Boundary boundary, Screening screening, ObjectProvider<KeySet> keys) {
    this.boundary = boundary;
    this.screening = screening;
    this.keys = keys;
  }

  /**
   * The screening's answer: a signal for review by a person, never a decision.
   *
   * @param key the establishment's local key
   * @param level the highest level any applied catalogue gives, for example {@code medium}
   * @param catalogues the catalogues that assessed it ({@code id@version})
   * @param notScored observed indicator ids no applied catalogue holds
   */
  public record Screened(String key, String level, List<String> catalogues, List<String> notScored) {}

  /**
   * The pseudonym of an establishment unit number.
   *
   * @param pseudonym the {@code pk1.} pseudonym under the primary key of the configured key set
   */
  public record Pseudonymised(String pseudonym) {}

  /**
   * The unit number to pseudonymise.
   *
   * @param beEstablishmentUnitNumber a Belgian establishment unit number
   */
  public record UnitNumber(@NotNull BeEstablishmentUnitNumber beEstablishmentUnitNumber) {}

  /**
   * Validates the desk's check and screens the establishment.
   *
   * @param body the request document, {@link DeskCheck} as JSON
   * @param locale the request's language, for the violations' messages
   * @return the signal for review
   * @throws BoundaryViolationException if the document breaks a rule (answered as a problem)
   */
  @PostMapping(path = "/establishments/screen", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Screened screen(@RequestBody byte[] body, Locale locale) {
    DeskCheck check = BoundaryViolationException.requireValid(boundary.parse(body, DeskCheck.class, Language.of(locale)));
    SubjectReference subject = SubjectReference.of(SubjectKind.ESTABLISHMENT, check.establishment().key());
    List<Observation> observations = check.observed().stream()
        .map(id -> new Observation(id, subject, ObservedPeriod.of(check.observedOn(), check.observedOn()),
            Agency.PERMIT_DESK, null, null, null))
        .toList();
    ScreenedEstablishment screened = screening.screen(
        new ObservedEstablishment(subject, check.establishment().effectiveSector().orElse(Sector.OTHER), observations), check.observedOn());
    return new Screened(screened.key(), BarrierJson.enumId(screened.level()),
        screened.assessments().stream().map(PermitDeskController::reference).toList(), screened.notScored());
  }

  private static String reference(Assessment a) {
    return a.provenance().catalogueId() + "@" + a.provenance().catalogueVersion();
  }

  /**
   * Pseudonymises an establishment unit number with the configured key set.
   *
   * @param body the request document, {@code {"beEstablishmentUnitNumber": "…"}}
   * @param locale the request's language, for the violations' messages
   * @return the pseudonym
   * @throws BoundaryViolationException if the document breaks a rule (answered as a problem)
   * @throws ResponseStatusException 503 if no key set is configured
   */
  @PostMapping(path = "/establishments/pseudonymise", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Pseudonymised pseudonymise(@RequestBody byte[] body, Locale locale) {
    UnitNumber unit = BoundaryViolationException.requireValid(boundary.parse(body, UnitNumber.class, Language.of(locale)));
    KeySet keySet = keys.getIfAvailable();
    if (keySet == null) {
      throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "no key set is configured (barrier.keys.location)");
    }
    return new Pseudonymised(Pseudonymiser.create(keySet, CONTEXT).pseudonymise(unit.beEstablishmentUnitNumber()).format());
  }
}
