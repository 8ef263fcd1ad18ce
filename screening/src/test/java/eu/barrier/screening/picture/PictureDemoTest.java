package eu.barrier.screening.picture;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.barrier.core.Language;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.privacy.envelope.Tlp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class PictureDemoTest {

  private static final Picture PICTURE = PictureDemo.picture();

  private static Entity entityOf(IdentifierType type) {
    return PICTURE.entities().stream().filter(e -> e.identifierType() == type).findFirst().orElseThrow();
  }

  @Test
  void picture_demo_plantedOperatorIsTheFirstGroupWithThreePartners() {
    Group first = PICTURE.groups().get(0);
    Entity operator = entityOf(IdentifierType.BE_ENTERPRISE);
    Entity manager = entityOf(IdentifierType.BE_NATIONAL_NUMBER);
    assertThat(first.entities()).contains(operator.id(), manager.id()).hasSize(4);
    assertThat(first.partners()).containsExactly(PictureDemo.GENK, PictureDemo.HASSELT, PictureDemo.RIEC);
    assertThat(first.highestLevel()).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo("high"));
    assertThat(first.decidedBy()).isEmpty();
    assertThat(PICTURE.groups().get(1).decidedBy()).hasValue(RankKey.PARTNERS);
    assertThat(operator.reporters()).containsExactly(PictureDemo.GENK, PictureDemo.HASSELT);
    assertThat(operator.holders()).containsExactly(PictureDemo.RIEC);
  }

  @Test
  void picture_demo_operatorAndManagerFoundInSeveralAreas() {
    Entity operator = entityOf(IdentifierType.BE_ENTERPRISE);
    Entity manager = entityOf(IdentifierType.BE_NATIONAL_NUMBER);
    assertThat(PICTURE.patterns()).filteredOn(p -> p.kind() == PatternKind.SEVERAL_AREAS).extracting(Pattern::entity)
        .containsExactlyInAnyOrder(operator.id(), manager.id());
    Pattern areas = PICTURE.patterns().stream()
        .filter(p -> p.kind() == PatternKind.SEVERAL_AREAS && p.entity().equals(operator.id())).findFirst().orElseThrow();
    assertThat(areas.partners()).containsExactly(PictureDemo.GENK, PictureDemo.HASSELT);
    assertThat(areas.establishments()).hasSize(2);
    assertThat(PICTURE.patterns()).filteredOn(p -> p.kind() == PatternKind.SEVERAL_PARTNERS)
        .extracting(Pattern::entity).containsExactlyInAnyOrder(operator.id(), manager.id());
  }

  @Test
  void picture_demo_handlingRulesApplied() {
    assertThat(PICTURE.tlp()).isEqualTo(Tlp.AMBER_STRICT);
    assertThat(PICTURE.retainUntil()).hasValue(LocalDate.of(2027, 5, 27));
    assertThat(PICTURE.removed()).extracting(Removed::name).containsExactly("hasselt-old.json");
    assertThat(PICTURE.notUsed()).extracting(NotUsed::name, NotUsed::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("genk-002-copy.json", "BARRIER-PRIV-0407"),
        org.assertj.core.groups.Tuple.tuple("unknown-001.json", "BARRIER-PRIV-0406"));
    assertThat(PICTURE.sources()).hasSize(6);
    assertThat(PICTURE.pseudonymDomains()).hasSize(1);
    assertThat(PICTURE.demoLabel()).hasValue(PictureDemo.LABEL);
  }

  @Test
  void picture_demoTwice_sameJsonAndHtmlBytes() {
    Picture again = PictureDemo.picture();
    for (Language language : Language.values()) {
      assertThat(PictureJson.toBytes(again, language)).isEqualTo(PictureJson.toBytes(PICTURE, language));
      assertThat(PictureReport.html(again, language, "barrier test"))
          .isEqualTo(PictureReport.html(PICTURE, language, "barrier test"));
    }
  }

  @Test
  void json_demo_validAgainstThePublishedSchema() throws IOException {
    Schema schema;
    try (InputStream in = PictureJson.openSchema()) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    for (Language language : Language.values()) {
      String doc = new String(PictureJson.toBytes(PICTURE, language), StandardCharsets.UTF_8);
      assertThat(schema.validate(doc, InputFormat.JSON)).as(language.id()).isEmpty();
    }
  }

  @Test
  void schema_inJarAndInDocs_areByteIdentical() throws IOException {
    try (InputStream in = PictureJson.openSchema()) {
      assertThat(Files.readAllBytes(Path.of("../docs/schemas/picture-v1.schema.json"))).isEqualTo(in.readAllBytes());
    }
  }

  @Test
  void outputs_demo_holdNoIdentifierAndNoScript() {
    String json = new String(PictureJson.toBytes(PICTURE, Language.EN), StandardCharsets.UTF_8);
    String html = PictureReport.html(PICTURE, Language.NL, "barrier test");
    for (String identifier : new String[] {PictureDemo.withCheckDigits("07021948"),
        PictureDemo.withCheckDigits("780412123"), PictureDemo.withCheckDigits("21734055"), "90417722"}) {
      assertThat(json).doesNotContain(identifier);
      assertThat(html).doesNotContain(identifier);
    }
    assertThat(html).doesNotContain("<script").contains("<svg").contains("TLP:AMBER+STRICT")
        .contains(PictureDemo.LABEL);
    assertThat(json).contains("\"tlp\":\"AMBER+STRICT\"").contains("\"demo\":true");
  }

  @Test
  void messages_demoTwice_sameBytes() {
    Map<String, byte[]> a = PictureDemo.messages();
    Map<String, byte[]> b = PictureDemo.messages();
    assertThat(a.keySet()).isEqualTo(b.keySet());
    a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
  }
}
