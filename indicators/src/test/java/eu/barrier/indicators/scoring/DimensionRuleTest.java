package eu.barrier.indicators.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.indicators.catalogue.Category;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ILO 2009 dimension rule, against a reference predicate written independently here. */
final class DimensionRuleTest {

  /** domain.md §1.2: positive(s, m, w) = s >= 2 || (s >= 1 && m + w >= 1) || m >= 3 || (m >= 2 && w >= 1). */
  private static boolean reference(int s, int m, int w) {
    if (s >= 2) {
      return true;
    }
    if (s == 1) {
      return m + w >= 1;
    }
    // no strong indicator: only mediums, helped by one weak, can do it
    return m >= 3 || (m == 2 && w > 0);
  }

  @Test
  void positive_allCountsUpToFour_matchesReferencePredicate() {
    int checked = 0;
    for (int s = 0; s <= 4; s++) {
      for (int m = 0; m <= 4; m++) {
        for (int w = 0; w <= 4; w++) {
          assertThat(DimensionClause.positive(s, m, w)).as("s=%d m=%d w=%d", s, m, w).isEqualTo(reference(s, m, w));
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(125);
  }

  @Test
  void model_allCountsUpToFourInEveryDimension_matchesReferencePredicate() {
    IloModel model = IloModel.compile(Fixtures.iloGrid());
    for (Category d : new Category[] {Category.DR, Category.CR, Category.VR, Category.EX, Category.CD, Category.VD}) {
      for (int s = 0; s <= 4; s++) {
        for (int m = 0; m <= 4; m++) {
          for (int w = 0; w <= 4; w++) {
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= s; i++) {
              ids.add("T-" + d.id() + "-S" + i);
            }
            for (int i = 1; i <= m; i++) {
              ids.add("T-" + d.id() + "-M" + i);
            }
            for (int i = 1; i <= w; i++) {
              ids.add("T-" + d.id() + "-W" + i);
            }
            // every indicator twice: repeats never count as more indicators
            ids.addAll(List.copyOf(ids));
            Assessment a = model.assess(Fixtures.subject(Fixtures.person("P-1"), ids.toArray(String[]::new)),
                Fixtures.AS_OF);
            assertThat(a.positiveDimensions().get(d)).as("%s s=%d m=%d w=%d", d, s, m, w)
                .isEqualTo(reference(s, m, w));
            assertThat(a.positiveDimensions().values().stream().filter(b -> b).count())
                .isEqualTo(reference(s, m, w) ? 1 : 0);
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "s={0} m={1} w={2} -> {3}")
  @CsvSource({"1,0,0,false", "1,0,1,true", "2,0,0,true", "0,2,0,false", "0,2,1,true", "0,3,0,true", "0,1,5,false",
      "0,0,9,false"})
  void positive_domainTable_matches(int s, int m, int w, boolean expected) {
    assertThat(DimensionClause.positive(s, m, w)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "s={0} m={1} w={2} -> {3}")
  @CsvSource({"2,0,0,TWO_STRONG", "1,1,0,STRONG_AND_OTHER", "1,0,1,STRONG_AND_OTHER", "0,3,0,THREE_MEDIUM",
      "0,2,1,TWO_MEDIUM_AND_WEAK", "3,3,3,TWO_STRONG"})
  void firstHolding_clauseOrderAtoD_isReported(int s, int m, int w, DimensionClause expected) {
    assertThat(DimensionClause.firstHolding(s, m, w)).contains(expected);
  }
}
