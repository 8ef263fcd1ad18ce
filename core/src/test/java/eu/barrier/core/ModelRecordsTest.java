package eu.barrier.core;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.address.Address;
import eu.barrier.core.observation.ObservedPeriod;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Scans the compiled model packages, so a new record cannot slip past the rules. */
final class ModelRecordsTest {

  static final List<String> MODEL_PACKAGES = List.of("eu.barrier.core.address",
      "eu.barrier.core.establishment", "eu.barrier.core.person", "eu.barrier.core.observation");

  /** Records whose components are all non-personal: their generated toString is fine. */
  static final Set<Class<?>> PLAIN = Set.of(ObservedPeriod.class);

  static List<Class<?>> modelRecords() throws IOException, URISyntaxException {
    Path root = Path.of(Address.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> records = new ArrayList<>();
    for (String pkg : MODEL_PACKAGES) {
      try (Stream<Path> files = Files.list(root.resolve(pkg.replace('.', '/')))) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = file.getFileName().toString();
          if (name.endsWith(".class") && !name.contains("$") && !name.startsWith("package-info")) {
            try {
              Class<?> c = Class.forName(pkg + "." + name.substring(0, name.length() - 6));
              if (c.isRecord()) {
                records.add(c);
              }
            } catch (ClassNotFoundException e) {
              throw new AssertionError(e);
            }
          }
        }
      }
    }
    return records;
  }

  @Test
  void scan_findsTheModelRecords() throws Exception {
    assertThat(modelRecords()).extracting(Class::getSimpleName).containsExactlyInAnyOrder(
        "Address", "AddressReference", "ActivityCode", "Organisation", "Establishment", "Person",
        "Observation", "SubjectReference", "ObservedPeriod", "Grading");
  }

  @Test
  void everyRecord_exceptPlainOnes_overridesToString() throws Exception {
    for (Class<?> record : modelRecords()) {
      if (PLAIN.contains(record)) {
        continue;
      }
      // the generated toString names every component as "name="; an override does not
      RecordComponent[] components = record.getRecordComponents();
      Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Object allNull = record.getDeclaredConstructor(types).newInstance(new Object[types.length]);
      String text = allNull.toString();
      assertThat(Stream.of(components).allMatch(c -> text.contains(c.getName() + "=")))
          .as("%s looks like the generated toString: %s", record.getSimpleName(), text)
          .isFalse();
    }
  }

  @Test
  void plainRecords_holdNoTextOrIdentifiers() throws Exception {
    for (Class<?> record : PLAIN) {
      for (RecordComponent c : record.getRecordComponents()) {
        assertThat(c.getType()).as(record.getName() + "." + c.getName())
            .isNotEqualTo(String.class);
        assertThat(c.getType().getPackageName()).isNotEqualTo("eu.barrier.core.id");
      }
    }
  }

  @Test
  void everyAssertTrueMethod_isJsonIgnored() throws Exception {
    for (Class<?> record : modelRecords()) {
      for (Method m : record.getDeclaredMethods()) {
        if (m.isAnnotationPresent(jakarta.validation.constraints.AssertTrue.class)) {
          assertThat(m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonIgnore.class))
              .as(record.getSimpleName() + "." + m.getName())
              .isTrue();
          assertThat(m.getName()).startsWith("is");
        }
      }
    }
  }
}
