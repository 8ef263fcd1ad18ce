package eu.barrier.core.json;

import static eu.barrier.core.json.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.json.Fixtures.Ids;
import eu.barrier.core.json.Fixtures.Sample;
import eu.barrier.core.json.Fixtures.Wrapper;
import eu.barrier.core.testing.PersonalNames;
import eu.barrier.core.testing.RecordingLogs;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Member names that hold personal data (national numbers, BSNs, birth dates, surnames) never
 * reach a message, a path, a {@code toString()} or a log line, at any depth, while the names the
 * format declares are still shown. Issue 16: {@code {"subjects":[],"85.07.30-033.28":1}} printed
 * the national number.
 */
final class MemberNamesNotEchoedProperties {

  private final BarrierJson json = BarrierJson.create();
  private final Boundary boundary = Boundary.create(json);

  record Subjects(List<Sample> subjects) {}

  @Test
  void read_issueExample_hidesTheNationalNumberAndShowsDeclaredNames() {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> json.read(utf8("{\"subjects\":[],\"85.07.30-033.28\":1}"), Subjects.class));

    assertThat(e.path()).isEqualTo("/*");
    assertThat(e.getMessage()).doesNotContain("85.07.30").doesNotContain("033.28");

    JsonFormatException nested = catchThrowableOfType(JsonFormatException.class,
        () -> json.read(utf8("{\"subjects\":[{\"items\":[{\"name\":\"a\",\"count\":\"x\"}]}]}"), Subjects.class));
    assertThat(nested.path()).isEqualTo("/subjects/0/items/0/count");
  }

  @Property(tries = 300)
  void everyReader_personalMemberName_isNeverExposed(@ForAll("names") String name) {
    RecordingLogs.clear();
    List<String> exposed = new ArrayList<>();
    for (String doc : PersonalNames.injected(Fixtures.SAMPLE_JSON, name)) {
      exposed.add(describe(catchThrowableOfType(JsonFormatException.class, () -> json.read(utf8(doc), Sample.class))));
      exposed.add(describe(catchThrowableOfType(JsonFormatException.class, () -> json.read(doc, Sample.class))));
      exposed.add(describe(catchThrowableOfType(JsonFormatException.class,
          () -> json.read(new ByteArrayInputStream(utf8(doc)), Sample.class))));
      exposed.add(describe(boundary.parse(utf8(doc), Sample.class)));
    }
    String wrapped = "{\"sample\":" + Fixtures.SAMPLE_JSON + "}";
    for (String doc : PersonalNames.injected(wrapped, name)) {
      exposed.add(describe(catchThrowableOfType(JsonFormatException.class, () -> json.read(utf8(doc), Wrapper.class))));
    }
    // names as keys of free-form documents, with a broken value after them
    String freeForm = "{\"" + name + "\":{\"" + name + "\":[1,tru]}}";
    exposed.add(describe(catchThrowableOfType(JsonFormatException.class, () -> json.read(utf8(freeForm), JsonNode.class))));
    exposed.add(describe(catchThrowableOfType(JsonFormatException.class, () -> json.read(utf8(freeForm), Map.class))));
    String duplicate = "{\"" + name + "\":1,\"" + name + "\":2}";
    exposed.add(describe(catchThrowableOfType(JsonFormatException.class, () -> json.read(utf8(duplicate), JsonNode.class))));
    exposed.add(describe(boundary.parse(utf8("{\"bsn\":\"x\",\"" + name + "\":1}"), Ids.class)));

    String all = String.join("\n", exposed);
    assertThat(all).contains("BARRIER-CORE-01");
    assertThat(PersonalNames.reveals(all, name)).as("exposed: %s", all).isFalse();
    for (RecordingLogs.Event event : RecordingLogs.events()) {
      assertThat(PersonalNames.reveals(event.message(), name)).isFalse();
    }
  }

  @Provide
  Arbitrary<String> names() {
    return PersonalNames.memberNames();
  }

  private static String describe(Throwable t) {
    assertThat(t).isNotNull();
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c).append(' ').append(c.getMessage()).append('\n');
    }
    if (t instanceof JsonFormatException e) {
      sb.append(e.path()).append('\n');
    }
    return sb.toString();
  }

  private static String describe(BoundaryResult<?> result) {
    assertThat(result.isValid()).isFalse();
    StringBuilder sb = new StringBuilder(result.toString());
    for (Violation v : result.violations()) {
      sb.append('\n').append(v).append(' ').append(v.path()).append(' ').append(v.message());
    }
    return sb.toString();
  }
}
