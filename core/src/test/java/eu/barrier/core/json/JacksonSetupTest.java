package eu.barrier.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.BarrierConfigurationException;
import eu.barrier.core.BarrierException;
import eu.barrier.core.CoreError;
import eu.barrier.core.establishment.Establishment;
import java.lang.reflect.InaccessibleObjectException;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidDefinitionException;

/**
 * A host application that puts Barrier beside an old jackson-annotations jar, or keeps a package
 * closed to Jackson, gets a configuration error naming the fix, never a problem with the document.
 */
final class JacksonSetupTest {

  @ParameterizedTest
  @ValueSource(strings = {"2.17.2", "2.20", "2.21.1", "2.22", "1.9.13"})
  void requireAnnotations_olderThanDatabindNeeds_throwsConfigurationErrorNamingTheFix(String old) {
    BarrierConfigurationException e =
        catchThrowableOfType(
            BarrierConfigurationException.class, () -> JacksonSetup.requireAnnotations(old, 3, 3));

    assertThat(e.code()).isEqualTo("BARRIER-CORE-0901");
    assertThat(e.errorCode()).isEqualTo(CoreError.CONFIG_JACKSON_ANNOTATIONS_TOO_OLD);
    assertThat(e.getMessage())
        .contains("jackson-annotations " + old, "needs 2.23 or newer", "eu.barrier:barrier-bom", "Using it");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.23", "2.23.1", "2.24.0", "2.30-rc1", "3.0"})
  void requireAnnotations_asNewAsDatabindNeeds_passes(String version) {
    assertThatCode(() -> JacksonSetup.requireAnnotations(version, 3, 3)).doesNotThrowAnyException();
  }

  @Property
  void requireAnnotations_anyPair_throwsExactlyWhenMinorIsBelowDatabindMinorPlusTwenty(
      @ForAll @IntRange(max = 40) int annotationsMinor, @ForAll @IntRange(max = 15) int databindMinor) {
    boolean thrown;
    try {
      JacksonSetup.requireAnnotations("2." + annotationsMinor + ".0", 3, databindMinor);
      thrown = false;
    } catch (BarrierConfigurationException e) {
      thrown = true;
    }
    assertThat(thrown).isEqualTo(annotationsMinor < databindMinor + 20);
  }

  @Test
  void sameArchive_entriesOfOneJarOrOfTwo_onlyTheSameJarCounts() throws Exception {
    java.net.URL cls = java.net.URI.create("jar:file:/app/barrier-spark-jobs.jar!/shaded/JsonInclude.class").toURL();
    java.net.URL own = java.net.URI.create("jar:file:/app/barrier-spark-jobs.jar!/META-INF/maven/x/pom.properties").toURL();
    java.net.URL spark = java.net.URI.create("jar:file:/spark/jars/jackson-annotations-2.18.6.jar!/META-INF/maven/x/pom.properties").toURL();
    java.net.URL dir = java.net.URI.create("file:/classes/JsonInclude.class").toURL();

    assertThat(JacksonSetup.sameArchive(cls, own)).isTrue();
    assertThat(JacksonSetup.sameArchive(cls, spark)).isFalse();
    assertThat(JacksonSetup.sameArchive(dir, dir)).isFalse();
    assertThat(JacksonSetup.sameArchive(null, own)).isFalse();
  }

  @Test
  void requireAnnotations_thisBuildsClassPath_passes() {
    assertThatCode(JacksonSetup::requireAnnotations).doesNotThrowAnyException();
  }

  @Test
  void requireOpen_packageNotOpenedToJackson_throwsConfigurationErrorWithTheOpensLine() {
    // java.base opens java.lang to nobody: it stands in for a vendor module that forgot "opens"
    BarrierConfigurationException e =
        catchThrowableOfType(
            BarrierConfigurationException.class,
            () -> JacksonSetup.requireOpen(Object.class.getModule(), "java.lang", ObjectMapper.class.getModule()));

    assertThat(e.code()).isEqualTo("BARRIER-CORE-0902");
    assertThat(e.getMessage())
        .contains("opens java.lang to tools.jackson.databind, org.hibernate.validator;", "module java.base");
  }

  @Test
  void requireOpen_unnamedModuleOrJdkOrArrayTypes_passes() {
    assertThatCode(() -> JacksonSetup.requireOpen(Establishment.class)).doesNotThrowAnyException();
    assertThatCode(() -> JacksonSetup.requireOpen(String.class)).doesNotThrowAnyException();
    assertThatCode(() -> JacksonSetup.requireOpen(int[][].class)).doesNotThrowAnyException();
    assertThatCode(() -> JacksonSetup.requireOpen(java.time.LocalDate[].class)).doesNotThrowAnyException();
  }

  @Test
  void classify_reflectionRefusedWhileBinding_throwsConfigurationErrorNotAProblem() {
    InvalidDefinitionException failure =
        InvalidDefinitionException.from(
            (tools.jackson.core.JsonParser) null, "cannot access", (tools.jackson.databind.JavaType) null);
    failure.initCause(new InaccessibleObjectException("module m does not open p"));

    BarrierConfigurationException e =
        catchThrowableOfType(BarrierConfigurationException.class, () -> JsonProblems.classify(failure, null, Set.of()));

    assertThat(e.code()).isEqualTo("BARRIER-CORE-0902");
    assertThat(e).isNotInstanceOf(BarrierException.class).hasRootCauseInstanceOf(InaccessibleObjectException.class);
  }

  @Test
  void configurationException_isNeverABarrierException_soBadRequestMappersDoNotCatchIt() {
    assertThat(BarrierException.class.isAssignableFrom(BarrierConfigurationException.class)).isFalse();
    assertThat(IllegalStateException.class.isAssignableFrom(BarrierConfigurationException.class)).isTrue();
  }
}
