package eu.barrier.core.json;

import static eu.barrier.core.json.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.CoreError;
import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.NlBsn;
import eu.barrier.core.json.Fixtures.Ids;
import eu.barrier.core.json.Fixtures.Item;
import eu.barrier.core.json.Fixtures.Required;
import eu.barrier.core.json.Fixtures.Sample;
import eu.barrier.core.json.Fixtures.Wrapper;
import eu.barrier.core.testing.TestIdentifiers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class BarrierJsonTest {

  private final BarrierJson json = BarrierJson.create();

  private JsonFormatException reject(String document, Class<?> type) {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> json.read(utf8(document), type));
    assertThat(e).as("rejection of %s", document).isNotNull();
    return e;
  }

  // ---------------------------------------------------------------- round trips and output format

  @Test
  void read_validDocument_bindsAllComponents() {
    assertThat(json.read(utf8(Fixtures.SAMPLE_JSON), Sample.class)).isEqualTo(Fixtures.sample());
  }

  @Test
  void writeString_record_keepsComponentOrderAndIsoDates() {
    assertThat(json.writeString(Fixtures.sample())).isEqualTo(Fixtures.SAMPLE_JSON);
  }

  @Test
  void write_nullsAndEmptyOptional_areOmitted() {
    Sample sparse = new Sample(null, 1, null, 0.0, false, null, null, null, null, Optional.empty());
    assertThat(json.writeString(sparse)).isEqualTo("{\"number\":1,\"ratio\":0.0,\"flag\":false}");
  }

  @Test
  void read_writtenBytes_roundTrips() {
    Sample sample = Fixtures.sample();
    assertThat(json.read(json.write(sample), Sample.class)).isEqualTo(sample);
    assertThat(json.read(json.writeString(sample), Sample.class)).isEqualTo(sample);
    assertThat(json.read(new ByteArrayInputStream(json.write(sample)), Sample.class)).isEqualTo(sample);
  }

  @Test
  void read_absentProperties_areNullOrEmpty() {
    Sample sample = json.read("{}", Sample.class);
    assertThat(sample.text()).isNull();
    assertThat(sample.note()).isEmpty();
    assertThat(sample.items()).isNull();
  }

  @Test
  void write_instantWithOffsetInput_isUtc() {
    Sample read = json.read("{\"at\":\"2026-11-28T11:15:30+01:00\"}", Sample.class);
    assertThat(read.at()).isEqualTo(Instant.parse("2026-11-28T10:15:30Z"));
    assertThat(json.writeString(read)).contains("\"at\":\"2026-11-28T10:15:30Z\"");
  }

  @Test
  void readList_array_returnsElementsInOrder() {
    List<Item> items = json.readList(utf8("[{\"name\":\"a\",\"count\":1},{\"name\":\"b\",\"count\":2}]"), Item.class);
    assertThat(items).containsExactly(new Item("a", 1), new Item("b", 2));
  }

  @Test
  void readList_badElement_reportsIndex() {
    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> json.readList(utf8("[{\"name\":\"a\",\"count\":1},{\"count\":\"2\"}]"), Item.class));
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_WRONG_TYPE);
    assertThat(e.path()).isEqualTo("/1/count");
  }

  // ---------------------------------------------------------------- strictness

  @Test
  void read_unknownProperty_throwsWithPath() {
    JsonFormatException e = reject("{\"text\":\"x\",\"items\":[{\"name\":\"a\",\"colour\":\"red\"}]}", Sample.class);
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_UNKNOWN_PROPERTY);
    assertThat(e.path()).isEqualTo("/items/0/*"); // declared names are shown, unknown ones never
  }

  @Test
  void read_unknownPropertyWithUnsafeName_hidesName() {
    JsonFormatException e = reject("{\"Jan Jansen\":1}", Sample.class);
    assertThat(e.path()).isEqualTo("/*");
    assertThat(e.getMessage()).doesNotContain("Jansen");
  }

  @Test
  void read_duplicateTopLevelKey_throws() {
    JsonFormatException e = reject("{\"text\":\"a\",\"text\":\"b\"}", Sample.class);
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_DUPLICATE_PROPERTY);
    assertThat(e.path()).isEqualTo("/text");
  }

  @Test
  void read_duplicateNestedKey_throws() {
    JsonFormatException e = reject("{\"items\":[{\"name\":\"a\",\"count\":1,\"name\":\"b\"}]}", Sample.class);
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_DUPLICATE_PROPERTY);
    assertThat(e.path()).isEqualTo("/items/0/name");
  }

  @Test
  void read_duplicateKeyInUntypedMap_throws() {
    JsonFormatException e = reject("{\"a\":{\"b\":1,\"b\":2}}", java.util.Map.class);
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_DUPLICATE_PROPERTY);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"{} {}", "{}x", "{}]", "{}{", "{} 1", "{}\"\"", "{},"})
  void read_trailingData_throws(String document) {
    JsonFormatException e = reject(document, Sample.class);
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_TRAILING_DATA);
    assertThat(e.path()).isEmpty();
  }

  @Test
  void read_trailingWhitespace_isAccepted() {
    assertThat(json.read("{\"number\":3} \n\t ", Sample.class).number()).isEqualTo(3);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"number\":\"1\"}|/number",
        "{\"number\":1.5}|/number",
        "{\"number\":1e2}|/number",
        "{\"number\":true}|/number",
        "{\"boxed\":1.0}|/boxed",
        "{\"boxed\":\"\"}|/boxed",
        "{\"ratio\":\"1.5\"}|/ratio",
        "{\"flag\":1}|/flag",
        "{\"flag\":\"true\"}|/flag",
        "{\"text\":12}|/text",
        "{\"text\":true}|/text",
        "{\"text\":[\"a\"]}|/text",
        "{\"text\":{\"a\":1}}|/text",
        "{\"grading\":1}|/grading",
        "{\"day\":20261128}|/day",
        "{\"day\":[2026,11,28]}|/day",
        "{\"at\":1700000000}|/at",
        "{\"items\":{}}|/items",
        "{\"items\":\"\"}|/items",
        "{\"items\":[1]}|/items/0",
        "{\"items\":[{\"count\":\"3\"}]}|/items/0/count",
        "[]|''",
        "\"text\"|''"
      })
  void read_wrongJsonType_throwsWrongType(String document, String path) {
    JsonFormatException e = reject(document, Sample.class);
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_WRONG_TYPE);
    assertThat(e.path()).isEqualTo(path);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"grading\":\"D4\"}|/grading",
        "{\"grading\":\"B2\"}|/grading",
        "{\"grading\":\"B-2\"}|/grading",
        "{\"grading\":\" b2\"}|/grading",
        "{\"grading\":\"b2 \"}|/grading",
        "{\"grading\":\"0\"}|/grading",
        "{\"grading\":\"\"}|/grading",
        "{\"day\":\"28-11-2026\"}|/day",
        "{\"day\":\"2026-02-30\"}|/day",
        "{\"at\":\"yesterday\"}|/at",
        "{\"number\":99999999999}|/number"
      })
  void read_valueTypeRejects_throwsInvalidValue(String document, String path) {
    JsonFormatException e = reject(document, Sample.class);
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_INVALID_VALUE);
    assertThat(e.path()).isEqualTo(path);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"{\"number\":null}|/number", "{\"items\":[null]}|/items/0", "null|''"})
  void read_nullWhereNotAllowed_throwsMissingValue(String document, String path) {
    JsonFormatException e = reject(document, Sample.class);
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_MISSING_VALUE);
    assertThat(e.path()).isEqualTo(path);
  }

  @Test
  void read_missingRequiredProperty_throwsMissingValue() {
    JsonFormatException e = reject("{\"other\":\"x\"}", Required.class);
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_MISSING_VALUE);
    assertThat(e.path()).isIn("", "/id");
  }

  @Test
  void read_missingRequiredNestedProperty_reportsObjectPath() {
    JsonFormatException e = reject("{\"sample\":{\"items\":[{\"name\":\"a\",\"count\":1},{\"name\":\"b\",\"count\":null}]}}", Wrapper.class);
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_MISSING_VALUE);
    assertThat(e.path()).isEqualTo("/sample/items/1/count");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"''", "' '", "'\n\t '"})
  void read_emptyInput_throwsEmpty(String document) {
    JsonFormatException e = reject(document, Sample.class);
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_EMPTY);
    assertThat(e.path()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"text\":'x'}",
        "{text:\"x\"}",
        "{\"number\":01}",
        "{\"number\":+1}",
        "{\"ratio\":NaN}",
        "{\"number\":1,}",
        "{\"items\":[,]}",
        "{\"text\":\"x\" /* c */}",
        "{\"text\":\"a",
        "{\"text\":"
      })
  void read_notPlainJson_throwsSyntax(String document) {
    assertThat(reject(document, Sample.class).errorCode()).isEqualTo(CoreError.JSON_SYNTAX);
  }

  @Test
  void read_syntaxErrorInside_reportsPath() {
    JsonFormatException e = reject("{\"items\":[{\"name\":\"a\",\"count\":1},{\"name\" \"b\"}]}", Sample.class);
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_SYNTAX);
    assertThat(e.path()).startsWith("/items/1");
  }

  @Test
  void read_inputStreamFails_throwsIo() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk gone");
          }
        };
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> json.read(failing, Sample.class));
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_IO);
    assertThat(e.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  void read_inputStream_isNotClosed() {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(utf8("{}")) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    json.read(in, Sample.class);
    assertThat(closed[0]).isFalse();
  }

  // ---------------------------------------------------------------- identifiers

  @Test
  void identifiers_roundTripAsCanonicalDigits() {
    String kbo = TestIdentifiers.beEnterprise("2030405");
    String bsn = TestIdentifiers.elevenTest("12345678");
    Ids ids = new Ids(BeEnterpriseNumber.parse(kbo), NlBsn.parse(bsn));
    String written = json.writeString(ids);
    assertThat(written).isEqualTo("{\"enterprise\":\"" + kbo + "\",\"bsn\":\"" + bsn + "\"}");
    assertThat(json.read(written, Ids.class)).isEqualTo(ids);
  }

  @Test
  void identifiers_writtenFormsAreAccepted() {
    String kbo = TestIdentifiers.beEnterprise("2030405");
    String display = kbo.substring(0, 4) + "." + kbo.substring(4, 7) + "." + kbo.substring(7);
    Ids ids = json.read("{\"enterprise\":\"BE " + display + "\"}", Ids.class);
    assertThat(ids.enterprise().canonical()).isEqualTo(kbo);
  }

  @Test
  void identifiers_wrongCheckDigits_throwInvalidValueWithRule() {
    String kbo = TestIdentifiers.beEnterprise("2030405");
    String bad = kbo.substring(0, 8) + (kbo.charAt(8) == '9' ? '0' : (char) (kbo.charAt(8) + 1)) + kbo.charAt(9);
    JsonFormatException e = reject("{\"enterprise\":\"" + bad + "\"}", Ids.class);
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_INVALID_VALUE);
    assertThat(e.path()).isEqualTo("/enterprise");
    assertThat(e.valueRule()).contains(CoreError.ID_CHECK_DIGITS);
    assertThat(e.getMessage()).contains(CoreError.ID_CHECK_DIGITS.code()).doesNotContain(bad);
  }

  @Test
  void identifiers_asNumber_throwWrongType() {
    JsonFormatException e = reject("{\"bsn\":" + TestIdentifiers.elevenTest("12345678") + "}", Ids.class);
    assertThat(e.errorCode()).isEqualTo(CoreError.JSON_WRONG_TYPE);
    assertThat(e.path()).isEqualTo("/bsn");
  }

  // ---------------------------------------------------------------- the exception and the API

  @Test
  void exception_message_hasCodeRuleAndPathOnly() {
    JsonFormatException e = reject("{\"items\":[{\"count\":\"Zyxwvut-4711\"}]}", Sample.class);
    assertThat(e.getMessage())
        .isEqualTo("BARRIER-CORE-0104: value has the wrong JSON type at /items/0/count")
        .doesNotContain("Zyxwvut");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void exception_atRoot_saysDocumentRoot() {
    assertThat(reject("", Sample.class).getMessage()).isEqualTo("BARRIER-CORE-0114: document is empty at the document root");
  }

  @Test
  void exception_withNonJsonCode_isRejected() {
    assertThatThrownBy(() -> new JsonFormatException(CoreError.ID_EMPTY, "", null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void read_nullArguments_throwNpe() {
    assertThatThrownBy(() -> json.read((byte[]) null, Sample.class)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> json.read(new byte[0], null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> json.write(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void write_unwritableType_throwsIae() {
    assertThatThrownBy(() -> json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void create_instancesAreIndependent() {
    BarrierJson small = BarrierJson.create(JsonLimits.defaults().withMaxStringLength(3));
    assertThat(small.read("{\"text\":\"abc\"}", Sample.class).text()).isEqualTo("abc");
    assertThatThrownBy(() -> small.read("{\"text\":\"abcd\"}", Sample.class))
        .isInstanceOf(JsonFormatException.class)
        .extracting(t -> ((JsonFormatException) t).errorCode())
        .isEqualTo(CoreError.JSON_STRING_TOO_LONG);
    assertThat(json.read("{\"text\":\"abcd\"}", Sample.class).text()).isEqualTo("abcd");
  }

  @Test
  void limits_defaults_areDocumented() {
    JsonLimits d = JsonLimits.defaults();
    assertThat(d.maxDocumentBytes()).isEqualTo(16L * 1024 * 1024);
    assertThat(d.maxNestingDepth()).isEqualTo(64);
    assertThat(d.maxStringLength()).isEqualTo(1024 * 1024);
    assertThat(d.maxNumberLength()).isEqualTo(64);
    assertThat(d.maxNameLength()).isEqualTo(256);
    assertThat(d.maxTokenCount()).isEqualTo(4_000_000L);
    assertThatThrownBy(() -> d.withMaxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void read_localDate_isIsoOnly() {
    assertThat(json.read("{\"day\":\"2026-11-28\"}", Sample.class).day()).isEqualTo(LocalDate.of(2026, 11, 28));
  }
}
