package eu.barrier.linkage.clk;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.linkage.record.CsvRecordReader;
import eu.barrier.linkage.schema.LinkageSchema;
import eu.barrier.linkage.schema.LinkageSchemas;
import eu.barrier.privacy.InsecureSecretAccess;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CLKs equal clkhash 0.18.3's byte for byte on vectors generated with clkhash itself ({@code
 * src/test/resources/vectors/clkhash/README.md} says how), and on clkhash's own published
 * regression example.
 */
final class ClkhashVectorsTest {

  static Path vectors() throws URISyntaxException {
    return Path.of(ClkhashVectorsTest.class.getResource("/vectors/clkhash").toURI());
  }

  static Stream<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> dirs = Files.list(vectors())) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  static ClkEncoder encoder(Path dir) throws IOException {
    LinkageSchema schema = LinkageSchemas.parse(Files.readAllBytes(dir.resolve("schema.json")));
    String secret = Files.readString(dir.resolve("secret.test-only.txt"), StandardCharsets.UTF_8);
    return ClkEncoder.create(schema, LinkageSecret.fromText(secret, InsecureSecretAccess.get()));
  }

  static List<String> base64(List<Clk> clks) {
    return clks.stream().map(Clk::toBase64).toList();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void encodeCsv_clkhashVector_givesClkhashBytesOrItsInvalidRows(String name) throws Exception {
    Path dir = vectors().resolve(name);
    ClkEncoder encoder = encoder(dir);
    List<Clk> clks = new ArrayList<>();
    EncodingReport report;
    try (InputStream in = Files.newInputStream(dir.resolve("records.csv"))) {
      report = encoder.encodeCsv(in, (row, clk) -> clks.add(clk));
    }
    if (Files.exists(dir.resolve("invalid.tsv"))) {
      List<String> expected = Files.readAllLines(dir.resolve("invalid.tsv")).subList(1, Files.readAllLines(
          dir.resolve("invalid.tsv")).size());
      assertThat(report.problems()).extracting(p -> p.row() + "\t" + p.identifier()).containsExactlyElementsOf(expected);
      return;
    }
    assertThat(report.valid()).as("%s: %s", name, report.problems()).isTrue();
    List<Clk> expected;
    try (InputStream in = Files.newInputStream(dir.resolve("clks.json"))) {
      expected = ClkFiles.readAll(in);
    }
    assertThat(base64(clks)).as(name).containsExactlyElementsOf(base64(expected));
    assertThat(new String(ClkFiles.write(clks), StandardCharsets.UTF_8).strip())
        .isEqualTo(Files.readString(dir.resolve("clks.json")).strip());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void batchEncode_clkhashVector_givesClkhashBytesAsOneByOne(String name) throws Exception {
    Path dir = vectors().resolve(name);
    if (Files.exists(dir.resolve("invalid.tsv"))) {
      return;
    }
    ClkEncoder encoder = encoder(dir);
    ClkEncoder.Batch batch = encoder.batch();
    List<Clk> batched = new ArrayList<>();
    List<Clk> single = new ArrayList<>();
    try (InputStream in = Files.newInputStream(dir.resolve("records.csv"));
        CsvRecordReader reader = CsvRecordReader.open(in)) {
      reader.next();
      for (var row = reader.next(); row.isPresent(); row = reader.next()) {
        batched.add(batch.encode(row.get().values()));
        single.add(encoder.encode(row.get().values()));
      }
    }
    List<Clk> expected;
    try (InputStream in = Files.newInputStream(dir.resolve("clks.json"))) {
      expected = ClkFiles.readAll(in);
    }
    assertThat(base64(batched)).as(name).containsExactlyElementsOf(base64(expected));
    assertThat(base64(single)).as(name).containsExactlyElementsOf(base64(expected));
  }

  @Test
  void encode_clkhashPublishedRegressionExample_givesThePublishedClks() throws Exception {
    Path dir = vectors().resolve("v1-clkhash-regression");
    ClkEncoder encoder = encoder(dir);
    List<Clk> published;
    try (InputStream in = Files.newInputStream(dir.resolve("published-clks.json"))) {
      published = ClkFiles.readAll(in);
    }
    Clk kevin = encoder.encode(List.of("KÉVIN", "kev007", "1963-12-13", "M", "1"));
    Clk john = encoder.encode(List.of("JOHN HOWARD, ESQ.", "stv534", "1992-02-29", "M", "16"));
    assertThat(kevin.toBase64()).startsWith("SU9+/O/Jzzi0").isEqualTo(published.get(0).toBase64());
    assertThat(john.toBase64()).startsWith("Pfl1/d7/31/+").isEqualTo(published.get(1).toBase64());
  }
}
