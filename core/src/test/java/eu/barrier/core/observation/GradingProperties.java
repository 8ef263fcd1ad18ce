package eu.barrier.core.observation;

import static eu.barrier.core.testing.ModelValidation.paths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

final class GradingProperties {

  /** The code tables of domain.md section 7, written out independently of GradingScheme. */
  static final List<String> EUROPOL_SOURCE = List.of("A", "B", "C", "X");
  static final List<String> EUROPOL_INFO = List.of("1", "2", "3", "4");
  static final List<String> EUROPOL_HANDLING = List.of("H0", "H1", "H2", "H3");
  static final List<String> ADMIRALTY_SOURCE = List.of("A", "B", "C", "D", "E", "F");
  static final List<String> ADMIRALTY_INFO = List.of("1", "2", "3", "4", "5", "6");
  static final List<String> UK_SOURCE = List.of("1", "2", "3");
  static final List<String> UK_INFO = List.of("A", "B", "C", "D", "E");
  static final List<String> UK_HANDLING = List.of("P", "C");

  static boolean expectedValid(GradingScheme scheme, String s, String i, String h) {
    switch (scheme) {
      case EUROPOL_4X4:
        return EUROPOL_SOURCE.contains(s) && EUROPOL_INFO.contains(i)
            && (h == null || EUROPOL_HANDLING.contains(h));
      case ADMIRALTY_6X6:
        return ADMIRALTY_SOURCE.contains(s) && ADMIRALTY_INFO.contains(i) && h == null;
      case UK_3X5X2:
        return UK_SOURCE.contains(s) && UK_INFO.contains(i) && h != null && UK_HANDLING.contains(h);
      default:
        throw new AssertionError(scheme);
    }
  }

  @Example
  void allValidCombinations_acceptedAndCounted() {
    int accepted = 0;
    for (GradingScheme scheme : GradingScheme.values()) {
      List<String> handlings = new ArrayList<>(scheme.handlingCodes());
      if (!scheme.handlingRequired()) {
        handlings.add(null);
      }
      for (String s : scheme.sourceCodes()) {
        for (String i : scheme.informationCodes()) {
          for (String h : handlings) {
            Grading g = Grading.of(scheme, s, i, h);
            assertThat(paths(g)).isEmpty();
            assertThat(expectedValid(scheme, s, i, h)).isTrue();
            accepted++;
          }
        }
      }
    }
    // Europol 4*4*(4 handling + none) + Admiralty 6*6 + UK 3*5*2
    assertThat(accepted).isEqualTo(80 + 36 + 30);
  }

  @Provide
  Arbitrary<String> code() {
    Set<String> all = Set.of("A", "B", "C", "D", "E", "F", "X", "1", "2", "3", "4", "5", "6",
        "H0", "H1", "H2", "H3", "H4", "P", "a", "b", "0", "7", "", " A", "AB");
    return Arbitraries.oneOf(Arbitraries.of(all), Arbitraries.strings().ofMaxLength(3));
  }

  @Provide
  Arbitrary<String> handling() {
    return Arbitraries.oneOf(code(), Arbitraries.just(null));
  }

  @Property(tries = 2000)
  void isValid_anyCodes_matchesTheSchemeTables(@ForAll GradingScheme scheme,
      @ForAll("code") String source, @ForAll("code") String information,
      @ForAll("handling") String handling) {
    boolean expected = expectedValid(scheme, source, information, handling);
    assertThat(scheme.isValid(source, information, handling)).isEqualTo(expected);
    Grading unchecked = new Grading(scheme, source, information, handling);
    assertThat(paths(unchecked)).isEqualTo(expected ? Set.of() : Set.of("validForScheme"));
    if (expected) {
      assertThat(Grading.of(scheme, source, information, handling)).isEqualTo(unchecked);
    } else {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Grading.of(scheme, source, information, handling));
    }
  }

  @Property
  void schemes_neverConvert_sameCodesDifferentSchemesNotEqual(
      @ForAll("europolOrAdmiraltyShared") String[] codes) {
    Grading europol = Grading.of(GradingScheme.EUROPOL_4X4, codes[0], codes[1]);
    Grading admiralty = Grading.of(GradingScheme.ADMIRALTY_6X6, codes[0], codes[1]);
    assertThat(europol).isNotEqualTo(admiralty);
  }

  @Provide
  Arbitrary<String[]> europolOrAdmiraltyShared() {
    return Combinators.combine(Arbitraries.of("A", "B", "C"), Arbitraries.of("1", "2", "3", "4"))
        .as((s, i) -> new String[] {s, i});
  }

  @Example
  void validate_missingComponents_reportedSeparately() {
    assertThat(paths(new Grading(null, null, null, null)))
        .containsExactly("information", "scheme", "source");
  }

  @Example
  void europol_hasNoD_ukRequiresHandling_admiraltyHasNone() {
    assertThat(GradingScheme.EUROPOL_4X4.isValid("D", "1", null)).isFalse();
    assertThat(GradingScheme.UK_3X5X2.isValid("1", "A", null)).isFalse();
    assertThat(GradingScheme.ADMIRALTY_6X6.isValid("A", "1", "H0")).isFalse();
    assertThat(GradingScheme.EUROPOL_4X4.isValid("a", "1", null)).isFalse();
  }

  @Example
  void toString_validOrInvalid_neverShowsUnvalidatedText() {
    assertThat(Grading.of(GradingScheme.EUROPOL_4X4, "B", "2", "H1").toString())
        .isEqualTo("Grading[EUROPOL_4X4 B2 H1]");
    assertThat(new Grading(GradingScheme.UK_3X5X2, "Jan Jansen", "A", "P").toString())
        .doesNotContain("Jansen")
        .contains("invalid");
  }
}
