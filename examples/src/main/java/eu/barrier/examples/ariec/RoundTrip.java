package eu.barrier.examples.ariec;

import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.privacy.audit.AuditEvent;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.AuditVerification;
import eu.barrier.privacy.audit.AuditVerifier;
import eu.barrier.privacy.audit.InMemoryAuditSink;
import eu.barrier.privacy.envelope.EnvelopeVerificationException;
import eu.barrier.privacy.envelope.Envelopes;
import eu.barrier.privacy.envelope.Handling;
import eu.barrier.privacy.envelope.OpenedEnvelope;
import eu.barrier.privacy.envelope.SealParameters;
import eu.barrier.privacy.envelope.Tlp;
import eu.barrier.privacy.exchange.AssessmentSummary;
import eu.barrier.privacy.exchange.ExchangeDomain;
import eu.barrier.privacy.exchange.Holding;
import eu.barrier.privacy.exchange.InformationAnswer;
import eu.barrier.privacy.exchange.InformationCategory;
import eu.barrier.privacy.exchange.InformationRequest;
import eu.barrier.privacy.exchange.InformationResponse;
import eu.barrier.privacy.exchange.Messages;
import eu.barrier.privacy.exchange.ObservedIndicator;
import eu.barrier.privacy.exchange.PseudonymousSubject;
import eu.barrier.privacy.exchange.SignalReport;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.pseudonym.Pseudonym;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The ARIEC round trip. A municipality seals a pseudonymised {@link SignalReport} for the ARIEC;
 * the ARIEC opens it and asks the social inspection, with an {@link InformationRequest}, whether it
 * holds anything on that pseudonym; the inspection answers with an {@link InformationResponse}
 * that says only "holds, inspection file, contact this desk"; the ARIEC opens the answer. Every
 * party keeps its own hash-chained audit log, and all three verify at the end.
 *
 * <p>The pseudonym key set belongs to the exchange domain of the ARIEC (context {@code
 * thb-screening} / {@code ariec-limburg}): the municipality and the inspection hold it, so both
 * compute the same pseudonym for the same establishment, and nobody without it can link the
 * pseudonym to the number. All keys here are generated fresh for the run; the establishment number
 * is synthetic.
 */
public final class RoundTrip {

  private static final String PURPOSE = "thb-screening";
  private static final String LEGAL_BASIS = "ARIEC Limburg cooperation protocol, art. 5 (example text)";

  private RoundTrip() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws EnvelopeVerificationException if a message fails a check (it does not)
   */
  public static void main(String[] args) throws EnvelopeVerificationException {
    run(System.out);
  }

  /**
   * What each party ended with.
   *
   * @param report the report the ARIEC opened
   * @param response the answer the ARIEC opened
   * @param audits the verification of the three audit logs: municipality, ARIEC, inspection
   */
  public record Result(SignalReport report, InformationResponse response, List<AuditVerification> audits) {}

  /**
   * Runs the round trip.
   *
   * @param out where to print
   * @return what was exchanged
   * @throws EnvelopeVerificationException if a message fails a check
   */
  public static Result run(PrintStream out) throws EnvelopeVerificationException {
    SecureRandom random = new SecureRandom();
    Clock clock = Clock.systemUTC();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    PartyKeys municipality = PartyKeys.generate("municipality-genk", random);
    PartyKeys ariec = PartyKeys.generate("ariec-limburg", random);
    PartyKeys inspection = PartyKeys.generate("social-inspection-limburg", random);
    KeySet domainKeys = KeySet.generate(random); // issued by the ARIEC to its partners
    PseudonymContext context = PseudonymContext.of(PURPOSE, "ariec-limburg");

    InMemoryAuditSink municipalityLog = new InMemoryAuditSink();
    InMemoryAuditSink ariecLog = new InMemoryAuditSink();
    InMemoryAuditSink inspectionLog = new InMemoryAuditSink();
    AuditLog municipalityAudit = AuditLog.open(municipalityLog, clock);
    Envelopes atMunicipality = Envelopes.builder().auditLog(municipalityAudit).build();
    Envelopes atAriec = Envelopes.builder().auditLog(AuditLog.open(ariecLog, clock)).build();
    Envelopes atInspection = Envelopes.builder().auditLog(AuditLog.open(inspectionLog, clock)).build();
    Handling amberStrict = Handling.of(Tlp.AMBER_STRICT, List.of("Signals for review, never decisions."));

    // 1. the municipality reports a carwash, by pseudonym only
    BeEstablishmentUnitNumber carwash = BeEstablishmentUnitNumber.parse("2.999.000.072");
    Pseudonym pseudonym = Pseudonymiser.create(domainKeys, context).pseudonymise(carwash);
    municipalityAudit.append(AuditEvent.builder(AuditAction.PSEUDONYMISE, "permit-system").purpose(PURPOSE)
        .recipient("ariec-limburg").count(1).build());
    SignalReport report = SignalReport.of("genk-2026-017", ExchangeDomain.ADMINISTRATIVE, false, "2026-Q2",
        List.of(new PseudonymousSubject(IdentifierType.BE_ESTABLISHMENT, pseudonym.format())),
        List.of(new ObservedIndicator("barrier-admin", "1.0.0", "ADM-05"),
            new ObservedIndicator("sector-carwash", "1.0.0", "SEC-CW-02")),
        Grading.of(GradingScheme.EUROPOL_4X4, "B", "2"),
        new AssessmentSummary("medium", 43085L, "barrier-admin@1.0.0", "weighted"));
    byte[] message = atMunicipality.seal(municipality, List.of(ariec.publicKeys()),
        SealParameters.builder(PURPOSE, LEGAL_BASIS, amberStrict, today.plusDays(180))
            .payloadType(SignalReport.TYPE).build(), Messages.write(report)).message();
    out.println("municipality -> ARIEC: sealed signal report, " + message.length + " bytes");

    // 2. the ARIEC opens it and asks the inspection
    OpenedEnvelope opened = atAriec.open(ariec, List.of(municipality.publicKeys()), message);
    SignalReport received = Messages.read(opened.payload(), SignalReport.class);
    out.println("ARIEC opened: " + received + " from " + opened.header().sender().party());
    InformationRequest request = InformationRequest.of("ariec-lim-2026-0093", PURPOSE, LEGAL_BASIS,
        received.subjects(), today.plusDays(14));
    byte[] question = atAriec.seal(ariec, List.of(inspection.publicKeys()),
        SealParameters.builder(PURPOSE, LEGAL_BASIS, amberStrict, today.plusDays(180))
            .payloadType(InformationRequest.TYPE).build(), Messages.write(request)).message();

    // 3. the inspection matches the pseudonym against its own files and answers minimally
    InformationRequest asked = Messages.read(atInspection.open(inspection, List.of(ariec.publicKeys()), question)
        .payload(), InformationRequest.class);
    Pseudonymiser ownFiles = Pseudonymiser.create(domainKeys, context);
    Pseudonym askedAbout = Pseudonym.parse(asked.subjects().get(0).pseudonym());
    boolean holds = ownFiles.matches(BeEstablishmentUnitNumber.parse("2999000072"), askedAbout);
    InformationAnswer answer = holds
        ? new InformationAnswer(IdentifierType.BE_ESTABLISHMENT, askedAbout.format(), Holding.HOLDS,
            InformationCategory.INSPECTION, "si-limburg-desk-3")
        : new InformationAnswer(IdentifierType.BE_ESTABLISHMENT, askedAbout.format(), Holding.DOES_NOT_HOLD, null,
            null);
    InformationResponse response = InformationResponse.of(asked.reference(), "si-lim-2026-0411", List.of(answer));
    byte[] reply = atInspection.seal(inspection, List.of(ariec.publicKeys()),
        SealParameters.builder(PURPOSE, LEGAL_BASIS, amberStrict, today.plusDays(180))
            .payloadType(InformationResponse.TYPE).build(), Messages.write(response)).message();

    // 4. the ARIEC opens the answer; every audit log verifies
    InformationResponse answered = Messages.read(atAriec.open(ariec, List.of(inspection.publicKeys()), reply)
        .payload(), InformationResponse.class);
    out.println("ARIEC received: " + answered.answers().get(0).holding() + " "
        + answered.answers().get(0).category() + ", contact " + answered.answers().get(0).contact());
    List<AuditVerification> audits = List.of(AuditVerifier.verify(municipalityLog.lines()),
        AuditVerifier.verify(ariecLog.lines()), AuditVerifier.verify(inspectionLog.lines()));
    out.println("audit logs (municipality, ARIEC, inspection): " + audits.get(0).outcome() + " "
        + audits.get(0).entries() + ", " + audits.get(1).outcome() + " " + audits.get(1).entries() + ", "
        + audits.get(2).outcome() + " " + audits.get(2).entries());
    return new Result(received, answered, audits);
  }
}
