package eu.barrier.linkage.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dates, integers and floats are read as Python 3.11 reads them ({@code datetime.strptime} then
 * {@code strftime('%Y%m%d')}, {@code int(s, 10)}, {@code float(s)}), on results recorded from
 * Python itself ({@code vectors/python-values.json}), including 600 random date strings.
 */
final class PythonValuesTest {

  private static JsonNode values;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = PythonValuesTest.class.getResourceAsStream("/vectors/python-values.json")) {
      values = JsonMapper.builder().build().readTree(in);
    }
  }

  @Test
  void strptime_pythonResults_areReproduced() {
    List<String> wrong = new ArrayList<>();
    for (JsonNode c : values.get("strptime")) {
      String format = c.get(0).stringValue();
      String value = c.get(1).stringValue();
      String expected = c.get(2).isNull() ? null : c.get(2).stringValue();
      String actual = Strptime.compile(format).toYmd(value);
      if (!java.util.Objects.equals(expected, actual)) {
        wrong.add(format + " | " + value + " -> " + actual + " (python " + expected + ")");
      }
    }
    assertThat(values.get("strptime").size()).isGreaterThan(1000);
    assertThat(wrong).isEmpty();
  }

  @Test
  void parseInt_pythonResults_areReproduced() {
    for (JsonNode c : values.get("int")) {
      String expected = c.get(1).isNull() ? null : c.get(1).stringValue();
      java.math.BigInteger actual = PythonText.parseInt(c.get(0).stringValue());
      assertThat(actual == null ? null : actual.toString()).as("int(%s)", c.get(0)).isEqualTo(expected);
    }
  }

  @Test
  void parseFloat_pythonResults_areReproduced() {
    for (JsonNode c : values.get("float")) {
      Double actual = PythonText.parseFloat(c.get(0).stringValue());
      if (c.get(1).isNull()) {
        assertThat(actual).as("float(%s)", c.get(0)).isNull();
        continue;
      }
      double expected = switch (c.get(1).stringValue()) {
        case "inf" -> Double.POSITIVE_INFINITY;
        case "-inf" -> Double.NEGATIVE_INFINITY;
        case "nan" -> Double.NaN;
        default -> Double.parseDouble(c.get(1).stringValue());
      };
      assertThat(actual).as("float(%s)", c.get(0)).isEqualTo(Double.valueOf(expected));
    }
  }
}
