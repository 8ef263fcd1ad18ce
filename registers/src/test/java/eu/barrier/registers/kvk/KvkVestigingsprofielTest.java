package eu.barrier.registers.kvk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.address.Country;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.BagObjectType;
import eu.barrier.registers.RegisterFormatException;
import eu.barrier.registers.sector.SectorMapping;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

final class KvkVestigingsprofielTest {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = KvkVestigingsprofielTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void read_syntheticProfile_readsNumbersAddressesBagIdsAndMainActivity() throws IOException {
    KvkVestigingsprofiel.Result result = KvkVestigingsprofiel.read(resource("vestigingsprofiel-synthetic.json"), "v.json");

    KvkEstablishment v = result.establishments().get(0);
    assertThat(v.number().canonical()).isEqualTo("000012345678");
    assertThat(v.kvkNumber().canonical()).isEqualTo("12345678");
    assertThat(v.personalData()).isTrue();
    assertThat(v.address().orElseThrow().nummeraanduiding().objectType()).isEqualTo(BagObjectType.NUMMERAANDUIDING);
    assertThat(v.sector(SectorMapping.bundled())).isEqualTo(Sector.MASSAGE);
    var establishment = v.establishment(SectorMapping.bundled());
    assertThat(establishment.key()).isEqualTo("nl-establishment:000012345678");
    assertThat(establishment.address().country()).isEqualTo(Country.NL);
    assertThat(establishment.address().reference().isBag()).isTrue();
    assertThat(result.warnings()).isEmpty();
    assertThat(v.toString()).doesNotContain("12345678");
  }

  @Test
  void read_missingVestigingsnummer_listsThePointer() {
    byte[] json = "{\"kvkNummer\":\"12345678\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThatThrownBy(() -> KvkVestigingsprofiel.read(json, "v.json"))
        .isInstanceOfSatisfying(RegisterFormatException.class, e ->
            assertThat(e.problems()).extracting(p -> p.pointer()).containsExactly("/vestigingsnummer"));
  }

  @Test
  void read_notJson_throwsWithCode0301() {
    assertThatThrownBy(() -> KvkVestigingsprofiel.read("{".getBytes(java.nio.charset.StandardCharsets.UTF_8), "v.json"))
        .isInstanceOf(RegisterFormatException.class).hasMessageStartingWith("BARRIER-REG-0301");
  }
}
