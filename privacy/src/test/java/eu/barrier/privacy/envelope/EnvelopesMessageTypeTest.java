package eu.barrier.privacy.envelope;

import static eu.barrier.privacy.envelope.Fixture.MUNICIPALITY;
import static eu.barrier.privacy.envelope.Fixture.RIEC;
import static eu.barrier.privacy.envelope.Fixture.T0;
import static eu.barrier.privacy.envelope.Fixture.TRUSTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.exchange.InformationResponse;
import eu.barrier.privacy.exchange.MessageValidationException;
import eu.barrier.privacy.exchange.Messages;
import eu.barrier.privacy.exchange.SignalReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Payloads that declare a message type are validated on seal and on open. */
final class EnvelopesMessageTypeTest {

  private final Fixture.MutableClock clock = new Fixture.MutableClock(T0);
  private final Envelopes envelopes = Envelopes.builder().clock(clock).build();

  private static byte[] example() throws IOException {
    return Files.readAllBytes(Path.of("../docs/examples/signal-report.json"));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void seal_signalReport_setsPayloadTypeAndOpens() throws Exception {
    byte[] message = envelopes.seal(MUNICIPALITY, List.of(RIEC.publicKeys()), Fixture.parameters(), example()).message();

    OpenedEnvelope opened = envelopes.open(RIEC, TRUSTED, message);

    assertThat(opened.header().payloadType()).isEqualTo("barrier.signal-report/1");
    assertThat(new String(opened.payload(), StandardCharsets.UTF_8)).contains("\"GENK-THB-2026-0042\"");
    assertThat(opened.message(SignalReport.class)).contains(Messages.read(opened.payload(), SignalReport.class));
    assertThat(opened.message(InformationResponse.class)).isEmpty();
  }

  @Test
  void seal_invalidSignalReport_throwsWithViolations() throws IOException {
    String bad = new String(example(), StandardCharsets.UTF_8).replace("\"2026-Q4\"", "\"2026-11-28\"");

    MessageValidationException e = catchThrowableOfType(MessageValidationException.class,
        () -> envelopes.seal(MUNICIPALITY, List.of(RIEC.publicKeys()), Fixture.parameters(), bytes(bad)));

    assertThat(e.errorCode()).isEqualTo(PrivacyError.MESSAGE_INVALID);
    assertThat(e.violations()).extracting(v -> v.path()).containsExactly("/period");
  }

  @Test
  void seal_childProtectionReportForTheAdministrativeDomain_isRefused() throws IOException {
    String bad = new String(example(), StandardCharsets.UTF_8).replace("\"barrier-admin\"", "\"minors-grooming\"");

    MessageValidationException e = catchThrowableOfType(MessageValidationException.class,
        () -> envelopes.seal(MUNICIPALITY, List.of(RIEC.publicKeys()), Fixture.parameters(), bytes(bad)));

    assertThat(e.violations()).extracting(v -> v.code()).containsOnly("BARRIER-PRIV-0502");
  }

  @Test
  void seal_unknownBarrierTypeOrMismatchedParameter_isMessageType() throws IOException {
    SealParameters typed = SealParameters.builder("thb-signal", "WGS", Handling.of(Tlp.RED), Fixture.parameters()
        .retainUntil()).payloadType("barrier.information-request/1").build();

    assertThatThrownBy(() -> envelopes.seal(MUNICIPALITY, List.of(RIEC.publicKeys()), Fixture.parameters(),
        bytes("{\"type\":\"barrier.rumour/1\"}")))
        .isInstanceOfSatisfying(MessageValidationException.class,
            e -> assertThat(e.errorCode()).isEqualTo(PrivacyError.MESSAGE_TYPE));
    assertThatThrownBy(() -> envelopes.seal(MUNICIPALITY, List.of(RIEC.publicKeys()), typed, example()))
        .isInstanceOfSatisfying(MessageValidationException.class,
            e -> assertThat(e.errorCode()).isEqualTo(PrivacyError.MESSAGE_TYPE));
    assertThatThrownBy(() -> envelopes.seal(MUNICIPALITY, List.of(RIEC.publicKeys()), typed, Fixture.PAYLOAD))
        .isInstanceOfSatisfying(MessageValidationException.class,
            e -> assertThat(e.errorCode()).isEqualTo(PrivacyError.MESSAGE_TYPE));
  }

  @Test
  void seal_opaqueObject_keepsTheParametersPayloadType() throws Exception {
    byte[] message = envelopes.seal(MUNICIPALITY, List.of(RIEC.publicKeys()), Fixture.parameters(),
        bytes("{\"type\":\"acme.note/1\",\"text\":\"anything\"}")).message();

    OpenedEnvelope opened = envelopes.open(RIEC, TRUSTED, message);
    assertThat(opened.header().payloadType()).isEqualTo("json");
    assertThat(opened.message(SignalReport.class)).isEmpty();
  }

  @Test
  void open_authenticPayloadThatBreaksItsDeclaredType_isSchemaViolation() throws IOException {
    String bad = new String(example(), StandardCharsets.UTF_8).replace("\"barrier-admin\"", "\"minors-grooming\"");
    SealParameters typed = SealParameters.builder("thb-signal", "WGS", Handling.of(Tlp.RED), Fixture.parameters()
        .retainUntil()).payloadType("barrier.signal-report/1").build();
    byte[] message = envelopes.seal(MUNICIPALITY, List.of(RIEC.publicKeys()), typed, bytes(bad),
        UnaryOperator.identity(), false).message();

    EnvelopeVerificationException e = catchThrowableOfType(EnvelopeVerificationException.class,
        () -> envelopes.open(RIEC, TRUSTED, message));

    assertThat(e.reason()).isEqualTo(VerificationFailure.SCHEMA_VIOLATION);
    assertThat(e.code()).isEqualTo("BARRIER-PRIV-0413");
    assertThat(e.getMessage()).contains("BARRIER-PRIV-0502").doesNotContain("minors-grooming");
  }

  @Test
  void open_declaredTypeUnderAnOpaqueHeader_isSchemaViolation() throws IOException {
    byte[] message = envelopes.seal(MUNICIPALITY, List.of(RIEC.publicKeys()), Fixture.parameters(), example(),
        UnaryOperator.identity(), false).message();

    EnvelopeVerificationException e = catchThrowableOfType(EnvelopeVerificationException.class,
        () -> envelopes.open(RIEC, TRUSTED, message));

    assertThat(e.reason()).isEqualTo(VerificationFailure.SCHEMA_VIOLATION);
  }
}
