package it.scenario;

import eu.barrier.core.BarrierConfigurationException;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.core.validation.Violation;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.privacy.envelope.Envelopes;
import eu.barrier.privacy.envelope.Handling;
import eu.barrier.privacy.envelope.SealParameters;
import eu.barrier.privacy.envelope.Tlp;
import eu.barrier.privacy.exchange.AssessmentSummary;
import eu.barrier.privacy.exchange.ExchangeDomain;
import eu.barrier.privacy.exchange.Messages;
import eu.barrier.privacy.exchange.ObservedIndicator;
import eu.barrier.privacy.exchange.PseudonymousSubject;
import eu.barrier.privacy.exchange.SignalReport;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.pseudonym.Pseudonym;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.Screening;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What every consumer project does once with the installed Barrier artifacts: validate a form,
 * score (screen) an establishment, pseudonymise an identifier, and seal (and open) a signal
 * report. Any step that does not give the expected result throws {@link IllegalStateException}.
 */
public final class Scenario {

  /** Exit status when Barrier reports a configuration error (BARRIER-CORE-09xx). */
  public static final int CONFIGURATION_ERROR = 3;

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final String PURPOSE = "thb-signal";
  private static final String VALID =
      "{\"key\":\"genk-2026-0042\",\"enterpriseNumber\":\"0203.201.340\",\"sector\":\"carwash\"}";
  private static final String BAD_CHECK_DIGITS =
      "{\"key\":\"genk-2026-0043\",\"enterpriseNumber\":\"0203.201.341\",\"sector\":\"carwash\"}";

  private Scenario() {}

  /**
   * Runs the scenario for a consumer's {@code main}: prints one line and exits 0, or prints
   * Barrier's configuration error and exits {@value #CONFIGURATION_ERROR}.
   *
   * @param consumer the consumer's name, printed
   * @param formType the form type to validate, in the consumer's own package
   */
  public static void runMain(String consumer, Class<?> formType) {
    try {
      System.out.println(consumer + ": " + run(formType));
    } catch (BarrierConfigurationException e) {
      System.err.println(consumer + ": configuration error: " + e.getMessage());
      System.exit(CONFIGURATION_ERROR);
    }
  }

  /**
   * Runs the four steps.
   *
   * @param formType the form type: a record with the components of {@link PermitApplication}
   * @return a one-line summary
   */
  public static String run(Class<?> formType) {
    // 1. validate: the valid form passes, the bad check digits are named by field and a stable code
    Boundary boundary = Boundary.create();
    BoundaryResult<?> valid = boundary.parse(VALID.getBytes(StandardCharsets.UTF_8), formType);
    require(valid.isValid(), "a valid form was rejected: " + codes(valid.violations()));
    BoundaryResult<?> invalid = boundary.parse(BAD_CHECK_DIGITS.getBytes(StandardCharsets.UTF_8), formType);
    require(invalid.violations().size() == 1 && codes(invalid.violations()).startsWith("/enterpriseNumber BARRIER-CORE-"),
        "bad check digits were reported as " + codes(invalid.violations()));

    // 2. score: the desk's observations screened with the business-level catalogue
    SubjectReference subject = SubjectReference.of(SubjectKind.ESTABLISHMENT, "genk-2026-0042");
    List<Observation> desk = List.of(seen("ADM-07", subject), seen("ADM-08", subject));
    Screening screening = Screening.builder().catalogue(Catalogues.hashedBuiltIn("barrier-admin")).build();
    ScreenedEstablishment screened =
        screening.screen(new ObservedEstablishment(subject, eu.barrier.core.establishment.Sector.CARWASH, desk), TODAY);
    require(!screened.assessments().isEmpty(), "screening gave no assessment");

    // 3. pseudonymise: same key set and context, same pseudonym; it matches the identifier
    SecureRandom random = new SecureRandom();
    KeySet keys = KeySet.generate(random);
    PseudonymContext context = PseudonymContext.of(PURPOSE, "ariec-limburg");
    BeEstablishmentUnitNumber unit = BeEstablishmentUnitNumber.parse("2.999.000.072");
    Pseudonym pseudonym = Pseudonymiser.create(keys, context).pseudonymise(unit);
    require(pseudonym.format().startsWith("pk1.") && Pseudonymiser.create(keys, context).matches(unit, pseudonym),
        "pseudonym does not round-trip");

    // 4. seal a signal report for the ARIEC and open it there
    PartyKeys municipality = PartyKeys.generate("gemeente-genk", random);
    PartyKeys ariec = PartyKeys.generate("ariec-limburg", random);
    SignalReport report = SignalReport.of("genk-2026-017", ExchangeDomain.ADMINISTRATIVE, false, "2026-Q2",
        List.of(new PseudonymousSubject(IdentifierType.BE_ESTABLISHMENT, pseudonym.format())),
        List.of(new ObservedIndicator("barrier-admin", "1.0.0", "ADM-07")),
        Grading.of(GradingScheme.EUROPOL_4X4, "B", "2"),
        new AssessmentSummary(eu.barrier.core.json.BarrierJson.enumId(screened.level()), 0L,
            "barrier-admin@1.0.0", "weighted"));
    Envelopes envelopes = Envelopes.builder().build();
    byte[] sealed = envelopes.seal(municipality, List.of(ariec.publicKeys()),
        SealParameters.builder(PURPOSE, "ARIEC Limburg cooperation protocol (test)",
            Handling.of(Tlp.AMBER_STRICT, List.of("Signals for review, never decisions.")), TODAY.plusDays(3650))
            .payloadType(SignalReport.TYPE).build(), Messages.write(report)).message();
    SignalReport opened;
    try {
      opened = Messages.read(envelopes.open(ariec, List.of(municipality.publicKeys()), sealed).payload(),
          SignalReport.class);
    } catch (eu.barrier.privacy.envelope.EnvelopeVerificationException e) {
      throw new IllegalStateException("the sealed report did not open: " + e.getMessage(), e);
    }
    require(opened.equals(report), "the opened report differs from the sealed one");

    return "validated, scored (level " + screened.level() + "), pseudonymised, sealed and opened ("
        + sealed.length + " bytes)";
  }

  private static Observation seen(String indicator, SubjectReference subject) {
    return new Observation(indicator, subject, ObservedPeriod.of(TODAY.minusDays(10), TODAY.minusDays(10)),
        Agency.PERMIT_DESK, null, null, null);
  }

  private static String codes(List<Violation> violations) {
    return violations.stream().map(v -> v.path() + " " + v.code()).collect(Collectors.joining(", "));
  }

  private static void require(boolean condition, String failure) {
    if (!condition) {
      throw new IllegalStateException(failure);
    }
  }
}
