package eu.barrier.screening;

import static eu.barrier.screening.Fixtures.beKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.establishment.Sector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ScreeningInputTest {

  @TempDir Path dir;

  private static final String OBS = "{\"subjects\":[{\"id\":\"" + beKey(1) + "\",\"kind\":\"establishment\","
      + "\"observations\":[{\"indicator\":\"ADM-01\",\"observedOn\":\"2026-06-01\",\"source\":\"permit-desk\"}]}]}";

  private static String establishments(String... items) {
    return "{\"establishments\":[" + String.join(",", items) + "]}";
  }

  private static String item(String key, String sector) {
    return "{\"id\":\"" + key + "\",\"sector\":\"" + sector + "\",\"name\":\"Invented Name\",\"label\":true}";
  }

  private ScreeningException error(String establishments, String observations) {
    return catchThrowableOfType(ScreeningException.class, () -> ScreeningInput.read("x",
        establishments.getBytes(StandardCharsets.UTF_8), observations.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void read_validDirectory_establishmentsInOrderWithTheirObservationsAndHashes() throws IOException {
    Files.writeString(dir.resolve("establishments.json"), establishments(item(beKey(2), "horeca"),
        item(beKey(1), "carwash")));
    Files.writeString(dir.resolve("observations.json"), OBS);
    ScreeningInput in = ScreeningInput.read(dir);
    assertThat(in.establishments()).extracting(ObservedEstablishment::key).containsExactly(beKey(2), beKey(1));
    assertThat(in.establishments().get(1).sector()).isEqualTo(Sector.CARWASH);
    assertThat(in.establishments().get(1).observations()).hasSize(1);
    assertThat(in.establishments().get(0).observations()).isEmpty();
    assertThat(in.source().sha256()).containsOnlyKeys("establishments.json", "observations.json");
    assertThat(in.source().name()).isEqualTo(dir.getFileName().toString());
  }

  @Test
  void read_everyProblemAtOnce_withPointersAndCodes() {
    ScreeningException e = error(establishments(item("Janssens BVBA", "carwash"), item(beKey(2), "casino"),
        item(beKey(3), "horeca"), item(beKey(3), "horeca")), OBS);
    assertThat(e.problems()).extracting(p -> p.where() + " " + p.error().code()).containsExactly(
        "establishments.json /establishments/0/id BARRIER-SCR-0104",
        "establishments.json /establishments/1/sector BARRIER-SCR-0105",
        "establishments.json /establishments/3/id BARRIER-SCR-0106");
    assertThat(e.getMessage()).doesNotContain("Janssens");
  }

  @Test
  void read_establishmentKeyWithWrongCheckDigits_isBadId() {
    // issue 16: be-establishment:2999000000 (check digits 00, should be 72) was screened
    ScreeningException e = error(establishments(item("be-establishment:2999000000", "carwash"),
        item("be-establishment:2999000072", "carwash")), "{\"subjects\":[]}");
    assertThat(e.problems()).extracting(p -> p.where() + " " + p.error().code()).containsExactly(
        "establishments.json /establishments/0/id BARRIER-SCR-0104");
  }

  @Test
  void read_observedSubjectNotListed_unknownSubject() {
    ScreeningException e = error(establishments(item(beKey(2), "horeca")), OBS);
    assertThat(e.error()).isEqualTo(ScreeningError.INPUT_UNKNOWN_SUBJECT);
    assertThat(e.problems().get(0).where()).isEqualTo("observations.json /subjects/0/id");
  }

  @Test
  void read_badObservations_reportedWithTheirAssessInputCode() {
    ScreeningException e = error(establishments(item(beKey(1), "horeca")), "{\"subjects\":[{\"id\":\"x\"}]}");
    assertThat(e.error()).isEqualTo(ScreeningError.INPUT_OBSERVATIONS);
    assertThat(e.problems().get(0).where()).startsWith("observations.json /subjects/0");
  }

  @Test
  void read_notJson_malformed() {
    assertThat(error("{\"establishments\":", OBS).error()).isEqualTo(ScreeningError.INPUT_MALFORMED);
    assertThat(error("{\"other\":[]}", OBS).error()).isEqualTo(ScreeningError.INPUT_MALFORMED);
  }

  @Test
  void read_missingFile_unreadable() {
    ScreeningException e = catchThrowableOfType(ScreeningException.class, () -> ScreeningInput.read(dir));
    assertThat(e.error()).isEqualTo(ScreeningError.INPUT_UNREADABLE);
  }

  @Test
  void read_directoryInsteadOfFile_refusedUnopened() throws IOException {
    Files.createDirectory(dir.resolve("establishments.json"));
    Files.writeString(dir.resolve("observations.json"), OBS);
    ScreeningException e = catchThrowableOfType(ScreeningException.class, () -> ScreeningInput.read(dir));
    assertThat(e.error()).isEqualTo(ScreeningError.INPUT_TOO_LARGE);
  }

  @Test
  void read_tooLarge_refusedWhileReading() throws IOException {
    Path big = dir.resolve("big.json");
    Files.write(big, new byte[1025]);
    ScreeningException e = catchThrowableOfType(ScreeningException.class,
        () -> ScreeningInput.file(big, "big.json", 1024));
    assertThat(e.error()).isEqualTo(ScreeningError.INPUT_TOO_LARGE);
    assertThat(ScreeningInput.file(big, "big.json", 1025)).hasSize(1025);
  }
}
