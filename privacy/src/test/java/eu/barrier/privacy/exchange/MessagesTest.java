package eu.barrier.privacy.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.validation.Violation;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.generalise.DateGranularity;
import eu.barrier.privacy.generalise.DatePeriod;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

final class MessagesTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final String P1 = "pk1.k4x7mqzd.KQUUa6GCFHwxQfm2cheNUAC0jQJFDToJpEt4Pv0niXY";
  static final String P2 = "pk1.k4x7mqzd.lE122jz2e2UWxsBn1XpBbVO6t6uK7UqrKMX4X6DmqhU";
  static final Path EXAMPLE = Path.of("../docs/examples/signal-report.json");

  static final String REQUEST = """
      {"type":"barrier.information-request/1","reference":"ARIEC-LIM-2026-117","purpose":"thb-signal",
       "legalBasis":"Samenwerkingsprotocol ARIEC Limburg 2026, art. 5",
       "subjects":[{"identifierType":"be-enterprise","pseudonym":"%s"}],"respondBy":"2026-12-15"}
      """.formatted(P1);

  static final String RESPONSE = """
      {"type":"barrier.information-response/1","inReplyTo":"ARIEC-LIM-2026-117","reference":"RSZ-2026-9",
       "answers":[{"identifierType":"be-enterprise","pseudonym":"%s","holding":"holds","category":"inspection",
                   "contact":"rsz:sociale-inspectie:limburg"},
                  {"identifierType":"be-enterprise","pseudonym":"%s","holding":"does-not-hold"}]}
      """.formatted(P1, P2);

  static SignalReport report(ExchangeDomain domain, boolean childProtection, String catalogue) {
    return SignalReport.of("GENK-THB-2026-0042", domain, childProtection,
        DatePeriod.of(LocalDate.of(2026, 11, 28), DateGranularity.MONTH).label(),
        List.of(new PseudonymousSubject(IdentifierType.BE_NATIONAL_NUMBER, P1)),
        List.of(new ObservedIndicator(catalogue, "1.0.0", "GR-01")),
        Grading.of(GradingScheme.EUROPOL_4X4, "B", "2"), null);
  }

  private static Schema schema(MessageType type) throws IOException {
    try (InputStream in = type.openSchema()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String example() throws IOException {
    return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
  }

  @Test
  void schemas_inJarAndInDocs_areByteIdentical() throws IOException {
    for (MessageType type : MessageType.values()) {
      try (InputStream in = type.openSchema()) {
        assertThat(Files.readAllBytes(Path.of("../docs/schemas/" + type.schemaFile())))
            .as(type.schemaFile()).isEqualTo(in.readAllBytes());
      }
    }
  }

  @Test
  void schemas_typeConstants_matchTheIdsAndTheRecordsHaveThem() throws IOException {
    for (MessageType type : MessageType.values()) {
      try (InputStream in = type.openSchema()) {
        JsonNode root = MAPPER.readTree(in);
        assertThat(root.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(root.get("properties").get("type").get("const").stringValue()).isEqualTo(type.id());
        List<String> members = new ArrayList<>();
        root.get("properties").propertyNames().forEach(members::add);
        assertThat(members).containsExactlyElementsOf(
            Arrays.stream(type.recordType().getRecordComponents()).map(c -> c.getName()).toList());
      }
    }
  }

  @Test
  void schema_identifierTypeEnum_matchesTheJavaEnum() throws IOException {
    try (InputStream in = MessageType.SIGNAL_REPORT.openSchema()) {
      JsonNode e = MAPPER.readTree(in).get("$defs").get("subject").get("properties").get("identifierType").get("enum");
      assertThat(e.values()).extracting(JsonNode::stringValue)
          .containsExactlyElementsOf(Arrays.stream(IdentifierType.values()).map(BarrierJson::enumId).toList());
    }
  }

  @Test
  void read_exampleSignalReport_isValidForRecordAndSchema() throws IOException {
    SignalReport report = Messages.read(bytes(example()), SignalReport.class);

    assertThat(report.domain()).isEqualTo(ExchangeDomain.ADMINISTRATIVE);
    assertThat(report.subjects()).hasSize(2);
    assertThat(report.indicators()).extracting(ObservedIndicator::indicator).containsExactly("ADM-01", "ADM-03", "SEC-NS-03");
    assertThat(report.assessment().scoreMilli()).isEqualTo(4500L);
    assertThat(schema(MessageType.SIGNAL_REPORT).validate(MAPPER.readTree(example()))).isEmpty();
    assertThat(Messages.read(bytes(example()))).isEqualTo(report);
  }

  @Test
  void read_reportWithoutGrading_isUngradedForRecordAndSchema() throws IOException {
    String grading = "  \"grading\": {\n    \"scheme\": \"europol-4x4\",\n    \"source\": \"B\",\n"
        + "    \"information\": \"2\"\n  },\n";
    String ungraded = example().replace(grading, "");
    assertThat(ungraded).isNotEqualTo(example());

    SignalReport report = Messages.read(bytes(ungraded), SignalReport.class);
    assertThat(report.grading()).isNull();
    assertThat(schema(MessageType.SIGNAL_REPORT).validate(MAPPER.readTree(ungraded))).isEmpty();
    String written = new String(Messages.write(report), StandardCharsets.UTF_8);
    assertThat(written).doesNotContain("grading");
    assertThat(Messages.read(bytes(written), SignalReport.class)).isEqualTo(report);
  }

  @Test
  void read_reportGradedInAnotherScheme_keepsItsScheme() throws IOException {
    String admiralty = example().replace("\"scheme\": \"europol-4x4\"", "\"scheme\": \"admiralty-6x6\"")
        .replace("\"source\": \"B\"", "\"source\": \"F\"")
        .replace("\"information\": \"2\"", "\"information\": \"6\"");
    SignalReport report = Messages.read(bytes(admiralty), SignalReport.class);
    assertThat(report.grading()).isEqualTo(Grading.of(GradingScheme.ADMIRALTY_6X6, "F", "6"));
    assertThat(schema(MessageType.SIGNAL_REPORT).validate(MAPPER.readTree(admiralty))).isEmpty();
  }

  @Test
  void read_requestAndResponse_areValidForRecordAndSchema() throws IOException {
    InformationRequest request = Messages.read(bytes(REQUEST), InformationRequest.class);
    InformationResponse response = Messages.read(bytes(RESPONSE), InformationResponse.class);

    assertThat(request.respondBy()).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(response.answers()).extracting(InformationAnswer::holding).containsExactly(Holding.HOLDS, Holding.DOES_NOT_HOLD);
    assertThat(schema(MessageType.INFORMATION_REQUEST).validate(MAPPER.readTree(REQUEST))).isEmpty();
    assertThat(schema(MessageType.INFORMATION_RESPONSE).validate(MAPPER.readTree(RESPONSE))).isEmpty();
  }

  @Test
  void read_blindPk2Pseudonym_isValidForRecordAndSchemaAndPk3IsNot() throws IOException {
    String blind = REQUEST.replace(P1, "pk2" + P1.substring(3));
    String unknown = REQUEST.replace(P1, "pk3" + P1.substring(3));

    assertThat(Messages.read(bytes(blind), InformationRequest.class).subjects().get(0).pseudonym()).startsWith("pk2.");
    assertThat(schema(MessageType.INFORMATION_REQUEST).validate(MAPPER.readTree(blind))).isEmpty();
    assertThat(Messages.violations(bytes(unknown), MessageType.INFORMATION_REQUEST)).isNotEmpty();
    assertThat(schema(MessageType.INFORMATION_REQUEST).validate(MAPPER.readTree(unknown))).isNotEmpty();
  }

  /** Each mutation breaks one rule; record validation and the schema must both reject it. */
  @Test
  void invalidDocuments_areRejectedByRecordAndSchemaAlike() throws IOException {
    String ex = example();
    Map<String, MessageType> bad = new java.util.LinkedHashMap<>();
    bad.put(ex.replace("\"administrative\"", "\"police\""), MessageType.SIGNAL_REPORT);
    bad.put(ex.replace("\"2026-Q4\"", "\"2026-11-28\""), MessageType.SIGNAL_REPORT);
    bad.put(ex.replace("\"2026-Q4\"", "\"2026-Q5\""), MessageType.SIGNAL_REPORT);
    bad.put(ex.replace(P1, P1.substring(0, P1.length() - 1) + "Z"), MessageType.SIGNAL_REPORT);
    bad.put(ex.replace(P1, "85073003328"), MessageType.SIGNAL_REPORT);
    bad.put(ex.replace("\"be-establishment\"", "\"be-vat\""), MessageType.SIGNAL_REPORT);
    bad.put(ex.replace("\"ADM-01\"", "\"adm 01\""), MessageType.SIGNAL_REPORT);
    bad.put(ex.replace("\"source\": \"B\"", "\"source\": \"D\""), MessageType.SIGNAL_REPORT);
    bad.put(ex.replace("\"reference\": \"GENK-THB-2026-0042\",", "\"reference\": \"GENK-THB-2026-0042\", \"name\": \"x\","),
        MessageType.SIGNAL_REPORT);
    bad.put(ex.replace("\"childProtection\": false,", ""), MessageType.SIGNAL_REPORT);
    bad.put(ex.replace("\"scoreMilli\": 4500", "\"scoreMilli\": -1"), MessageType.SIGNAL_REPORT);
    bad.put(ex.replace("\"sector-nail-salon@1.0.0\"", "\"sector-nail-salon\""), MessageType.SIGNAL_REPORT);
    bad.put(ex.replace("\"domain\": \"administrative\",\n  \"childProtection\": false",
        "\"domain\": \"administrative\",\n  \"childProtection\": true"), MessageType.SIGNAL_REPORT);
    bad.put(ex.replace("\"barrier-admin\",\n      \"version\": \"1.0.0\",\n      \"indicator\": \"ADM-01\"",
        "\"minors-grooming\",\n      \"version\": \"1.0.0\",\n      \"indicator\": \"GR-01\""), MessageType.SIGNAL_REPORT);
    bad.put(REQUEST.replace("\"thb-signal\"", "\"THB signal\""), MessageType.INFORMATION_REQUEST);
    bad.put(REQUEST.replace("Samenwerkingsprotocol", "Samenwerkings\\u0007protocol"), MessageType.INFORMATION_REQUEST);
    bad.put(REQUEST.replace("\"subjects\":[{\"identifierType\":\"be-enterprise\",\"pseudonym\":\"" + P1 + "\"}]",
        "\"subjects\":[]"), MessageType.INFORMATION_REQUEST);
    bad.put(RESPONSE.replace("\"holding\":\"does-not-hold\"", "\"holding\":\"does-not-hold\",\"category\":\"tax\""),
        MessageType.INFORMATION_RESPONSE);
    bad.put(RESPONSE.replaceAll(",\\s*\"contact\":\"rsz:sociale-inspectie:limburg\"", ""),
        MessageType.INFORMATION_RESPONSE);
    bad.put(RESPONSE.replace("rsz:sociale-inspectie:limburg", "Jan Janssens"), MessageType.INFORMATION_RESPONSE);

    int i = 0;
    for (Map.Entry<String, MessageType> e : bad.entrySet()) {
      i++;
      assertThat(e.getKey()).as("mutation %d applied", i).isNotIn(ex, REQUEST, RESPONSE);
      assertThat(Messages.violations(bytes(e.getKey()), e.getValue())).as("record, mutation %d", i).isNotEmpty();
      assertThat(schema(e.getValue()).validate(MAPPER.readTree(e.getKey()))).as("schema, mutation %d", i).isNotEmpty();
    }
  }

  @Test
  void childProtection_groomingCatalogueWithoutFlag_isRejectedWithItsCode() {
    MessageValidationException e = catchThrowableOfType(MessageValidationException.class,
        () -> Messages.write(report(ExchangeDomain.ADMINISTRATIVE, false, "minors-grooming")));

    assertThat(e.errorCode()).isEqualTo(PrivacyError.MESSAGE_INVALID);
    assertThat(e.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/indicators/0/catalogue", "BARRIER-PRIV-0502"));
  }

  @Test
  void childProtection_flaggedReportOutsideCare_isRejected() {
    MessageValidationException e = catchThrowableOfType(MessageValidationException.class,
        () -> Messages.write(report(ExchangeDomain.ADMINISTRATIVE, true, "minors-grooming")));

    assertThat(e.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/domain", "BARRIER-PRIV-0502"));
  }

  @Test
  void childProtection_flaggedReportInCare_isAccepted() {
    SignalReport report = report(ExchangeDomain.CARE, true, "minors-grooming");

    assertThat(Messages.read(Messages.write(report), SignalReport.class)).isEqualTo(report);
  }

  @Test
  void childProtection_otherCatalogueDeclaredByFlag_staysInCare() {
    assertThatThrownBy(() -> Messages.write(report(ExchangeDomain.ADMINISTRATIVE, true, "local-youth-signals")))
        .isInstanceOf(MessageValidationException.class).hasMessageContaining("/domain");
    assertThat(Messages.violations(Messages.write(report(ExchangeDomain.ADMINISTRATIVE, false, "barrier-admin")),
        MessageType.SIGNAL_REPORT)).isEmpty();
  }

  @Test
  void period_week53_onlyInYearsThatHaveIt() {
    String ex53 = "{\"type\":\"barrier.signal-report/1\",\"reference\":\"R-1\",\"domain\":\"administrative\","
        + "\"childProtection\":false,\"period\":\"%s\",\"subjects\":[{\"identifierType\":\"nl-kvk\",\"pseudonym\":\""
        + P1 + "\"}],\"indicators\":[{\"catalogue\":\"barrier-admin\",\"version\":\"1.0.0\",\"indicator\":\"ADM-01\"}],"
        + "\"grading\":{\"scheme\":\"admiralty-6x6\",\"source\":\"C\",\"information\":\"3\"}}";

    assertThat(Messages.violations(bytes(ex53.formatted("2026-W53")), MessageType.SIGNAL_REPORT)).isEmpty();
    assertThat(Messages.violations(bytes(ex53.formatted("2025-W53")), MessageType.SIGNAL_REPORT))
        .extracting(Violation::path).containsExactly("/period");
    assertThat(Messages.violations(bytes(ex53.formatted(DatePeriod.of(LocalDate.of(2026, 2, 3), DateGranularity.WEEK)
        .label())), MessageType.SIGNAL_REPORT)).isEmpty();
  }

  @Test
  void write_request_roundTripsAndWritesTheType() {
    InformationRequest request = InformationRequest.of("ARIEC-1", "thb-signal", "Art. 5",
        List.of(new PseudonymousSubject(IdentifierType.NL_KVK, P2)), null);

    byte[] json = Messages.write(request);

    assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{\"type\":\"barrier.information-request/1\"")
        .doesNotContain("respondBy");
    assertThat(Messages.read(json)).isEqualTo(request);
  }

  @Test
  void read_undeclaredOrUnknownType_isMessageType() {
    assertThatThrownBy(() -> Messages.read(bytes("{\"type\":\"barrier.gossip/1\"}")))
        .isInstanceOfSatisfying(MessageValidationException.class,
            e -> assertThat(e.errorCode()).isEqualTo(PrivacyError.MESSAGE_TYPE));
    assertThatThrownBy(() -> Messages.read(bytes("{\"note\":\"x\"}")))
        .isInstanceOfSatisfying(MessageValidationException.class,
            e -> assertThat(e.errorCode()).isEqualTo(PrivacyError.MESSAGE_TYPE));
    assertThat(Messages.declaredType(bytes("{\"type\":\"acme.report/2\"}"))).isEmpty();
    assertThat(Messages.declaredType(bytes("[1]"))).isEmpty();
  }

  @Test
  void toStringsAndMessages_neverShowPseudonyms() throws IOException {
    String tag = P1.substring(13);
    SignalReport report = Messages.read(bytes(example()), SignalReport.class);
    InformationResponse response = Messages.read(bytes(RESPONSE), InformationResponse.class);
    Throwable invalid = catchThrowableOfType(MessageValidationException.class,
        () -> Messages.read(bytes(example().replace("\"2026-Q4\"", "\"2026-Q9\"")), SignalReport.class));

    List<String> outputs = new ArrayList<>(List.of(report.toString(), report.subjects().get(0).toString(),
        response.toString(), response.answers().get(0).toString(),
        Messages.read(bytes(REQUEST), InformationRequest.class).toString(), invalid.getMessage()));
    ((MessageValidationException) invalid).violations().forEach(v -> outputs.add(v.toString()));

    assertThat(outputs).allSatisfy(o -> assertThat(o).doesNotContain(tag).doesNotContain("2026-Q9"));
  }
}
