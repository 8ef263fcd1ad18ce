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

  @org.junit.jupiter.api.Test
  void parse_shortForm_givesBandsBitsAndSeed() {
    HammingLshBlocking b = HammingLshBlocking.parse("40x16", 7);
    assertThat(b.bands()).isEqualTo(40);
    assertThat(b.bitsPerBand()).isEqualTo(16);
    assertThat(b.seed()).isEqualTo(7);
    assertThat(HammingLshBlocking.parse("1024X64", 0).bands()).isEqualTo(1024);
    assertThat(HammingLshBlocking.parse("1x1", 0).bitsPerBand()).isEqualTo(1);
  }

  @net.jqwik.api.Property
  void parse_anyText_givesABlockingOrTheRuleNeverAnotherError(@net.jqwik.api.ForAll String text) {
    try {
      HammingLshBlocking b = HammingLshBlocking.parse(text, 0);
      assertThat(text).isEqualToIgnoringCase(b.bands() + "x" + b.bitsPerBand());
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).isEqualTo("BANDSxBITS with 1 to 1024 bands of 1 to 64 bits, for example 40x16");
    }
  }

  @net.jqwik.api.Example
  void parse_outOfRangeOrMalformed_refusedWithTheRule() {
    for (String bad : new String[] {"0x16", "1025x16", "40x0", "40x65", "40", "x16", "40x", "40x16x2", "-1x16", "40 x16",
        "+40x16", "040x16"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> HammingLshBlocking.parse(bad, 0))
          .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 1024 bands");
    }
  }
}
