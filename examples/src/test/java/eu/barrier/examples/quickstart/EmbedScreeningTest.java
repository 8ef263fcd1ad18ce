package eu.barrier.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.ScreeningResults;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class EmbedScreeningTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static ObservedEstablishment carwash(String unit, String... indicators) {
    SubjectReference ref = SubjectReference.of(BeEstablishmentUnitNumber.parse(unit));
    List<Observation> obs = new ArrayList<>();
    for (String id : indicators) {
      obs.add(new Observation(id, ref, ObservedPeriod.of(AS_OF, AS_OF), Agency.PERMIT_DESK, null, null, null));
    }
    return new ObservedEstablishment(ref, Sector.CARWASH, obs);
  }

  @Test
  void run_deskAndNightlyBatch_printsAndWritesAReadableDocument() throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    ScreeningResult night = EmbedScreening.run(carwash("2999000072", "ADM-01", "SEC-CW-02"),
        List.of(carwash("2999000072", "ADM-01"), carwash("2999000171")), AS_OF,
        new PrintStream(printed, true, StandardCharsets.UTF_8), file);
    assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("laag: 2 reason(s)")
        .contains("Signaal ter beoordeling").contains("2 screened, 1 with a signal");
    assertThat(ScreeningResults.read(file.toByteArray())).isEqualTo(night);
  }

  @Test
  void docsExample_matchesThisSource() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "screening.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("<!-- snippet:screening -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
        .matcher(doc);
    assertThat(block.find()).as("docs/screening.md has a java block after <!-- snippet:screening -->").isTrue();
    String source = Files.readString(
        Path.of("src/main/java/eu/barrier/examples/quickstart/EmbedScreening.java"), StandardCharsets.UTF_8);
    Matcher region = Pattern.compile("// snippet:screening\\n(.*?)\\n\\s*// end:screening", Pattern.DOTALL)
        .matcher(source);
    assertThat(region.find()).isTrue();
    assertThat(normalise(block.group(1))).isEqualTo(normalise(region.group(1)));
    assertThat(region.group(1).lines().filter(l -> !l.isBlank()).count()).isLessThanOrEqualTo(10);
  }

  private static String normalise(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
  }
}
