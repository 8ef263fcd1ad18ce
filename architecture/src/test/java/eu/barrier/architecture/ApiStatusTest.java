package eu.barrier.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of a package that a published module exports (read from the
 * modules' own {@code module-info.class}) carries an {@link API} status, as in JUnit: {@code
 * STABLE}, {@code EXPERIMENTAL} or {@code INTERNAL} (docs/releasing.md). Public nested types are
 * covered by the status of the type that encloses them.
 */
final class ApiStatusTest {

  /** The published library modules: those barrier-bom lists. */
  static final Set<String> PUBLISHED = Set.of("eu.barrier.core", "eu.barrier.indicators",
      "eu.barrier.privacy", "eu.barrier.report", "eu.barrier.workbench", "eu.barrier.screening",
      "eu.barrier.registers", "eu.barrier.linkage", "eu.barrier.cases", "eu.barrier.transparency",
      "eu.barrier.pseudonym.service", "eu.barrier.spring");

  /** Module name to the packages it exports to everyone, from every descriptor on the class path. */
  static Map<String, Set<String>> exportsByModule() {
    Map<String, Set<String>> exports = new TreeMap<>();
    try {
      for (URL url : Collections.list(ApiStatusTest.class.getClassLoader().getResources("module-info.class"))) {
        try (InputStream in = url.openStream()) {
          ModuleDescriptor d = ModuleDescriptor.read(in);
          Set<String> packages = new TreeSet<>();
          d.exports().stream().filter(e -> !e.isQualified()).forEach(e -> packages.add(e.source()));
          exports.put(d.name(), packages);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return exports;
  }

  static ArchRule everyExportedTypeHasAStatus(Set<String> exportedPackages) {
    DescribedPredicate<JavaClass> exported = new DescribedPredicate<>("public top-level types of exported packages") {
      @Override
      public boolean test(JavaClass c) {
        return c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC)
            && exportedPackages.contains(c.getPackageName());
      }
    };
    return ArchRuleDefinition.classes().that(exported).should().beAnnotatedWith(API.class)
        .allowEmptyShould(false);
  }

  @Test
  void publishedModules_exportTheirPackages_fromTheirDescriptors() {
    Map<String, Set<String>> exports = exportsByModule();

    assertThat(exports).containsKeys(PUBLISHED.toArray(String[]::new));
    PUBLISHED.forEach(m -> assertThat(exports.get(m)).as(m).isNotEmpty());
  }

  @Test
  void exportedTypes_ofEveryPublishedModule_carryAnApiStatus() {
    Map<String, Set<String>> exports = exportsByModule();
    Set<String> packages = new TreeSet<>();
    PUBLISHED.forEach(m -> packages.addAll(exports.getOrDefault(m, Set.of())));

    everyExportedTypeHasAStatus(packages).check(ArchitectureTest.BARRIER);
  }

  @Test
  void statusRule_plantedTypeWithoutStatus_isReportedAndOnlyIt() {
    JavaClasses planted = new ClassFileImporter().importPackages("eu.barrier.architecture.apistatus");

    EvaluationResult result =
        everyExportedTypeHasAStatus(Set.of("eu.barrier.architecture.apistatus")).evaluate(planted);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .singleElement(InstanceOfAssertFactories.STRING)
        .contains("apistatus.Unmarked");
  }

  @Test
  void exportedTypes_carryOnlyTheStatusesTheReleaseNotesExplain() {
    Map<String, Set<String>> exports = exportsByModule();
    Set<String> packages = new TreeSet<>();
    PUBLISHED.forEach(m -> packages.addAll(exports.getOrDefault(m, Set.of())));
    Set<API.Status> used = new TreeSet<>();

    for (JavaClass c : ArchitectureTest.BARRIER) {
      if (packages.contains(c.getPackageName()) && c.isAnnotatedWith(API.class)) {
        used.add(c.getAnnotationOfType(API.class).status());
      }
    }

    assertThat(used).isNotEmpty().isSubsetOf(API.Status.STABLE, API.Status.EXPERIMENTAL, API.Status.INTERNAL);
  }
}
