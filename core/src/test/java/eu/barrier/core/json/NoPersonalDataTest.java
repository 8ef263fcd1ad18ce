package eu.barrier.core.json;

import static eu.barrier.core.json.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.json.Fixtures.Ids;
import eu.barrier.core.json.Fixtures.Sample;
import eu.barrier.core.testing.RecordingLogs;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rejected documents hold distinctive, personal-looking synthetic values. None of them may appear
 * in an exception (message, cause chain, toString), in a violation, or in any log event.
 */
final class NoPersonalDataTest {

  private static final List<String> SECRETS =
      List.of("Qwerty-Jansen-8812", "Zorbaz Street 77", "19990401-XYZ", "Marijke.Vos@example.test", "4711-0815-666", "85073003328");

  private static final List<String> DOCUMENTS =
      List.of(
          "{\"text\":\"Qwerty-Jansen-8812\",\"number\":\"Zorbaz Street 77\"}",
          "{\"grading\":\"19990401-XYZ\"}",
          "{\"day\":\"Marijke.Vos@example.test\"}",
          "{\"text\":\"Qwerty-Jansen-8812\",\"text\":\"4711-0815-666\"}",
          "{\"text\":\"Qwerty-Jansen-8812\"} \"4711-0815-666\"",
          "{\"Marijke.Vos@example.test\":\"Zorbaz Street 77\"}",
          "{\"85073003328\":\"Qwerty-Jansen-8812\"}",
          "{\"items\":[{\"85073003328\":1}]}",
          "{\"Zorbaz Street 77\":1}",
          "{\"items\":[{\"name\":\"Qwerty-Jansen-8812\",\"count\":4711-0815-666}]}",
          "{\"text\":\"Zorbaz Street 77",
          "{\"number\":4711081566647110815666471108156664711}",
          "{\"items\":[{\"name\":\"Marijke.Vos@example.test\",\"count\":null}]}",
          "[\"Qwerty-Jansen-8812\"]");

  private static final List<String> ID_DOCUMENTS =
      List.of("{\"bsn\":\"4711-0815-666\"}", "{\"enterprise\":\"Qwerty-Jansen-8812\"}", "{\"bsn\":\"Zorbaz Street 77\"}");

  private final BarrierJson json = BarrierJson.create();
  private final Boundary boundary = Boundary.create(json);

  @BeforeEach
  void clearLogs() {
    RecordingLogs.clear();
  }

  @Test
  void rejections_neverExposeValues() {
    List<String> exposed = new ArrayList<>();
    for (String doc : DOCUMENTS) {
      exposed.add(describe(catchThrowableOfType(JsonFormatException.class, () -> json.read(utf8(doc), Sample.class))));
      exposed.add(describe(catchThrowableOfType(JsonFormatException.class, () -> json.read(doc, Sample.class))));
      exposed.add(describe(catchThrowableOfType(JsonFormatException.class, () -> json.read(new ByteArrayInputStream(utf8(doc)), Sample.class))));
      exposed.add(describe(boundary.parse(utf8(doc), Sample.class)));
    }
    for (String doc : ID_DOCUMENTS) {
      exposed.add(describe(catchThrowableOfType(JsonFormatException.class, () -> json.read(utf8(doc), Ids.class))));
      exposed.add(describe(boundary.parse(utf8(doc), Ids.class)));
    }
    String all = String.join("\n", exposed);
    assertThat(all).contains("BARRIER-CORE-01"); // the rejections happened
    for (String secret : SECRETS) {
      assertThat(all).doesNotContain(secret);
    }
  }

  @Test
  void rejections_logSomethingButNoValues() {
    for (String doc : DOCUMENTS) {
      catchThrowableOfType(JsonFormatException.class, () -> json.read(utf8(doc), Sample.class));
      boundary.parse(utf8(doc), Sample.class);
    }
    for (String doc : ID_DOCUMENTS) {
      catchThrowableOfType(JsonFormatException.class, () -> json.read(utf8(doc), Ids.class));
      boundary.parse(utf8(doc), Ids.class);
    }
    assertThat(RecordingLogs.events()).isNotEmpty();
    assertThat(RecordingLogs.events()).anyMatch(e -> e.message().contains("BARRIER-CORE-01"));
    for (String secret : SECRETS) {
      assertThat(RecordingLogs.mentioning(secret)).as("log events mentioning a value").isEmpty();
    }
  }

  private static String describe(Throwable t) {
    assertThat(t).isNotNull();
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c).append(' ').append(c.getMessage()).append(' ').append(c.getLocalizedMessage()).append('\n');
      for (Throwable s : c.getSuppressed()) {
        sb.append(s).append('\n');
      }
    }
    return sb.toString();
  }

  private static String describe(BoundaryResult<?> result) {
    assertThat(result.isValid()).isFalse();
    StringBuilder sb = new StringBuilder(result.toString());
    for (Violation v : result.violations()) {
      sb.append('\n').append(v).append(' ').append(v.path()).append(' ').append(v.code()).append(' ').append(v.message());
    }
    return sb.toString();
  }
}
