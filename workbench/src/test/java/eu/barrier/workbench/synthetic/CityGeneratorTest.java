package eu.barrier.workbench.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.address.Country;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.id.NlEstablishmentNumber;
import eu.barrier.core.id.NlKvkNumber;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Observation;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.indicators.scoring.RiskModels;
import eu.barrier.workbench.evaluation.Evaluation;
import eu.barrier.workbench.evaluation.EvaluationOptions;
import eu.barrier.workbench.evaluation.EvaluationResult;
import eu.barrier.workbench.evaluation.LabelledData;
import eu.barrier.workbench.evaluation.LabelledInput;
import eu.barrier.workbench.evaluation.LabelledSubject;
import eu.barrier.workbench.evaluation.ProgressListener;
import eu.barrier.workbench.evaluation.Scorer;
import eu.barrier.workbench.evaluation.ScorerResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CityGeneratorTest {

  private static final SyntheticCity CITY = CityGenerator.generate(SyntheticParameters.defaults(42, 3000));
  private static final SyntheticCity DUTCH =
      CityGenerator.generate(SyntheticParameters.defaults(42, 3000).withCountry(Country.NL));

  @Test
  void generate_sameParameters_sameFileBytes(@TempDir Path one, @TempDir Path two) throws IOException {
    SyntheticFiles.write(CityGenerator.generate(SyntheticParameters.defaults(7, 500)), one);
    SyntheticFiles.write(CityGenerator.generate(SyntheticParameters.defaults(7, 500)), two);
    for (String file : SyntheticFiles.FILES) {
      assertThat(Files.readAllBytes(two.resolve(file))).as(file).isEqualTo(Files.readAllBytes(one.resolve(file)));
    }
  }

  @Test
  void generate_otherSeed_otherCity() {
    assertThat(CityGenerator.generate(SyntheticParameters.defaults(43, 3000)).labelled())
        .isNotEqualTo(CITY.labelled());
  }

  @Test
  void generate_plantsExactShareOfCases_inRiskSectorsMostly() {
    List<SyntheticEstablishment> cases = CITY.establishments().stream().filter(SyntheticEstablishment::exploited)
        .collect(Collectors.toList());
    assertThat(cases).hasSize(90);
    long riskSector = cases.stream().filter(e -> Set.of(Sector.CARWASH, Sector.MASSAGE, Sector.NAIL_AND_BEAUTY_SALON,
        Sector.NIGHT_SHOP).contains(e.sector())).count();
    assertThat(riskSector).isGreaterThan(cases.size() / 2);
    assertThat(cases.stream().filter(e -> e.network().isPresent()).count()).isEqualTo(36);
  }

  @Test
  void identifiers_validAndFromSyntheticRanges() {
    Set<String> numbers = new HashSet<>();
    for (SyntheticEstablishment e : CITY.establishments()) {
      assertThat(BeEstablishmentUnitNumber.isValid(e.number().canonical())).isTrue();
      assertThat(e.number().canonical()).startsWith("2999");
      assertThat(numbers.add(e.number().canonical())).isTrue();
    }
    for (SyntheticEnterprise e : CITY.enterprises()) {
      assertThat(e.number().canonical()).startsWith("1999");
    }
    assertThat(CityGenerator.enterpriseNumber(Country.BE, 10_000).canonical()).startsWith("1998");
    assertThat(BeEnterpriseNumber.isValid(CityGenerator.enterpriseNumber(Country.BE, 123_456).canonical())).isTrue();
    assertThat(CityGenerator.establishmentNumber(Country.BE, 9_989_999).canonical()).startsWith("2001");
    assertThatThrownBy(() -> CityGenerator.enterpriseNumber(Country.BE, 9_990_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CITY.establishments().get(0).reference().key()).startsWith("be-establishment:2999");
  }

  @Test
  void identifiers_dutchCity_kvkAndEstablishmentNumbersFromSyntheticRanges() {
    Set<String> numbers = new HashSet<>();
    for (SyntheticEstablishment e : DUTCH.establishments()) {
      assertThat(e.number()).isInstanceOf(NlEstablishmentNumber.class);
      assertThat(e.number().canonical()).matches("9999[0-9]{8}");
      assertThat(e.enterprise()).isInstanceOf(NlKvkNumber.class);
      assertThat(e.reference().key()).isEqualTo("nl-establishment:" + e.number().canonical());
      assertThat(numbers.add(e.number().canonical())).isTrue();
    }
    for (SyntheticEnterprise e : DUTCH.enterprises()) {
      assertThat(e.number().canonical()).matches("00[0-9]{6}");
    }
    assertThat(DUTCH.addresses()).allSatisfy(a -> assertThat(a.postcode()).isEqualTo("9999 SS"));
    assertThat(CITY.addresses()).allSatisfy(a -> assertThat(a.postcode()).isEqualTo("9999"));
    assertThat(CityGenerator.enterpriseNumber(Country.NL, 999_999).canonical()).isEqualTo("00999999");
    assertThatThrownBy(() -> CityGenerator.enterpriseNumber(Country.NL, 1_000_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DUTCH.labelled().provenance()).containsEntry("country", "NL");
    assertThat(CITY.labelled().provenance()).containsEntry("country", "BE");
  }

  @Test
  void observations_belgianCity_onlyByServicesThatActInBelgium() {
    Set<Agency> sources = sources(CITY);
    assertThat(sources).allSatisfy(a -> assertThat(a.actsIn(Country.BE)).as(a.name()).isTrue())
        .doesNotContain(Agency.LABOUR_INSPECTION, Agency.RIEC, Agency.ROYAL_MARECHAUSSEE, Agency.NATIONAL_POLICE)
        .contains(Agency.SOCIAL_INSPECTION, Agency.PERMIT_DESK);
  }

  @Test
  void observations_dutchCity_onlyByServicesThatActInTheNetherlands() {
    Set<Agency> sources = sources(DUTCH);
    assertThat(sources).allSatisfy(a -> assertThat(a.actsIn(Country.NL)).as(a.name()).isTrue())
        .doesNotContain(Agency.SOCIAL_INSPECTION, Agency.ARIEC, Agency.FEDERAL_POLICE)
        .contains(Agency.LABOUR_INSPECTION, Agency.PERMIT_DESK);
  }

  @Test
  void generate_sameSeedOtherCountry_sameStructureOtherIdentifiersAndServices() {
    SyntheticCity belgian = CityGenerator.generate(SyntheticParameters.defaults(42, 3000));
    assertThat(DUTCH.establishments()).hasSameSizeAs(belgian.establishments());
    for (int i = 0; i < belgian.establishments().size(); i++) {
      assertThat(DUTCH.establishments().get(i).sector()).isEqualTo(belgian.establishments().get(i).sector());
      assertThat(DUTCH.establishments().get(i).exploited()).isEqualTo(belgian.establishments().get(i).exploited());
    }
  }

  private static Set<Agency> sources(SyntheticCity city) {
    Set<Agency> sources = EnumSet.noneOf(Agency.class);
    city.establishments().forEach(e -> e.observations().forEach(o -> sources.add(o.source())));
    return sources;
  }

  @Test
  void observations_useBusinessCatalogueIdsThatApplyToTheSector_andStayInTheWindow() {
    SyntheticParameters p = CITY.parameters();
    for (SyntheticEstablishment e : CITY.establishments()) {
      for (Observation o : e.observations()) {
        Optional<Indicator> indicator = CityGenerator.CATALOGUES.stream()
            .map(id -> Catalogues.builtIn(id).indicator(o.indicatorId())).flatMap(Optional::stream).findFirst();
        assertThat(indicator).as(o.indicatorId()).isPresent();
        assertThat(indicator.get().appliesTo(e.sector())).isTrue();
        assertThat(indicator.get().observedBy()).contains(o.source());
        assertThat(o.period().from()).isAfter(p.asOf().minusDays(p.windowDays())).isBeforeOrEqualTo(p.asOf());
      }
    }
  }

  @Test
  void names_madeOfNeutralSyllables_noProtectedWords() {
    List<String> forbidden = List.of("nation", "ethnic", "origin", "religio", "language", "country", "asian",
        "chinese", "foreign");
    for (SyntheticPerson person : CITY.persons()) {
      assertThat(person.name()).matches("[A-Z][a-z]+ [A-Z][a-z]+");
    }
    String text = CITY.enterprises().stream().map(SyntheticEnterprise::legalName).collect(Collectors.joining(" "))
        + CITY.addresses().stream().map(SyntheticAddress::street).collect(Collectors.joining(" "));
    for (String word : forbidden) {
      assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain(word);
    }
  }

  @Test
  void casesShareManagers_inNetworks() {
    // every network's establishments belong to enterprises with a common manager
    var byNetwork = CITY.establishments().stream().filter(e -> e.network().isPresent())
        .collect(Collectors.groupingBy(e -> e.network().get()));
    var managers = CITY.enterprises().stream().collect(Collectors.toMap(SyntheticEnterprise::number,
        SyntheticEnterprise::managers));
    byNetwork.values().forEach(members -> {
      Set<String> common = new HashSet<>(managers.get(members.get(0).enterprise()));
      members.forEach(m -> common.retainAll(managers.get(m.enterprise())));
      assertThat(common).isNotEmpty();
    });
  }

  @Test
  void labelled_writtenAndRead_equalsGenerated(@TempDir Path dir) throws IOException {
    SyntheticFiles.write(CITY, dir);
    LabelledData read = LabelledInput.read(Files.readAllBytes(dir.resolve(SyntheticFiles.LABELLED_JSON)));
    assertThat(read).isEqualTo(CITY.labelled());
    assertThat(read.provenance()).containsEntry("seed", "42").containsEntry("generator", CityGenerator.GENERATOR);
    assertThat(eu.barrier.indicators.scoring.AssessInput.read(
        Files.readAllBytes(dir.resolve(SyntheticFiles.OBSERVATIONS_JSON)))).isEqualTo(CITY.subjects());
    assertThat(Files.readAllLines(dir.resolve(SyntheticFiles.ESTABLISHMENTS_CSV))).hasSize(3001);
  }

  @Test
  void auditGroup_changed_neverChangesAScore() {
    LabelledData data = CITY.labelled();
    List<LabelledSubject> flipped = new ArrayList<>();
    for (LabelledSubject s : data.subjects()) {
      String group = s.auditGroup().orElseThrow();
      flipped.add(new LabelledSubject(s.subject(), s.label(),
          Optional.of(group.equals(CityGenerator.GROUP_A) ? CityGenerator.GROUP_B : CityGenerator.GROUP_A)));
    }
    Scorer scorer = Scorer.of(RiskModels.compile("weighted", Catalogues.hashedBuiltIn("barrier-admin")),
        data.subjects().isEmpty() ? null : CITY.parameters().asOf());
    EvaluationOptions options = EvaluationOptions.DEFAULTS.withBootstrapReplicates(50);
    EvaluationResult original = Evaluation.evaluate(data, List.of(scorer), options, ProgressListener.NONE);
    EvaluationResult changed = Evaluation.evaluate(new LabelledData(flipped, data.provenance()), List.of(scorer),
        options, ProgressListener.NONE);
    ScorerResult a = original.scorers().get(0);
    ScorerResult b = changed.scorers().get(0);
    assertThat(b.rocAuc()).isEqualTo(a.rocAuc());
    assertThat(b.prAuc()).isEqualTo(a.prAuc());
    assertThat(b.levelResults()).isEqualTo(a.levelResults());
    assertThat(b.scoreDistribution()).isEqualTo(a.scoreDistribution());
    assertThat(b.indicators()).isEqualTo(a.indicators());
    for (int i = 0; i < data.subjects().size(); i++) {
      assertThat(scorer.score(flipped.get(i).subject())).isEqualTo(scorer.score(data.subjects().get(i).subject()));
    }
    // only the fairness split changes
    assertThat(b.fairness()).isNotEqualTo(a.fairness());
  }

  @Test
  void complaintBias_raisesComplaintsAgainstGroupB_only() {
    SyntheticCity biased = CityGenerator.generate(SyntheticParameters.defaults(5, 20_000).withComplaintBias(5));
    double[] rate = new double[2];
    long[] size = new long[2];
    for (SyntheticEstablishment e : biased.establishments()) {
      if (e.exploited()) {
        continue;
      }
      int g = e.auditGroup().equals(CityGenerator.GROUP_B) ? 1 : 0;
      size[g]++;
      rate[g] += e.observations().stream().anyMatch(o -> o.indicatorId().equals(CityGenerator.COMPLAINT_INDICATOR))
          ? 1 : 0;
    }
    assertThat(rate[1] / size[1]).isGreaterThan(2 * rate[0] / size[0]);
  }

  @Test
  void parameters_outOfRange_throw() {
    assertThatThrownBy(() -> SyntheticParameters.defaults(1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("establishments");
    assertThatThrownBy(() -> SyntheticParameters.defaults(1, 10).withComplaintBias(0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_neverShowsNamesOrNumbers() {
    SyntheticPerson person = CITY.persons().get(0);
    SyntheticEstablishment establishment = CITY.establishments().get(0);
    assertThat(person.toString()).doesNotContain(person.name());
    assertThat(establishment.toString()).doesNotContain(establishment.number().canonical());
    assertThat(CITY.addresses().get(0).toString()).doesNotContain(CITY.addresses().get(0).street());
  }
}
