package eu.barrier.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.json.BarrierJson;
import eu.barrier.privacy.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

final class JcsTest {

  private static final BarrierJson JSON = BarrierJson.create();

  private static byte[] resource(String path) {
    try (InputStream in = JcsTest.class.getResourceAsStream("/testvectors/jcs/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"arrays", "french", "simpleString", "structures", "unicode", "values", "weird"})
  void canonicalize_jcsTestData_matchesOutput(String name) {
    JsonNode input = JSON.read(resource("input/" + name + ".json"), JsonNode.class);
    byte[] expected = resource("output/" + name + ".json");
    byte[] actual = Jcs.canonicalize(input);
    assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(actual).isEqualTo(expected);
    // canonical form is a fixed point
    assertThat(Jcs.canonicalize(JSON.read(actual, JsonNode.class))).isEqualTo(expected);
  }

  @Test
  void canonicalize_simpleString_matchesOutHexBytes() {
    String hex = new String(resource("outhex/simpleString.txt"), StandardCharsets.US_ASCII).replace(" ", "").trim();
    byte[] actual = Jcs.canonicalize(JSON.read(resource("input/simpleString.json"), JsonNode.class));
    assertThat(actual).isEqualTo(HexFormat.of().parseHex(hex.toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void number_vectors_matchEcmaScript() {
    JsonNode doc = TestData.vectors("jcs_numbers_v1.json");
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (JsonNode group : doc.get("testGroups")) {
      for (JsonNode t : group.get("tests")) {
        count++;
        double x = Double.longBitsToDouble(Long.parseUnsignedLong(t.get("ieee").stringValue(), 16));
        String expected = t.get("expected").stringValue();
        boolean valid = "valid".equals(t.get("result").stringValue());
        try {
          String actual = Jcs.number(x);
          if (!valid) {
            failures.add("tcId " + t.get("tcId").intValue() + ": accepted");
          } else if (!actual.equals(expected)) {
            failures.add("tcId " + t.get("tcId").intValue() + ": " + actual + " != " + expected);
          } else if (Double.parseDouble(actual) != x && x != 0) {
            failures.add("tcId " + t.get("tcId").intValue() + ": does not read back");
          }
        } catch (Jcs.NotCanonicalisable e) {
          if (valid) {
            failures.add("tcId " + t.get("tcId").intValue() + ": rejected");
          }
        }
      }
    }
    assertThat(count).isEqualTo(doc.get("numberOfTests").intValue()).isGreaterThan(200);
    assertThat(failures).isEmpty();
  }

  @Test
  void canonicalize_rfc8785Section3_2_4Example_matches() {
    // RFC 8785 section 3.2.2 / 3.2.4 example input and its canonical UTF-8 form
    String in = "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
        + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
        + "  \"literals\": [null, true, false]\n}";
    String expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
    assertThat(new String(Jcs.canonicalize(JSON.read(in, JsonNode.class)), StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void canonicalize_loneSurrogate_isRejected() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("a", "x\ud800");
    assertThatThrownBy(() -> Jcs.canonicalize(n)).isInstanceOf(Jcs.NotCanonicalisable.class)
        .hasMessageNotContaining("x");
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    m.put("\udc00", 1);
    assertThatThrownBy(() -> Jcs.canonicalize(m)).isInstanceOf(Jcs.NotCanonicalisable.class);
  }

  @Test
  void canonicalize_controlCharacters_useShortAndHexEscapes() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("s", "\u0000\u0001\b\t\n\u000b\f\r\u001f\u007f\u2028");
    assertThat(new String(Jcs.canonicalize(n), StandardCharsets.UTF_8))
        .isEqualTo("{\"s\":\"\\u0000\\u0001\\b\\t\\n\\u000b\\f\\r\\u001f\u007f\u2028\"}");
  }

  @Test
  void canonicalize_membersSortedByUtf16CodeUnits_notCodePoints() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("\ud83d\ude02", 1); // U+1F602: UTF-16 D83D sorts before U+FB33
    n.put("\ufb33", 2);
    n.put("\u20ac", 3);
    assertThat(new String(Jcs.canonicalize(n), StandardCharsets.UTF_8))
        .isEqualTo("{\"\u20ac\":3,\"\ud83d\ude02\":1,\"\ufb33\":2}");
  }
}
