package eu.barrier.core.testing;

import eu.barrier.core.address.Address;
import eu.barrier.core.address.AddressReference;
import eu.barrier.core.address.Country;
import eu.barrier.core.establishment.ActivityClassification;
import eu.barrier.core.establishment.ActivityCode;
import eu.barrier.core.establishment.Establishment;
import eu.barrier.core.establishment.Organisation;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.core.person.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid, synthetic domain objects (every value made up). */
public final class ModelArbitraries {

  private ModelArbitraries() {}

  /**
   * Returns one line of text with letters, accents and spaces, never blank.
   *
   * @param max the maximum length
   * @return the generator
   */
  public static Arbitrary<String> line(int max) {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withChars(' ', '-', '\'', '\u00e9', '\u00eb', '\u00fc', '\u00e7')
        .ofMinLength(1).ofMaxLength(max)
        .filter(s -> !s.isBlank());
  }

  /**
   * Returns opaque local keys.
   *
   * @return the generator
   */
  public static Arbitrary<String> key() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .withChars('.', '_', ':', '-').ofMinLength(1).ofMaxLength(128);
  }

  /**
   * Returns valid Belgian addresses.
   *
   * @return the generator
   */
  public static Arbitrary<Address> belgianAddress() {
    Arbitrary<AddressReference> ref = Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(9)
            .map(id -> AddressReference.oslo(id, null)),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(9)
            .map(id -> AddressReference.best("BE.BRUSSELS.BRIC.ADM.ADDR", id, "2")),
        Arbitraries.just(null));
    return Combinators.combine(ref, line(60), Arbitraries.integers().between(1, 999),
            Arbitraries.of("", "A", "B"), Arbitraries.integers().between(1000, 9999),
            line(40), Arbitraries.integers().between(10000, 99999))
        .as((r, street, number, suffix, postcode, municipality, nis) ->
            new Address(Country.BE, r, street, number + suffix, null, null, null,
                Integer.toString(postcode), municipality, Integer.toString(nis)));
  }

  /**
   * Returns valid Dutch addresses.
   *
   * @return the generator
   */
  public static Arbitrary<Address> dutchAddress() {
    Arbitrary<AddressReference> ref = Combinators.combine(
            Arbitraries.strings().numeric().ofLength(4), Arbitraries.strings().numeric().ofLength(10))
        .as((gemeente, seq) -> AddressReference.bagNummeraanduiding(gemeente + "20" + seq))
        .injectNull(0.3);
    Arbitrary<String> postcode = Combinators.combine(Arbitraries.integers().between(1000, 9999),
            Arbitraries.strings().withCharRange('A', 'Z').ofLength(2))
        .as((digits, letters) -> digits + letters);
    return Combinators.combine(ref, line(60), Arbitraries.integers().between(1, 99999),
            Arbitraries.strings().withCharRange('a', 'z').ofLength(1).injectNull(0.5),
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(4).injectNull(0.5),
            postcode, line(40), Arbitraries.strings().numeric().ofLength(4))
        .as((r, street, number, letter, addition, pc, place, code) ->
            new Address(Country.NL, r, street, Integer.toString(number), null, letter, addition,
                pc, place, code));
  }

  /**
   * Returns valid activity codes of any classification.
   *
   * @return the generator
   */
  public static Arbitrary<ActivityCode> activityCode() {
    return Combinators.combine(Arbitraries.of(ActivityClassification.class),
            Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(5))
        .as(ActivityCode::of);
  }

  /**
   * Returns valid Belgian or Dutch organisations.
   *
   * @return the generator
   */
  public static Arbitrary<Organisation> organisation() {
    Arbitrary<String> name = line(80).injectNull(0.2);
    return Arbitraries.oneOf(
        Combinators.combine(SyntheticIds.beEnterprise(), name).as(Organisation::belgian),
        Combinators.combine(SyntheticIds.nlKvk(), SyntheticIds.nlRsin().injectNull(0.5), name)
            .as(Organisation::dutch));
  }

  /**
   * Returns valid Belgian or Dutch establishments.
   *
   * @return the generator
   */
  public static Arbitrary<Establishment> establishment() {
    Arbitrary<List<ActivityCode>> codes = activityCode().list().ofMaxSize(6).uniqueElements();
    Arbitrary<Sector> sector = Arbitraries.of(Sector.class).injectNull(0.4);
    Arbitrary<Establishment> belgian = Combinators.combine(key(),
            SyntheticIds.beEstablishment().injectNull(0.2), SyntheticIds.beEnterprise().injectNull(0.2),
            belgianAddress().injectNull(0.2), codes, sector)
        .as((k, unit, org, address, list, s) ->
            new Establishment(k, unit, null, org, null, address, list, s));
    Arbitrary<Establishment> dutch = Combinators.combine(key(),
            SyntheticIds.nlEstablishment().injectNull(0.2), SyntheticIds.nlKvk().injectNull(0.2),
            dutchAddress().injectNull(0.2), codes, sector)
        .as((k, unit, org, address, list, s) ->
            new Establishment(k, null, unit, null, org, address, list, s));
    return Arbitraries.oneOf(belgian, dutch);
  }

  /**
   * Returns valid persons.
   *
   * @return the generator
   */
  public static Arbitrary<Person> person() {
    Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, 30000)
        .map(days -> LocalDate.of(1930, 1, 1).plusDays(days)).injectNull(0.3);
    return Arbitraries.oneOf(
        Combinators.combine(key(), SyntheticIds.beNational(), line(100).injectNull(0.3), birth)
            .as((k, id, name, b) -> new Person(k, id, null, name, b)),
        Combinators.combine(key(), SyntheticIds.nlBsn(), line(100).injectNull(0.3), birth)
            .as((k, id, name, b) -> new Person(k, null, id, name, b)),
        Combinators.combine(key(), line(100).injectNull(0.3), birth)
            .as((k, name, b) -> new Person(k, null, null, name, b)));
  }

  /**
   * Returns valid gradings of every scheme.
   *
   * @return the generator
   */
  public static Arbitrary<Grading> grading() {
    return Arbitraries.of(GradingScheme.class).flatMap(scheme -> {
      List<String> handlings = new ArrayList<>(scheme.handlingCodes());
      Arbitrary<String> handling = handlings.isEmpty()
          ? Arbitraries.just(null)
          : scheme.handlingRequired()
              ? Arbitraries.of(handlings)
              : Arbitraries.of(handlings).injectNull(0.3);
      return Combinators.combine(Arbitraries.of(scheme.sourceCodes()),
              Arbitraries.of(scheme.informationCodes()), handling)
          .as((s, i, h) -> Grading.of(scheme, s, i, h));
    });
  }

  /**
   * Returns valid observations.
   *
   * @return the generator
   */
  public static Arbitrary<Observation> observation() {
    Arbitrary<String> indicator = Arbitraries.strings().withCharRange('A', 'Z')
        .withCharRange('0', '9').ofMinLength(1).ofMaxLength(6).list().ofMinSize(1).ofMaxSize(4)
        .map(parts -> String.join("-", parts));
    Arbitrary<SubjectReference> subject = Combinators.combine(
            Arbitraries.of(SubjectKind.class), key())
        .as(SubjectReference::of);
    Arbitrary<ObservedPeriod> period = Combinators.combine(
            Arbitraries.integers().between(0, 5000), Arbitraries.integers().between(0, 60))
        .as((start, length) -> ObservedPeriod.of(LocalDate.of(2015, 1, 1).plusDays(start),
            LocalDate.of(2015, 1, 1).plusDays(start + length)));
    Arbitrary<String> evidence = Arbitraries.strings().withCharRange('A', 'Z')
        .withCharRange('0', '9').withChars('-', '/').ofMinLength(1).ofMaxLength(40)
        .map(s -> "PV-" + s.toLowerCase(Locale.ROOT)).injectNull(0.4);
    Arbitrary<String> note = line(200).list().ofMinSize(1).ofMaxSize(3)
        .map(lines -> String.join("\n", lines)).injectNull(0.4);
    return Combinators.combine(indicator, subject, period, Arbitraries.of(Agency.class),
            grading().injectNull(0.3), evidence, note)
        .as(Observation::new);
  }
}
