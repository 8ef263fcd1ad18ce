package eu.barrier.linkage.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Candidate pairs (same pairs, Dice values to the last digit of Python's repr, same order) and
 * greedy groups equal anonlink 0.15.3's on datasets generated for this purpose ({@code
 * src/test/resources/vectors/anonlink}), with 1 and with 3 threads.
 */
final class AnonlinkVectorsTest {

  static Path vectors() throws URISyntaxException {
    return Path.of(AnonlinkVectorsTest.class.getResource("/vectors/anonlink").toURI());
  }

  static Stream<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> dirs = Files.list(vectors())) {
      return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  static List<ClkSet> datasets(Path dir) throws IOException {
    List<ClkSet> sets = new ArrayList<>();
    for (int i = 0; Files.exists(dir.resolve("dataset-" + i + ".json")); i++) {
      try (InputStream in = Files.newInputStream(dir.resolve("dataset-" + i + ".json"))) {
        sets.add(ClkSet.read(in));
      }
    }
    return sets;
  }

  static double threshold(Path dir) throws IOException {
    return JsonMapper.builder().build().readTree(dir.resolve("params.json").toFile()).get("threshold").doubleValue();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void search_anonlinkVector_givesAnonlinksCandidatesAndGroups(String name) throws Exception {
    Path dir = vectors().resolve(name);
    List<ClkSet> sets = datasets(dir);
    List<String> expectedCandidates = Files.readAllLines(dir.resolve("candidates.csv"));
    List<String> expectedGroups = Files.readAllLines(dir.resolve("greedy.csv"));
    assertThat(expectedCandidates.size()).isGreaterThan(50);
    for (int threads : new int[] {1, 3}) {
      Candidates candidates = CandidateSearch.withThreshold(threshold(dir)).threads(threads).search(sets);
      List<String> lines = new ArrayList<>();
      lines.add("dataset_a,a,dataset_b,b,dice");
      for (CandidatePair p : candidates) {
        lines.add(p.datasetA() + "," + p.a() + "," + p.datasetB() + "," + p.b() + "," + p.diceText());
      }
      assertThat(lines).as("%s, %d threads", name, threads).containsExactlyElementsOf(expectedCandidates);

      List<String> groups = new ArrayList<>();
      groups.add("group,dataset,row");
      List<List<RecordRef>> solved = GreedySolver.solve(candidates);
      for (int g = 0; g < solved.size(); g++) {
        for (RecordRef r : solved.get(g)) {
          groups.add(g + "," + r.dataset() + "," + r.row());
        }
      }
      assertThat(groups).as("%s groups", name).containsExactlyElementsOf(expectedGroups);
    }
  }
}
