package eu.barrier.transparency;

import eu.barrier.core.Language;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class SmokeTest {
  @Test
  void write() throws Exception {
    TransparencyDocuments d = Transparency.generate(Fixtures.deployment()
        .evaluation(EvaluationMetrics.read(Fixtures.metrics())).build());
    d.writeTo(Path.of("target", "smoke"), Language.NL);
    java.nio.file.Files.writeString(Path.of("target", "smoke", "model-card-en.html"), d.modelCard(Language.EN));
    java.nio.file.Files.writeString(Path.of("target", "smoke", "model-card-fr.html"), d.modelCard(Language.FR));
  }
}
