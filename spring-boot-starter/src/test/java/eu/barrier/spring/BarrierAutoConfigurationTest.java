package eu.barrier.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.THROWABLE;

import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonFormatException;
import eu.barrier.core.validation.Boundary;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.KeySets;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.KeyFiles;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

/** The auto-configuration in a plain (non-web) application context. */
final class BarrierAutoConfigurationTest {

  private static final PseudonymContext CONTEXT = PseudonymContext.of("thb-signal", "ariec-limburg");
  private static final BeEstablishmentUnitNumber UNIT = BeEstablishmentUnitNumber.parse("2.999.000.072");

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(BarrierAutoConfiguration.class));

  @TempDir
  Path dir;

  @Test
  void start_noProperties_createsEveryBuildingBlockButNoKeySet() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).hasSingleBean(BarrierJson.class).hasSingleBean(Boundary.class)
          .hasSingleBean(BarrierCatalogues.class).hasSingleBean(Screening.class).doesNotHaveBean(KeySet.class);
      assertThat(context.getBean(BarrierCatalogues.class).list()).isEqualTo(Screening.defaultCatalogues());
      assertThat(context.getBean(Screening.class).modelId()).isEqualTo("weighted");
      BarrierProperties properties = context.getBean(BarrierProperties.class);
      assertThat(properties.problems().enabled()).isTrue();
      assertThat(properties.screening().keep()).isEqualTo("low");
    });
  }

  @Test
  void barrierJson_unknownMember_isRefusedAsTheLibraryDoes() {
    runner.run(context -> {
      BarrierJson json = context.getBean(BarrierJson.class);
      assertThat(org.assertj.core.api.Assertions.catchThrowable(
          () -> json.read("{\"key\":\"a\",\"extra\":1}", Form.class)))
          .isInstanceOf(JsonFormatException.class).hasMessageContaining("BARRIER-CORE-0103");
    });
  }

  /** A form for the strict-mapper test. */
  record Form(String key) {}

  @Test
  void start_applicationDefinesABoundary_keepsTheApplicationsOwn() {
    Boundary own = Boundary.create();
    runner.withBean(Boundary.class, () -> own).run(context -> {
      assertThat(context).hasSingleBean(Boundary.class);
      assertThat(context.getBean(Boundary.class)).isSameAs(own);
    });
  }

  @Test
  void start_applicationDefinesAScreening_keepsTheApplicationsOwn() {
    runner.withUserConfiguration(OwnScreening.class).run(context -> {
      assertThat(context).hasSingleBean(Screening.class);
      assertThat(context.getBean(Screening.class).catalogues()).hasSize(1);
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnScreening {
    @Bean
    Screening screening() {
      return Screening.builder().catalogue(Catalogues.hashedBuiltIn("barrier-admin")).build();
    }
  }

  @Test
  void start_builtInCatalogue_screensWithItOnly() {
    runner.withPropertyValues("barrier.catalogues.built-in=barrier-admin", "barrier.screening.keep=none").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(BarrierCatalogues.class).list()).extracting(c -> c.catalogue().id())
          .containsExactly("barrier-admin");
      assertThat(context.getBean(Screening.class).catalogues()).extracting(u -> u.id()).containsExactly("barrier-admin");
    });
  }

  @Test
  void start_catalogueFile_isLoadedWithItsHash() throws IOException {
    Path file = dir.resolve("admin.json");
    String id = "barrier-admin";
    try (InputStream in = BarrierAutoConfigurationTest.class.getResourceAsStream(builtInResource(id))) {
      Files.write(file, in.readAllBytes());
    }
    runner.withPropertyValues("barrier.catalogues.locations=file:" + file).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(BarrierCatalogues.class).list())
          .containsExactly(Catalogues.hashedBuiltIn(id));
    });
  }

  @Test
  void start_catalogueOnTheClassPath_isLoaded() {
    runner.withPropertyValues("barrier.catalogues.locations=classpath:" + builtInResource("sector-carwash")).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(BarrierCatalogues.class).find("sector-carwash")).contains(Catalogues.hashedBuiltIn("sector-carwash"));
    });
  }

  private static String builtInResource(String id) {
    return "/eu/barrier/indicators/catalogues/" + id + "/" + Catalogues.builtIn(id).version() + ".json";
  }

  @Test
  void start_unknownBuiltInCatalogue_failsWithItsCode() {
    runner.withPropertyValues("barrier.catalogues.built-in=no-such-catalogue").run(context ->
        assertThat(context).getFailure().extracting(BarrierAutoConfigurationTest::startupError).asInstanceOf(THROWABLE)
            .hasMessageStartingWith("BARRIER-SPRING-0903: barrier.catalogues.built-in[0]"));
  }

  @Test
  void start_catalogueFileMissing_failsWithItsCode() {
    runner.withPropertyValues("barrier.catalogues.locations=file:" + dir.resolve("missing.json")).run(context ->
        assertThat(context).getFailure().extracting(BarrierAutoConfigurationTest::startupError).asInstanceOf(THROWABLE)
            .hasMessageStartingWith("BARRIER-SPRING-0903: barrier.catalogues.locations[0]"));
  }

  @Test
  void start_personLevelCatalogue_failsWithTheScreeningsCode() {
    runner.withPropertyValues("barrier.catalogues.built-in=ilo-2009-adult-labour").run(context ->
        assertThat(context).getFailure().rootCause().isInstanceOf(ScreeningException.class)
            .hasMessageStartingWith("BARRIER-SCR-000"));
  }

  @Test
  void start_keepOutsideItsValues_failsValidation() {
    runner.withPropertyValues("barrier.screening.keep=sometimes").run(context ->
        assertThat(context).getFailure().hasStackTraceContaining("barrier.screening.keep"));
  }

  @Test
  void start_misspeltProperty_fails() {
    runner.withPropertyValues("barrier.screening.kep=low").run(context ->
        assertThat(context).getFailure().hasStackTraceContaining("barrier.screening.kep"));
  }

  @Test
  void start_keySetFile_pseudonymisesAsTheFilesKeys() throws IOException {
    KeySet keys = KeySet.generate(new SecureRandom());
    Path file = dir.resolve("genk.keyset.json");
    KeySets.save(file, keys, InsecureSecretAccess.get());
    runner.withPropertyValues("barrier.keys.location=" + file).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(KeySet.class);
      KeySet bean = context.getBean(KeySet.class);
      assertThat(Pseudonymiser.create(bean, CONTEXT).pseudonymise(UNIT))
          .isEqualTo(Pseudonymiser.create(keys, CONTEXT).pseudonymise(UNIT));
    });
  }

  @Test
  void start_partyKeysFile_usesItsPseudonymKeySet() throws IOException {
    PartyKeyBundle bundle = PartyKeyBundle.generate("gemeente-genk", new SecureRandom());
    Path file = dir.resolve("genk.keys.json");
    KeyFiles.save(file, bundle, InsecureSecretAccess.get());
    runner.withPropertyValues("barrier.keys.location=" + file).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(Pseudonymiser.create(context.getBean(KeySet.class), CONTEXT).pseudonymise(UNIT))
          .isEqualTo(Pseudonymiser.create(bundle.keySet(), CONTEXT).pseudonymise(UNIT));
    });
  }

  @Test
  void start_keyFileReadableByOthers_failsWithItsCode() throws IOException {
    Path file = dir.resolve("open.keyset.json");
    KeySets.save(file, KeySet.generate(new SecureRandom()), InsecureSecretAccess.get());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    runner.withPropertyValues("barrier.keys.location=" + file).run(context ->
        assertThat(context).getFailure().extracting(BarrierAutoConfigurationTest::startupError).asInstanceOf(THROWABLE)
            .hasMessageStartingWith("BARRIER-SPRING-0901: barrier.keys.location"));
  }

  @Test
  void start_keyFileMissing_failsWithItsCode() {
    runner.withPropertyValues("barrier.keys.location=" + dir.resolve("missing.json")).run(context ->
        assertThat(context).getFailure().extracting(BarrierAutoConfigurationTest::startupError).asInstanceOf(THROWABLE)
            .hasMessageStartingWith("BARRIER-SPRING-0902: BARRIER-CORE-0401"));
  }

  @Test
  void start_keyFileNotAKeySet_failsWithItsCodeAndNoContent() throws IOException {
    Path file = dir.resolve("form.json");
    Files.writeString(file, "{\"format\":\"barrier-keyset/1\",\"keys\":[{\"id\":1,\"status\":\"PRIMARY\","
        + "\"parameters\":\"HMAC_SHA256_V1\",\"material\":\"c2VjcmV0LXNlY3JldA\"}]}");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    runner.withPropertyValues("barrier.keys.location=" + file).run(context ->
        assertThat(context).getFailure().extracting(BarrierAutoConfigurationTest::startupError).asInstanceOf(THROWABLE)
            .hasMessageStartingWith("BARRIER-SPRING-0902: barrier.keys.location: BARRIER-PRIV-01")
            .hasMessageNotContaining("c2VjcmV0LXNlY3JldA"));
  }

  @Test
  void keyMaterialAsAPropertyValue_isRefusedAtStartUp() {
    runner.withPropertyValues("barrier.keys.material=c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0").run(context ->
        assertThat(context).getFailure().hasStackTraceContaining("barrier.keys.material"));
  }

  @Test
  void propertiesAndEnvironment_keySetLoaded_holdNoMaterial() throws IOException {
    KeySet keys = KeySet.generate(new SecureRandom());
    Path file = dir.resolve("genk.keyset.json");
    KeySets.save(file, keys, InsecureSecretAccess.get());
    String material = materialOf(Files.readString(file));
    runner.withPropertyValues("barrier.keys.location=" + file).run(context -> {
      assertThat(context).hasNotFailed();
      BarrierProperties properties = context.getBean(BarrierProperties.class);
      // what /configprops shows: the bound object, component by component, and its text
      List<Object> values = new ArrayList<>();
      flatten(properties, values);
      assertThat(values).noneMatch(v -> v instanceof KeySet || v instanceof byte[]);
      assertThat(values).extracting(String::valueOf).noneMatch(s -> s.contains(material));
      assertThat(properties.toString()).doesNotContain(material);
      assertThat(context.getBean(KeySet.class).toString()).doesNotContain(material);
      // what /env shows: every property of every source
      ConfigurableEnvironment environment = context.getEnvironment();
      environment.getPropertySources().forEach(source -> {
        if (source instanceof EnumerablePropertySource<?> e) {
          for (String name : e.getPropertyNames()) {
            assertThat(String.valueOf(e.getProperty(name))).as(name).doesNotContain(material);
          }
        }
      });
    });
  }

  /** The starter's configuration error in the chain of causes of a failed start. */
  static SpringConfigurationException startupError(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SpringConfigurationException e) {
        return e;
      }
    }
    throw new AssertionError("no SpringConfigurationException in the failure", failure);
  }

  private static String materialOf(String keySetFile) {
    int at = keySetFile.indexOf("\"material\":\"") + "\"material\":\"".length();
    String material = keySetFile.substring(at, keySetFile.indexOf('"', at));
    assertThat(material).hasSizeGreaterThan(20);
    return material;
  }

  private static void flatten(Object value, List<Object> out) throws ReflectiveOperationException {
    out.add(value);
    if (value instanceof Path) {
      return;
    } else if (value instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        flatten(c.getAccessor().invoke(r), out);
      }
    } else if (value instanceof Iterable<?> list) {
      for (Object o : list) {
        flatten(o, out);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Object o : map.values()) {
        flatten(o, out);
      }
    }
  }
}
