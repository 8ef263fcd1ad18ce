package eu.barrier.indicators.catalogue;

import eu.barrier.core.Language;
import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.indicators.catalogue.IloCatalogueGenerator.List2009;
import eu.barrier.indicators.catalogue.IloCatalogueGenerator.Row;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Checks the ILO 2009 catalogues against the reference table.
 *
 * <p>The table is read from {@code ../../shared/reference/ilo-2009-labour.tsv} (the project's
 * shared folder beside the clone, present in CI). When it is absent the test falls back to the
 * copy in test resources ({@code ilo-2009-labour.tsv}, copied unchanged from that file); when both
 * exist they must be identical.
 */
final class IloLabourCatalogueTest {

  private static final Path SHARED = Path.of("../../shared/reference/ilo-2009-labour.tsv");

  private static List<String> referenceLines() throws IOException {
    List<String> copy = IloCatalogueGenerator.resourceLines("ilo-2009-labour.tsv");
    if (Files.exists(SHARED)) {
      List<String> shared = Files.readAllLines(SHARED, StandardCharsets.UTF_8);
      assertThat(copy).as("test-resource copy of the shared reference table").isEqualTo(shared);
      return shared;
    }
    return copy;
  }

  private static List<Row> rows() throws IOException {
    return IloCatalogueGenerator.referenceRows(referenceLines());
  }

  private static String strength(String rating) {
    return Map.of("S", "strong", "M", "medium", "W", "weak").get(rating);
  }

  @Test
  void adultLabour_everyRow_hasItsIdLabelAndStrength() throws IOException {
    Catalogue catalogue = Catalogues.builtIn("ilo-2009-adult-labour");
    List<Row> rows = rows();

    assertThat(rows).hasSize(67);
    assertThat(catalogue.indicators()).extracting(Indicator::id).containsExactlyElementsOf(
        rows.stream().map(r -> "ILO-AL-" + r.dimension() + "-" + r.nn()).toList());
    for (Row row : rows) {
      Indicator indicator = catalogue.indicator("ILO-AL-" + row.dimension() + "-" + row.nn()).orElseThrow();
      assertThat(indicator.strength().id()).as(indicator.id()).isEqualTo(strength(row.adult()));
      assertThat(indicator.category().id()).isEqualTo(row.dimension());
      assertThat(indicator.label().get(Language.EN)).contains(row.name());
    }
  }

  @Test
  void childLabour_everyRatedRow_hasItsIdAndStrength_andUnratedRowsAreAbsent() throws IOException {
    Catalogue catalogue = Catalogues.builtIn("ilo-2009-child-labour");
    List<Row> rated = rows().stream().filter(r -> !r.child().equals("-")).toList();

    assertThat(catalogue.indicators()).extracting(Indicator::id).containsExactlyElementsOf(
        rated.stream().map(r -> "ILO-CL-" + r.dimension() + "-" + r.nn()).toList());
    for (Row row : rated) {
      assertThat(catalogue.indicator("ILO-CL-" + row.dimension() + "-" + row.nn()).orElseThrow().strength().id())
          .isEqualTo(strength(row.child()));
    }
    assertThat(catalogue.indicator("ILO-CL-VR-08")).isEmpty();
    assertThat(catalogue.indicator("ILO-CL-EX-08")).isEmpty();
  }

  @Test
  void adultLabour_perDimensionCounts_are10_10_16_9_15_7() {
    Map<String, Long> counts = Catalogues.builtIn("ilo-2009-adult-labour").indicators().stream()
        .collect(Collectors.groupingBy(i -> i.category().id(), LinkedHashMap::new, Collectors.counting()));

    assertThat(counts).containsExactly(Map.entry("DR", 10L), Map.entry("CR", 10L), Map.entry("VR", 16L),
        Map.entry("EX", 9L), Map.entry("CD", 15L), Map.entry("VD", 7L));
  }

  @Test
  void adultLabour_vulnerabilityAtRecruitment_hasNoStrongIndicator() {
    assertThat(Catalogues.builtIn("ilo-2009-adult-labour").indicators())
        .filteredOn(i -> i.category() == Category.VR).extracting(Indicator::strength)
        .doesNotContain(Strength.STRONG);
  }

  @ParameterizedTest
  @EnumSource(List2009.class)
  void generator_output_equalsTheCommittedCatalogue(List2009 list) throws IOException {
    JsonNode generated = IloCatalogueGenerator.generate(list, rows());
    JsonNode committed;
    try (InputStream in = Catalogues.class.getResourceAsStream(
        BuiltIns.resource(list.id, SemanticVersion.parse(IloCatalogueGenerator.VERSION)))) {
      committed = CatalogueDocs.MAPPER.readTree(in);
    }

    assertThat(generated).isEqualTo(committed);
  }
}
