package eu.barrier.linkage.quality;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.linkage.clk.Hardening;
import eu.barrier.linkage.clk.LinkageSecret;
import eu.barrier.privacy.InsecureSecretAccess;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class LinkageQualityTest {

  private static final LinkageSecret SECRET = LinkageSecret.fromText("test-only quality secret",
      InsecureSecretAccess.get());
  private static final SyntheticPeople.Datasets DATA = SyntheticPeople.generate(400, 0.6, 7);

  @Test
  void generate_sameSeed_givesSameRecordsAndTruth() {
    SyntheticPeople.Datasets again = SyntheticPeople.generate(400, 0.6, 7);
    assertThat(again.a()).isEqualTo(DATA.a());
    assertThat(again.b()).isEqualTo(DATA.b());
    assertThat(again.matches()).isEqualTo(DATA.matches());
    assertThat(DATA.matchCount()).isEqualTo(240);
    assertThat(SyntheticPeople.generate(400, 0.6, 8).b()).isNotEqualTo(DATA.b());
  }

  @Test
  void generate_secondParty_hasTheDocumentedVariation() {
    long differentSurname = 0;
    long missingGiven = 0;
    long accentStripped = 0;
    int[] truth = DATA.matches();
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] < 0) {
        continue;
      }
      SyntheticPerson b = DATA.b().get(i);
      SyntheticPerson a = DATA.a().get(truth[i]);
      assertThat(b.id()).isEqualTo(a.id());
      if (!b.surname().equals(a.surname())) {
        differentSurname++;
      }
      if (b.givenName().isEmpty()) {
        missingGiven++;
      }
      if (!a.givenName().equals(SyntheticPeople.stripAccents(a.givenName()))
          && b.givenName().equals(SyntheticPeople.stripAccents(a.givenName()))) {
        accentStripped++;
      }
    }
    assertThat(differentSurname).isBetween(30L, 120L);
    assertThat(missingGiven).isBetween(1L, 20L);
    assertThat(accentStripped).isPositive();
    assertThat(DATA.a().get(0).toString()).doesNotContain(DATA.a().get(0).surname());
  }

  @Test
  void evaluate_withoutHardening_linksWellAndIsReproducible() {
    QualityReport report = LinkageQuality.evaluate(DATA, LinkageQuality.peopleSchema(), SECRET, Hardening.none(),
        Preparation.LETTERS_ONLY, 7);
    assertThat(report.trueMatches()).isEqualTo(240);
    assertThat(report.rows()).hasSize(LinkageQuality.DEFAULT_THRESHOLDS.size());
    assertThat(report.best().f1()).isGreaterThan(0.9);
    for (ThresholdQuality row : report.rows()) {
      assertThat(row.truePositives() + row.falseNegatives()).isEqualTo(240);
      assertThat(row.matches()).isEqualTo(row.truePositives() + row.falsePositives());
    }
    // higher thresholds never raise recall
    for (int i = 1; i < report.rows().size(); i++) {
      assertThat(report.rows().get(i).recall()).isLessThanOrEqualTo(report.rows().get(i - 1).recall());
    }
    assertThat(LinkageQuality.evaluate(DATA, LinkageQuality.peopleSchema(), SECRET, Hardening.none(),
        Preparation.LETTERS_ONLY, 7)).isEqualTo(report);
    assertThat(report.toJson()).startsWith("{\"size\":400,").contains("\"rows\":[{\"threshold\":0.65,");
  }

  @Test
  void evaluate_withBlip_losesRecallAtHighThresholds() {
    QualityReport none = LinkageQuality.evaluate(DATA, LinkageQuality.peopleSchema(), SECRET, Hardening.none(),
        Preparation.LETTERS_ONLY, 7);
    QualityReport blip = LinkageQuality.evaluate(DATA, LinkageQuality.peopleSchema(), SECRET,
        Hardening.builder().blip(0.05).random(new SplittableRandom(3)).build(), Preparation.LETTERS_ONLY, 7);
    assertThat(blip.rows().get(5).recall()).isLessThan(none.rows().get(5).recall());
  }
}
