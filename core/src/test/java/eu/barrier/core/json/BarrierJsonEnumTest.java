package eu.barrier.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import eu.barrier.core.CoreError;
import eu.barrier.core.address.Country;
import eu.barrier.core.establishment.ActivityClassification;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.core.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Barrier's enums are read and written as lower-kebab ids, strictly, through one mapping. */
final class BarrierJsonEnumTest {

  /** Every public enum of core's exported packages. */
  static final List<Class<? extends Enum<?>>> CORE_ENUMS =
      List.of(Agency.class, Sector.class, SubjectKind.class, GradingScheme.class,
          ActivityClassification.class, IdentifierType.class, CoreError.class);

  record Holder(Agency agency, Sector sector, SubjectKind kind, GradingScheme scheme,
      ActivityClassification classification, IdentifierType type, Country country) {}

  record Counts(Map<SubjectKind, Integer> byKind, Set<Agency> agencies) {}

  record Day(DayOfWeek day) {}

  private final BarrierJson json = BarrierJson.create();

  @Test
  void write_barrierEnums_areLowerKebab() {
    Holder holder = new Holder(Agency.SOCIAL_INSPECTION, Sector.NAIL_AND_BEAUTY_SALON, SubjectKind.PERSON,
        GradingScheme.EUROPOL_4X4, ActivityClassification.NACE_BEL_2008, IdentifierType.BE_ENTERPRISE,
        Country.BE);
    assertThat(json.writeString(holder)).isEqualTo(
        "{\"agency\":\"social-inspection\",\"sector\":\"nail-and-beauty-salon\",\"kind\":\"person\","
            + "\"scheme\":\"europol-4x4\",\"classification\":\"nace-bel-2008\",\"type\":\"be-enterprise\","
            + "\"country\":\"be\"}");
  }

  @Test
  void roundTrip_everyConstantOfEveryCoreEnum_usesItsId() {
    for (Class<? extends Enum<?>> type : CORE_ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String id = constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        assertThat(BarrierJson.enumId(constant)).isEqualTo(id);
        assertThat(json.writeString(constant)).isEqualTo("\"" + id + "\"");
        assertThat(json.read("\"" + id + "\"", type)).isSameAs(constant);
        assertThat(fromId(type, id)).containsSame(constant);
      }
    }
  }

  @Test
  void read_constantNameOfEveryCoreEnum_throwsInvalidValue() {
    for (Class<? extends Enum<?>> type : CORE_ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
            () -> json.read("\"" + constant.name() + "\"", type));
        assertThat(e).as(constant.name()).isNotNull();
        assertThat(e.errorCode()).isEqualTo(CoreError.JSON_INVALID_VALUE);
      }
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"agency\":\"SOCIAL_INSPECTION\"}|/agency",
        "{\"agency\":\"social_inspection\"}|/agency",
        "{\"agency\":\"Social-Inspection\"}|/agency",
        "{\"agency\":\"social-inspection-be\"}|/agency",
        "{\"agency\":\" social-inspection\"}|/agency",
        "{\"scheme\":\"EUROPOL_4X4\"}|/scheme",
        "{\"scheme\":\"europol-4X4\"}|/scheme",
        "{\"kind\":\"2\"}|/kind",
        "{\"country\":\"Be\"}|/country",
        "{\"country\":\"bE\"}|/country",
        "{\"country\":\"DE\"}|/country",
        "{\"country\":\"BE \"}|/country"
      })
  void read_otherSpelling_throwsInvalidValueWithPath(String document, String path) {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> json.read(document, Holder.class));
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_INVALID_VALUE);
    assertThat(e.path()).isEqualTo(path);
  }

  @Test
  void read_enumAsNumber_throwsWrongType() {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> json.read("{\"kind\":2}", Holder.class));
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_WRONG_TYPE);
  }

  @Test
  void country_isWrittenLowerKebab_andTheDeprecatedIsoCodeIsStillRead() {
    assertThat(json.writeString(Country.NL)).isEqualTo("\"nl\"");
    assertThat(json.read("\"nl\"", Country.class)).isSameAs(Country.NL);
    assertThat(json.read("\"NL\"", Country.class)).isSameAs(Country.NL); // deprecated spelling
    assertThat(json.read("{\"country\":\"BE\"}", Holder.class).country()).isSameAs(Country.BE);
    assertThat(json.writeString(json.read("\"BE\"", Country.class))).isEqualTo("\"be\"");
    assertThat(BarrierJson.enumId(Country.BE)).isEqualTo("be");
    assertThat(Country.BE.code()).isEqualTo("BE");
    assertThat(BarrierJson.enumFromId(Country.class, "be")).contains(Country.BE);
    assertThat(BarrierJson.enumFromId(Country.class, "BE")).contains(Country.BE);
    assertThat(BarrierJson.enumFromId(Country.class, "Be")).isEmpty();
  }

  @Test
  void roundTrip_enumMapKeysAndSets_useIds() {
    Counts counts = new Counts(Map.of(SubjectKind.PERSON, 2), EnumSet.of(Agency.ROYAL_MARECHAUSSEE));
    String written = json.writeString(counts);
    assertThat(written).isEqualTo("{\"byKind\":{\"person\":2},\"agencies\":[\"royal-marechaussee\"]}");
    assertThat(json.read(written, Counts.class)).isEqualTo(counts);
  }

  @Test
  void read_enumMapKeyNotExactId_throws() {
    for (String key : new String[] {"PERSON", " person", "person ", "Person"}) {
      assertThatThrownBy(() -> json.read("{\"byKind\":{\"" + key + "\":2}}", Counts.class))
          .as(key).isInstanceOf(JsonFormatException.class);
    }
  }

  @Test
  void enumsOfOtherPackages_keepTheirExactName() {
    assertThat(json.writeString(new Day(DayOfWeek.MONDAY))).isEqualTo("{\"day\":\"MONDAY\"}");
    assertThat(json.read("{\"day\":\"MONDAY\"}", Day.class).day()).isEqualTo(DayOfWeek.MONDAY);
    assertThatThrownBy(() -> json.read("{\"day\":\"monday\"}", Day.class)).isInstanceOf(JsonFormatException.class);
    assertThat(BarrierJson.enumId(DayOfWeek.MONDAY)).isEqualTo("MONDAY");
  }

  @Test
  void identifierType_idIsTheJsonId() {
    for (IdentifierType type : IdentifierType.values()) {
      assertThat(BarrierJson.enumId(type)).isEqualTo(type.id());
      assertThat(IdentifierType.fromId(type.id())).isSameAs(type);
    }
  }

  @Test
  void enumFromId_unknownOrOtherSpelling_isEmpty() {
    assertThat(BarrierJson.enumFromId(Agency.class, "SOCIAL_INSPECTION")).isEmpty();
    assertThat(BarrierJson.enumFromId(Agency.class, "social-inspection ")).isEmpty();
    assertThat(BarrierJson.enumFromId(Agency.class, "")).isEmpty();
    assertThat(BarrierJson.enumFromId(Sector.class, "nail-salon")).isEmpty();
    assertThat(BarrierJson.enumFromId(Agency.class, "social-inspection")).contains(Agency.SOCIAL_INSPECTION);
  }

  @Test
  void enumFromId_null_throwsNullPointerException() {
    assertThatThrownBy(() -> BarrierJson.enumFromId(Agency.class, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BarrierJson.enumFromId(null, "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BarrierJson.enumId(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void boundary_constantNames_collectedAsViolationsWithPaths() {
    String document = "{\"agency\":\"SOCIAL_INSPECTION\",\"sector\":\"carwash\",\"kind\":\"PERSON\","
        + "\"scheme\":\"uk-3x5x2\",\"country\":\"Nl\"}";
    BoundaryResult<Holder> result =
        Boundary.create(json).parse(document.getBytes(StandardCharsets.UTF_8), Holder.class);
    assertThat(result.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
        tuple("/agency", CoreError.JSON_INVALID_VALUE.code()),
        tuple("/kind", CoreError.JSON_INVALID_VALUE.code()),
        tuple("/country", CoreError.JSON_INVALID_VALUE.code()));
    assertThat(result.violations()).extracting(Violation::message)
        .noneMatch(m -> m.contains("SOCIAL_INSPECTION") || m.contains("PERSON"));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Optional<Object> fromId(Class<?> type, String id) {
    return BarrierJson.enumFromId((Class) type, id);
  }
}
