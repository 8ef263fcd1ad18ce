package eu.barrier.core;

import static eu.barrier.core.testing.ModelValidation.paths;
import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.address.Country;
import eu.barrier.core.establishment.ActivityClassification;
import eu.barrier.core.establishment.Establishment;
import eu.barrier.core.establishment.Organisation;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.core.person.Person;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The synthetic example documents bind, validate, keep their values and never leak them. */
final class ModelFixturesTest {

  /** The shape of {@code fixtures/model-examples.json}. */
  record Examples(String comment, List<Organisation> organisations,
      List<Establishment> establishments, List<Person> persons, List<Observation> observations) {}

  static Examples load() throws IOException {
    try (InputStream in = Objects.requireNonNull(
        ModelFixturesTest.class.getResourceAsStream("fixtures/model-examples.json"))) {
      return BarrierJson.create().read(in, Examples.class);
    }
  }

  static List<Object> all(Examples e) {
    List<Object> all = new ArrayList<>();
    all.addAll(e.organisations());
    all.addAll(e.establishments());
    all.addAll(e.persons());
    all.addAll(e.observations());
    return all;
  }

  @Test
  void load_examples_allValid() throws IOException {
    Examples e = load();
    assertThat(all(e)).hasSize(2 + 2 + 1 + 4);
    for (Object o : all(e)) {
      assertThat(paths(o)).as(o.getClass().getSimpleName()).isEmpty();
    }
  }

  @Test
  void load_examples_keepValuesAndBothGenerations() throws IOException {
    Examples e = load();
    Establishment genk = e.establishments().get(0);
    assertThat(genk.address().country()).isEqualTo(Country.BE);
    assertThat(genk.activityCodes()).extracting(c -> c.classification())
        .contains(ActivityClassification.NACE_BEL_2008, ActivityClassification.NACE_BEL_2025);
    assertThat(genk.effectiveSector()).contains(Sector.CARWASH);
    Establishment amsterdam = e.establishments().get(1);
    // 96.02 (2008) is ambiguous; 96.22 (2025) is beauty care
    assertThat(amsterdam.sector()).isNull();
    assertThat(amsterdam.effectiveSector()).contains(Sector.NAIL_AND_BEAUTY_SALON);
    assertThat(e.organisations().get(1).nlRsin()).isNotNull();
    assertThat(e.observations()).extracting(o -> o.grading() == null ? null : o.grading().scheme())
        .containsExactly(null, GradingScheme.EUROPOL_4X4, GradingScheme.ADMIRALTY_6X6,
            GradingScheme.UK_3X5X2);
    assertThat(e.observations()).extracting(Observation::source).containsExactly(
        Agency.POPULATION_REGISTER, Agency.SOCIAL_INSPECTION, Agency.LABOUR_INSPECTION,
        Agency.NATIONAL_POLICE);
    assertThat(e.observations().get(2).subject())
        .isEqualTo(SubjectReference.of(amsterdam.nlEstablishmentNumber()));
  }

  @Test
  void load_examples_roundTrip() throws IOException {
    BarrierJson json = BarrierJson.create();
    Examples e = load();
    assertThat(json.read(json.write(e), Examples.class)).isEqualTo(e);
  }

  @Test
  void toString_examples_neverShowPersonalValues() throws IOException {
    String[] personal = {"Glansdelux", "Zwaluw", "Vlinderkamp", "Zonnebloemstraat", "Tulpenlaan",
        "9999ZZ", "3600", "Genk", "Amsterdam", "1999000150", "90000017", "123456782",
        "2999000171", "000012345678", "111222333", "1985", "person-0001", "genk-est-0001",
        "0363200099999991", "90000001", "PV-2026", "Twaalf", "Synthetic note", "adres-0001"};
    for (Object o : all(load())) {
      String text = o.toString();
      for (String value : personal) {
        assertThat(text).as(o.getClass().getSimpleName()).doesNotContain(value);
      }
    }
  }
}
