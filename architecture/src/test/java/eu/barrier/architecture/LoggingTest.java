package eu.barrier.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Library code logs through {@code slf4j-api} only: no class outside the command line, the
 * examples and the benchmarks uses java.util.logging, {@link System.Logger}, JBoss Logging,
 * Log4j or Commons Logging. (Hibernate Validator's own JBoss Logging output is routed as the
 * README's "Using it" says.)
 */
final class LoggingTest {

  static ArchRule logsThroughSlf4jOnly() {
    return noClasses()
        .that().resideOutsideOfPackages("eu.barrier.cli..", "eu.barrier.examples..", "eu.barrier.benchmarks..")
        .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.jboss.logging..",
            "org.apache.logging..", "org.apache.log4j..", "org.apache.commons.logging..")
        .orShould().dependOnClassesThat().belongToAnyOf(System.Logger.class, System.LoggerFinder.class);
  }

  @Test
  void libraryCode_logsThroughSlf4jOnly() {
    logsThroughSlf4jOnly().check(ArchitectureTest.BARRIER);
  }

  @Test
  void loggingRule_plantedJulUser_isReported() {
    JavaClasses planted = new ClassFileImporter().importPackages("eu.barrier.architecture.logging");

    assertThat(logsThroughSlf4jOnly().evaluate(planted).hasViolation()).isTrue();
  }
}
