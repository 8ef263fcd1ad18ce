package eu.barrier.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.id.SyntheticIdentifiers.TypedValue;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of every identifier type, over synthetic numbers with valid check digits. */
final class IdentifierProperties {

  private static final Set<IdentifierType> CHECKED =
      EnumSet.of(
          IdentifierType.BE_ENTERPRISE,
          IdentifierType.BE_ESTABLISHMENT,
          IdentifierType.NL_BSN,
          IdentifierType.NL_RSIN);

  /** A run of three or more digits: no rule text has one, every identifier value does. */
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d{3,}");

  @Property
  void parse_generatedValid_succeedsWithSameDigits(@ForAll("valid") TypedValue value) {
    Identifier parsed = value.type().parse(value.canonical());

    assertThat(parsed.canonical()).isEqualTo(value.canonical());
    assertThat(parsed.type()).isEqualTo(value.type());
    assertThat(value.type().isValid(value.canonical())).isTrue();
  }

  @Property
  void parse_displayAndCanonical_roundTrip(@ForAll("valid") TypedValue value) {
    Identifier parsed = value.type().parse(value.canonical());

    assertThat(value.type().parse(parsed.display())).isEqualTo(parsed);
    assertThat(value.type().parse(parsed.canonical())).isEqualTo(parsed);
  }

  @Property
  void parse_withSeparators_givesSameValue(
      @ForAll("valid") TypedValue value, @ForAll("separatorRuns") List<String> separators) {
    StringBuilder written = new StringBuilder(separators.get(0));
    for (int i = 0; i < value.canonical().length(); i++) {
      written.append(value.canonical().charAt(i)).append(separators.get(i + 1));
    }
    if (written.length() > 64) {
      return;
    }

    assertThat(value.type().parse(written).canonical()).isEqualTo(value.canonical());
  }

  @Property
  void parse_singleDigitChange_isRejected(
      @ForAll("validWithCheckDigits") TypedValue value,
      @ForAll("positions") int position,
      @ForAll("nonZeroDeltas") int delta) {
    String canonical = value.canonical();
    int index = position % canonical.length();
    char changed = (char) ('0' + (canonical.charAt(index) - '0' + delta) % 10);
    String mutated = canonical.substring(0, index) + changed + canonical.substring(index + 1);

    assertThat(value.type().isValid(mutated)).isFalse();
    assertThatThrownBy(() -> value.type().parse(mutated))
        .isInstanceOf(InvalidIdentifierException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(mutated));
  }

  @Property(tries = 2000)
  void parse_arbitraryText_onlyEverThrowsInvalidIdentifier(
      @ForAll IdentifierType type, @ForAll("noise") String input) {
    boolean valid = type.isValid(input);
    try {
      Identifier parsed = type.parse(input);
      assertThat(valid).isTrue();
      assertThat(parsed.type()).isEqualTo(type);
    } catch (InvalidIdentifierException e) {
      assertThat(valid).isFalse();
      assertThat(e.type()).isEqualTo(type);
      assertThat(e.code()).startsWith("BARRIER-CORE-00");
    }
  }

  @Property
  void messageAndToString_invalidOrValidInput_neverContainDigits(
      @ForAll("valid") TypedValue value, @ForAll("noise") String suffix) {
    Identifier parsed = value.type().parse(value.canonical());
    assertThat(parsed.toString())
        .isEqualTo(parsed.getClass().getSimpleName() + "[redacted]")
        .doesNotContainPattern(DIGIT_RUN);

    String invalid = value.canonical() + "9" + suffix;
    assertThatThrownBy(() -> value.type().parse(invalid))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class,
            e -> {
              String withoutCode = e.getMessage().replace(e.code(), "");
              assertThat(withoutCode).doesNotContainPattern(DIGIT_RUN);
              assertThat(e.reason()).doesNotContainPattern(DIGIT_RUN);
            });
  }

  @Provide
  Arbitrary<TypedValue> valid() {
    return SyntheticIdentifiers.anyValid();
  }

  @Provide
  Arbitrary<TypedValue> validWithCheckDigits() {
    return Arbitraries.of(CHECKED)
        .flatMap(type -> SyntheticIdentifiers.valid(type).map(v -> new TypedValue(type, v)));
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 11);
  }

  @Provide
  Arbitrary<Integer> nonZeroDeltas() {
    return Arbitraries.integers().between(1, 9);
  }

  @Provide
  Arbitrary<List<String>> separatorRuns() {
    Arbitrary<String> run = Arbitraries.strings().withChars(" .-/").ofMinLength(0).ofMaxLength(2);
    return run.list().ofSize(13);
  }

  @Provide
  Arbitrary<String> noise() {
    Arbitrary<String> nearMiss =
        Arbitraries.strings().withChars("0123456789 .-/()BEbe_+x\t\u00a0\u0660").ofMaxLength(70);
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(80);
    Arbitrary<String> validWithNoise =
        Combinators.combine(SyntheticIdentifiers.anyValid(), nearMiss)
            .as((value, extra) -> value.canonical() + extra);
    return Arbitraries.oneOf(nearMiss, anything, validWithNoise);
  }
}
