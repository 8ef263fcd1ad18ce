package eu.barrier.linkage.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.linkage.LinkageError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

final class CsvRecordReaderTest {

  static List<List<String>> read(byte[] bytes) {
    CsvRecordReader r = CsvRecordReader.open(new ByteArrayInputStream(bytes));
    List<List<String>> rows = new ArrayList<>();
    Optional<CsvRow> row;
    while ((row = r.next()).isPresent()) {
      rows.add(row.get().values());
    }
    return rows;
  }

  static List<List<String>> read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void next_pythonDialect_readsAsPythonCsvDoes() {
    // each expectation is what Python 3.11's csv.reader gives for the same text (newline='')
    assertThat(read("a,b\n\nc,d\n")).containsExactly(List.of("a", "b"), List.of(), List.of("c", "d"));
    assertThat(read("a,b\r\nc,d\rE,f")).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("E", "f"));
    assertThat(read("\"a\r\nb\",c")).containsExactly(List.of("a\r\nb", "c"));
    assertThat(read("x\u0000y,z")).containsExactly(List.of("x\u0000y", "z"));
    assertThat(read(" a , b ,\n\"\"\n,")).containsExactly(List.of(" a ", " b ", ""), List.of(""), List.of("", ""));
    assertThat(read("\"say \"\"hi\"\"\",\"1,2\"")).containsExactly(List.of("say \"hi\"", "1,2"));
  }

  @Test
  void next_quirksPythonAccepts_areRefusedWithTheirLine() {
    for (String text : new String[] {"ok\n\"abc", "ok\na\"b,c", "ok\n\"ab\"c,d"}) {
      CsvFormatException e = catchThrowableOfType(CsvFormatException.class, () -> read(text));
      assertThat(e.error()).as(text).isEqualTo(LinkageError.CSV_SYNTAX);
      assertThat(e.line()).as(text).isEqualTo(2);
    }
  }

  @Test
  void next_badBytesOrBom_areRefused() {
    assertThat(catchThrowableOfType(CsvFormatException.class,
        () -> read(new byte[] {'a', ',', (byte) 0xC3, '\n'})).error()).isEqualTo(LinkageError.CSV_ENCODING);
    assertThat(catchThrowableOfType(CsvFormatException.class,
        () -> read("\uFEFFa,b\n")).error()).isEqualTo(LinkageError.CSV_ENCODING);
    assertThat(catchThrowableOfType(CsvFormatException.class,
        () -> read("a".repeat(CsvRecordReader.MAX_FIELD_LENGTH + 1))).error())
        .isEqualTo(LinkageError.CSV_FIELD_TOO_LONG);
    assertThat(read("a".repeat(CsvRecordReader.MAX_FIELD_LENGTH))).hasSize(1);
  }

  @Test
  void next_rowNumbersAndLines_countRecordsAndPhysicalLines() {
    CsvRecordReader r = CsvRecordReader.open(new ByteArrayInputStream(
        "h\n\"a\nb\"\nc\r\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(r.next().orElseThrow()).extracting(CsvRow::number, CsvRow::line).containsExactly(0L, 1L);
    assertThat(r.next().orElseThrow()).extracting(CsvRow::number, CsvRow::line).containsExactly(1L, 2L);
    CsvRow c = r.next().orElseThrow();
    assertThat(c).extracting(CsvRow::number, CsvRow::line).containsExactly(2L, 4L);
    assertThat(c.toString()).doesNotContain("c,").isEqualTo("CsvRow[2, line 4, 1 values]");
    assertThat(r.next()).isEmpty();
  }

  @Property(tries = 300)
  void next_fieldsQuotedAsPythonWrites_readBackUnchanged(@ForAll("rows") List<List<String>> rows) {
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        String f = row.get(i);
        boolean quote = f.isEmpty() && row.size() == 1 || f.contains(",") || f.contains("\"") || f.contains("\n")
            || f.contains("\r");
        text.append(i > 0 ? "," : "").append(quote ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
      }
      text.append("\r\n");
    }
    assertThat(read(text.toString())).isEqualTo(rows);
  }

  @Provide
  Arbitrary<List<List<String>>> rows() {
    // the emoji is added whole: strings of single chars would cut it into lone surrogates
    Arbitrary<String> field = Arbitraries.strings().withChars("ab,\"\n\r é").ofMaxLength(6)
        .map(s -> s.replace("b", "b😀"));
    return field.list().ofMinSize(1).ofMaxSize(4).list().ofMaxSize(5);
  }

  @Property(tries = 500)
  void next_anyBytes_readOrFailWithCsvFormatExceptionOnly(@ForAll byte[] bytes) {
    try {
      read(bytes);
    } catch (CsvFormatException e) {
      assertThat(e.getMessage()).startsWith("BARRIER-LNK-01");
    }
  }
}
