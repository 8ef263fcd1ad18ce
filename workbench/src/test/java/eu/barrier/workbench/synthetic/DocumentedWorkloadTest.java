package eu.barrier.workbench.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.CoreError;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonFormatException;
import eu.barrier.core.json.JsonLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The README's workload, {@code barrier synth --seed 42 --establishments 20000}, reads with
 * {@link BarrierJson}'s default limits: every JSON file the city is written as.
 */
final class DocumentedWorkloadTest {

  @Test
  void readmeCity_everyJsonFile_readsWithTheDefaultLimits(@TempDir Path dir) throws IOException {
    SyntheticFiles.write(CityGenerator.generate(SyntheticParameters.defaults(42, 20_000)), dir);
    BarrierJson json = BarrierJson.create();

    for (String name : new String[] {SyntheticFiles.CITY_JSON, SyntheticFiles.OBSERVATIONS_JSON, SyntheticFiles.LABELLED_JSON}) {
      byte[] bytes = Files.readAllBytes(dir.resolve(name));
      assertThat(json.read(bytes, JsonNode.class).isObject()).as(name).isTrue();
    }
    // the largest one needs more than the former default of one million tokens
    byte[] city = Files.readAllBytes(dir.resolve(SyntheticFiles.CITY_JSON));
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> BarrierJson.create(JsonLimits.defaults().withMaxTokenCount(1_000_000)).read(city, JsonNode.class));
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_TOO_MANY_TOKENS);
  }
}
