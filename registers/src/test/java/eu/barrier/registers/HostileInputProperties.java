package eu.barrier.registers;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.registers.kvk.KvkVestigingsprofiel;
import eu.barrier.registers.observation.MunicipalObservations;
import eu.barrier.registers.sector.SectorMapping;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Each reader documents one failure type, and nothing else escapes on hostile input. */
final class HostileInputProperties {

  @Provide
  Arbitrary<String> csvish() {
    return Arbitraries.strings().withChars("\"',;\n\r 0123456789.-:abeBADM2-").ofMaxLength(300)
        .map(s -> "subject,indicator,observedOn,source,grading\n" + s);
  }

  @Property(tries = 300)
  void observationsCsv_anyInput_failsOnlyWithRegisterFormatException(@ForAll("csvish") String text) {
    try {
      MunicipalObservations.readCsv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "o.csv");
    } catch (RegisterFormatException e) {
      assertThat(e.code()).startsWith("BARRIER-REG-04");
    }
  }

  @Property(tries = 300)
  void kvkAndSectorTable_anyBytes_failOnlyWithRegisterFormatException(@ForAll byte[] bytes) {
    try {
      KvkVestigingsprofiel.read(bytes, "v.json");
    } catch (RegisterFormatException e) {
      assertThat(e.code()).startsWith("BARRIER-REG-03");
    }
    try {
      SectorMapping.read(bytes);
    } catch (RegisterFormatException e) {
      assertThat(e.code()).isEqualTo("BARRIER-REG-0201");
    }
  }

  @Property(tries = 200)
  void kvk_jsonShapedInput_failsOnlyWithRegisterFormatException(@ForAll("jsonish") String text) {
    try {
      KvkVestigingsprofiel.read(text.getBytes(StandardCharsets.UTF_8), "v.json");
    } catch (RegisterFormatException e) {
      assertThat(e.code()).startsWith("BARRIER-REG-03");
    }
  }

  @Provide
  Arbitrary<String> jsonish() {
    return Arbitraries.of("{\"vestigingsnummer\":", "\"000012345678\"", ",\"kvkNummer\":\"12345678\"", ",\"adressen\":[",
        "{\"huisnummer\":", "1", "-5", "\"x\"", "}", "]", ",\"sbiActiviteiten\":[{\"sbiCode\":\"9604\"}]", "null", "[",
        ",\"geoData\":{\"nummerAanduidingId\":\"0629200000004591\"}").list().ofMaxSize(12)
        .map(l -> String.join("", l));
  }
}
