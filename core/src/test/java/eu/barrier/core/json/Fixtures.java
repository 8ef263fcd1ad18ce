package eu.barrier.core.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.NlBsn;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Test records for the codec. */
final class Fixtures {

  private Fixtures() {}

  enum Grading {
    A1,
    B2,
    C3
  }

  record Item(String name, int count) {}

  record Sample(
      String text,
      int number,
      Integer boxed,
      double ratio,
      boolean flag,
      Grading grading,
      LocalDate day,
      Instant at,
      List<Item> items,
      Optional<String> note) {}

  record Required(@JsonProperty(required = true) String id, String other) {}

  record Ids(BeEnterpriseNumber enterprise, NlBsn bsn) {}

  record Wrapper(Sample sample) {}

  static final String SAMPLE_JSON =
      "{\"text\":\"hello\",\"number\":7,\"boxed\":8,\"ratio\":1.5,\"flag\":true,\"grading\":\"b2\","
          + "\"day\":\"2026-11-28\",\"at\":\"2026-11-28T10:15:30Z\",\"items\":[{\"name\":\"a\",\"count\":1},"
          + "{\"name\":\"b\",\"count\":2}],\"note\":\"n\"}";

  static Sample sample() {
    return new Sample(
        "hello",
        7,
        8,
        1.5,
        true,
        Grading.B2,
        LocalDate.of(2026, 11, 28),
        Instant.parse("2026-11-28T10:15:30Z"),
        List.of(new Item("a", 1), new Item("b", 2)),
        Optional.of("n"));
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
