package eu.barrier.privacy.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Rotation aliases in signal reports: optional, checked by the record rules and the schema alike. */
final class RotationAliasMessagesTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final String NEW = "pk1.k4x7mqzd.KQUUa6GCFHwxQfm2cheNUAC0jQJFDToJpEt4Pv0niXY";
  static final String OLD = "pk1.abcdefgh.lE122jz2e2UWxsBn1XpBbVO6t6uK7UqrKMX4X6DmqhU";
  static final String SAME_KEY = "pk1.k4x7mqzd.lE122jz2e2UWxsBn1XpBbVO6t6uK7UqrKMX4X6DmqhU";
  static final String BLIND = "pk2.k4x7mqzd.KQUUa6GCFHwxQfm2cheNUAC0jQJFDToJpEt4Pv0niXY";

  private static String report(String subject) {
    return """
        {"type":"barrier.signal-report/1","reference":"GENK-THB-2026-0042","domain":"administrative",
         "childProtection":false,"period":"2026-Q4","subjects":[%s],
         "indicators":[{"catalogue":"barrier-admin","version":"1.0.0","indicator":"ADM-01"}]}
        """.formatted(subject);
  }

  private static Schema schema(MessageType type) throws IOException {
    try (InputStream in = type.openSchema()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  private static List<Violation> violations(String json) {
    return Messages.violations(json.getBytes(StandardCharsets.UTF_8), MessageType.SIGNAL_REPORT);
  }

  private static boolean schemaValid(MessageType type, String json) throws IOException {
    return schema(type).validate(MAPPER.readTree(json)).isEmpty();
  }

  @Test
  void read_subjectWithAnAlias_validForRecordAndSchema_andWrittenBack() throws IOException {
    String json = report("{\"identifierType\":\"be-enterprise\",\"pseudonym\":\"%s\",\"aliases\":[\"%s\"]}"
        .formatted(NEW, OLD));

    SignalReport r = Messages.read(json.getBytes(StandardCharsets.UTF_8), SignalReport.class);

    assertThat(r.subjects().get(0).aliases()).containsExactly(OLD);
    assertThat(schemaValid(MessageType.SIGNAL_REPORT, json)).isTrue();
    assertThat(Messages.read(Messages.write(r), SignalReport.class)).isEqualTo(r);
    assertThat(r.subjects().get(0).toString()).doesNotContain(NEW).doesNotContain(OLD).contains("aliases=1");
  }

  @Test
  void write_subjectWithoutAliases_hasNoAliasesMember_asBeforeTheChange() {
    SignalReport r = SignalReport.of("GENK-1", ExchangeDomain.ADMINISTRATIVE, false, "2026-Q4",
        List.of(PseudonymousSubject.of(IdentifierType.BE_ENTERPRISE, NEW, List.of())),
        List.of(new ObservedIndicator("barrier-admin", "1.0.0", "ADM-01")), null, null);

    String json = new String(Messages.write(r), StandardCharsets.UTF_8);

    assertThat(json).doesNotContain("aliases");
    assertThat(r.subjects().get(0)).isEqualTo(new PseudonymousSubject(IdentifierType.BE_ENTERPRISE, NEW));
    assertThat(r.subjects().get(0).aliasesOrEmpty()).isEmpty();
  }

  @Test
  void read_aliasUnderThePseudonymsOwnKey_refusedByTheRecord() throws IOException {
    String json = report("{\"identifierType\":\"be-enterprise\",\"pseudonym\":\"%s\",\"aliases\":[\"%s\"]}"
        .formatted(NEW, SAME_KEY));

    assertThat(violations(json)).extracting(Violation::path).containsExactly("/subjects/0/aliases/0");
  }

  @Test
  void read_aliasBesideABlindPseudonym_refusedByTheRecord() {
    String json = report("{\"identifierType\":\"be-enterprise\",\"pseudonym\":\"%s\",\"aliases\":[\"%s\"]}"
        .formatted(BLIND, OLD));

    assertThat(violations(json)).extracting(Violation::path).containsExactly("/subjects/0/aliases");
  }

  @Test
  void read_emptyOrBlindOrTooManyAliases_refusedByRecordAndSchema() throws IOException {
    String five = String.join(",", List.of(OLD, OLD, OLD, OLD, OLD).stream().map(a -> "\"" + a + "\"").toList());
    for (String aliases : List.of("[]", "[\"" + BLIND + "\"]", "[" + five + "]", "[null]")) {
      String json = report("{\"identifierType\":\"be-enterprise\",\"pseudonym\":\"%s\",\"aliases\":%s}"
          .formatted(NEW, aliases));
      assertThat(violations(json)).as(aliases).isNotEmpty();
      assertThat(schemaValid(MessageType.SIGNAL_REPORT, json)).as(aliases).isFalse();
    }
  }

  @Test
  void read_aliasesInAnInformationRequest_refusedByRecordAndSchema() throws IOException {
    String json = """
        {"type":"barrier.information-request/1","reference":"ARIEC-LIM-2026-117","purpose":"thb-signal",
         "legalBasis":"Samenwerkingsprotocol ARIEC Limburg 2026, art. 5",
         "subjects":[{"identifierType":"be-enterprise","pseudonym":"%s","aliases":["%s"]}]}
        """.formatted(NEW, OLD);

    MessageValidationException e = catchThrowableOfType(MessageValidationException.class,
        () -> Messages.read(json.getBytes(StandardCharsets.UTF_8), InformationRequest.class));

    assertThat(e.violations()).extracting(Violation::path).containsExactly("/subjects/0/aliases");
    assertThat(schemaValid(MessageType.INFORMATION_REQUEST, json)).isFalse();
  }
}
