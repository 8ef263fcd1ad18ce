package eu.barrier.indicators.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.Language;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectReference;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No number in a Dutch or French explanation uses the English decimal point, and every number in
 * it is the English explanation's number with a comma, whatever the JVM's default locale.
 */
final class ExplanationNumberProperties {

  private static final WeightedModel MODEL = WeightedModel.compile(Fixtures.business(Optional.empty()));
  private static final SubjectReference E = Fixtures.establishment("E-1");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
  private static final Locale[] DEFAULTS = {
    Locale.forLanguageTag("nl-BE"), Locale.forLanguageTag("fr-BE"), Locale.forLanguageTag("tr-TR"), Locale.US
  };

  private final WeightedProperties generators = new WeightedProperties();

  @Provide
  Arbitrary<List<Observation>> lists() {
    return generators.lists();
  }

  @Provide
  Arbitrary<Locale> defaults() {
    return Arbitraries.of(DEFAULTS);
  }

  /** The explanation without the catalogue reference and the date, which are identifiers, not numbers. */
  private static String numbersOnly(String explanation, Assessment a) {
    return explanation.replace(a.provenance().catalogueId() + "@" + a.provenance().catalogueVersion(), "")
        .replace(a.provenance().asOf().toString(), "");
  }

  @Property(tries = 300)
  void dutchAndFrench_commaNeverPoint_sameNumbersAsEnglish(@ForAll("lists") List<Observation> list,
      @ForAll("defaults") Locale defaultLocale) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(defaultLocale);
      Assessment a = MODEL.assess(new Subject(E, list), Fixtures.AS_OF);
      String english = numbersOnly(a.explanation(Language.EN), a);
      for (Language language : new Language[] {Language.NL, Language.FR}) {
        String text = numbersOnly(a.explanation(language), a);
        assertThat(text).doesNotContainPattern("\\d\\.\\d");
        assertThat(numbers(text)).isEqualTo(numbers(english).stream().map(n -> n.replace('.', ',')).toList());
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static List<String> numbers(String text) {
    Matcher m = NUMBER.matcher(text);
    return m.results().map(r -> r.group()).toList();
  }
}
