package eu.barrier.linkage.block;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.linkage.clk.ClkEncoder;
import eu.barrier.linkage.clk.LinkageSecret;
import eu.barrier.linkage.match.CandidatePair;
import eu.barrier.linkage.match.CandidateSearch;
import eu.barrier.linkage.match.Candidates;
import eu.barrier.linkage.match.ClkSet;
import eu.barrier.linkage.quality.LinkageQuality;
import eu.barrier.linkage.quality.Preparation;
import eu.barrier.linkage.quality.SyntheticPeople;
import eu.barrier.privacy.InsecureSecretAccess;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class HammingLshBlockingTest {

  private static ClkSet[] encoded(SyntheticPeople.Datasets data, Preparation preparation) {
    ClkEncoder encoder = ClkEncoder.create(LinkageQuality.peopleSchema(),
        LinkageSecret.fromText("test-only secret", InsecureSecretAccess.get()));
    return new ClkSet[] {LinkageQuality.encode(encoder, data.a(), preparation),
        LinkageQuality.encode(encoder, data.b(), preparation)};
  }

  @Test
  void search_syntheticPeople_comparesFewPairsAndKeepsTheTrueMatches() {
    SyntheticPeople.Datasets data = SyntheticPeople.generate(800, 0.6, 11);
    ClkSet[] sets = encoded(data, Preparation.LETTERS_ONLY);
    ClkSet a = sets[0];
    ClkSet b = sets[1];
    double t = 0.8;
    Candidates full = CandidateSearch.withThreshold(t).search(a, b);
    BlockedCandidates blocked = HammingLshBlocking.of(40, 16, 5).search(List.of(a, b), t);

    Set<CandidatePair> fullSet = new HashSet<>(full);
    assertThat(fullSet).containsAll(blocked.candidates());
    assertThat(blocked.totalPairs()).isEqualTo(800L * 800L);
    assertThat(blocked.reductionRatio()).isGreaterThan(0.9);

    int[] truth = data.matches();
    int trueInFull = 0;
    int trueInBlocked = 0;
    for (CandidatePair p : full) {
      if (truth[p.b()] == p.a()) {
        trueInFull++;
        if (fullSet.contains(p) && blocked.candidates().contains(p)) {
          trueInBlocked++;
        }
      }
    }
    double pairsCompleteness = (double) trueInBlocked / trueInFull;
    assertThat(pairsCompleteness).isGreaterThan(0.95);
  }

  @Test
  void search_oneBitPerBandManyBands_findsEverythingTheFullSearchFinds() {
    ClkSet[] sets = encoded(SyntheticPeople.generate(100, 0.5, 3), Preparation.AS_RECORDED);
    ClkSet a = sets[0];
    ClkSet b = sets[1];
    Candidates full = CandidateSearch.withThreshold(0.7).search(a, b);
    BlockedCandidates blocked = HammingLshBlocking.of(64, 1, 1).search(List.of(a, b), 0.7);
    assertThat(blocked.candidates()).containsExactlyElementsOf(full);
  }
}
