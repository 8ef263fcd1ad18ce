package eu.barrier.registers.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.barrier.core.establishment.Sector;
import eu.barrier.registers.RegisterFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class SectorMappingTest {

  @ParameterizedTest
  @CsvSource({
      "NACE_BEL_2008, 45206, CARWASH",
      "NACE_BEL_2025, 95316, CARWASH",
      "NACE_BEL_2008, 96022, NAIL_AND_BEAUTY_SALON",
      "NACE_BEL_2025, 96220, NAIL_AND_BEAUTY_SALON",
      "NACE_BEL_2008, 9602203, NAIL_AND_BEAUTY_SALON",
      "NACE_BEL_2025, 9622003, NAIL_AND_BEAUTY_SALON",
      "NACE_BEL_2008, 96040, MASSAGE",
      "NACE_BEL_2008, 9604003, MASSAGE",
      "NACE_BEL_2025, 96230, MASSAGE",
      "NACE_BEL_2025, 9623002, MASSAGE",
      "NACE_BEL_2008, 96021, HAIRDRESSER",
      "NACE_BEL_2025, 96210, HAIRDRESSER",
      "NACE_BEL_2008, 56101, HORECA",
      "NACE_BEL_2025, 55100, ACCOMMODATION",
      "SBI_2025, 96230, MASSAGE"})
  void match_issueExamples_giveTheirSector(CodeList list, String code, Sector sector) {
    assertThat(SectorMapping.bundled().match(list, code)).get().extracting(SectorMatch::sector).isEqualTo(sector);
  }

  @Test
  void match_groceryCode_isNeverANightShop() {
    assertThat(SectorMapping.bundled().match(CodeList.NACE_BEL_2008, "47112")).isEmpty();
    assertThat(SectorMapping.bundled().match(CodeList.NACE_BEL_2025, "47110")).isEmpty();
  }

  @Test
  void match_sbiEntries_areMarkedUnverified() {
    assertThat(SectorMapping.bundled().entries(CodeList.SBI_2008).values()).isNotEmpty()
        .allSatisfy(m -> assertThat(m.verified()).isFalse());
    assertThat(SectorMapping.bundled().entries(CodeList.NACE_BEL_2025).values()).allSatisfy(m -> assertThat(m.verified()).isTrue());
  }

  @Test
  void read_nightShopEntry_isRejectedByTheLint() {
    String json = "{\"format\":\"barrier-activity-sectors\",\"version\":\"1.0.0\",\"codeLists\":{\"nace-bel-2008\":"
        + "{\"title\":\"t\",\"source\":\"s\"}},\"mappings\":[{\"codeList\":\"nace-bel-2008\",\"code\":\"47112\","
        + "\"sector\":\"night-shop\",\"verified\":true}]}";

    assertThatThrownBy(() -> SectorMapping.read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RegisterFormatException.class).hasMessageContaining("BARRIER-REG-0201")
        .hasMessageContaining("/mappings/0/sector");
  }

  @Test
  void read_unverifiedEntryWithoutNote_isRejectedByTheLint() {
    String json = "{\"format\":\"barrier-activity-sectors\",\"version\":\"1.0.0\",\"codeLists\":{\"sbi-2008\":"
        + "{\"title\":\"t\",\"source\":\"s\"}},\"mappings\":[{\"codeList\":\"sbi-2008\",\"code\":\"9604\","
        + "\"sector\":\"massage\",\"verified\":false}]}";

    assertThatThrownBy(() -> SectorMapping.read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RegisterFormatException.class).hasMessageContaining("/mappings/0/note");
  }

  @Test
  void schema_inJarAndInDocs_areByteIdenticalAndValidateTheBundledTable() throws IOException {
    byte[] jar;
    try (InputStream in = SectorMapping.class.getResourceAsStream(SectorMapping.SCHEMA_RESOURCE)) {
      jar = in.readAllBytes();
    }
    assertThat(Files.readAllBytes(Path.of("../docs/schemas/activity-sectors-v1.schema.json"))).isEqualTo(jar);
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(new java.io.ByteArrayInputStream(jar));
    tools.jackson.databind.ObjectMapper mapper = new tools.jackson.databind.ObjectMapper();
    try (InputStream in = SectorMapping.class.getResourceAsStream(SectorMapping.TABLE_RESOURCE)) {
      assertThat(schema.validate(mapper.readTree(in))).isEmpty();
    }
  }
}
