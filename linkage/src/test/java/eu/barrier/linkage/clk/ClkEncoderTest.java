package eu.barrier.linkage.clk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.linkage.LinkageError;
import eu.barrier.linkage.quality.LinkageQuality;
import eu.barrier.linkage.record.CsvFormatException;
import eu.barrier.privacy.InsecureSecretAccess;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ClkEncoderTest {

  private static final ClkEncoder ENCODER = ClkEncoder.create(LinkageQuality.peopleSchema(),
      LinkageSecret.fromText("test-only secret", InsecureSecretAccess.get()));

  private static ByteArrayInputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void encode_invalidRecord_namesFieldsAndRulesNeverValues() {
    InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class,
        () -> ENCODER.encode(List.of("Zebedeus", "Q".repeat(101), "1980-02-30", "male", "x")));
    assertThat(e.problems()).extracting(RecordProblem::identifier, RecordProblem::error).containsExactly(
        org.assertj.core.groups.Tuple.tuple("surname", LinkageError.VALUE_LENGTH),
        org.assertj.core.groups.Tuple.tuple("birthDate", LinkageError.VALUE_DATE),
        org.assertj.core.groups.Tuple.tuple("sex", LinkageError.VALUE_ENUM));
    assertThat(e.getMessage()).startsWith("BARRIER-LNK-0115: row 0, field 'surname': BARRIER-LNK-0108")
        .doesNotContain("Zebedeus").doesNotContain("QQ").doesNotContain("1980").doesNotContain("male");
  }

  @Test
  void encode_wrongFieldCount_isOneRecordProblem() {
    assertThat(ENCODER.check(List.of("a", "b"))).extracting(RecordProblem::field, RecordProblem::error)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(-1, LinkageError.RECORD_FIELD_COUNT));
  }

  @Test
  void encodeCsv_everyInvalidRowIsReportedAndValidOnesEncoded() {
    List<Long> rows = new ArrayList<>();
    EncodingReport report = ENCODER.encodeCsv(csv("""
        givenName,surname,birthDate,sex,birthYear
        Jan,de Vries,1980-03-14,M,1980
        Jan,de Vries,14-03-1980,M,1980

        "Anne, Marie","van ""den"" Berg",1975-12-01,F,1975
        Piet,Smit,1975-12-01,Q,1975
        """), (row, clk) -> rows.add(row));
    assertThat(rows).containsExactly(1L, 4L);
    assertThat(report.records()).isEqualTo(5);
    assertThat(report.encoded()).isEqualTo(2);
    assertThat(report.problems()).extracting(RecordProblem::describe).containsExactly(
        "row 2 (line 3), field 'birthDate': BARRIER-LNK-0112: a value of a date field must be a valid date in the"
            + " field's format",
        "row 3 (line 4): BARRIER-LNK-0105: a record has one value per feature of the schema",
        "row 5 (line 6), field 'sex': BARRIER-LNK-0113: a value of an enum field must be one of its values");
  }

  @Test
  void encodeCsv_wrongHeader_isRefused() {
    CsvFormatException e = catchThrowableOfType(CsvFormatException.class,
        () -> ENCODER.encodeCsv(csv("given,surname,birthDate,sex,birthYear\n"), (r, c) -> { }));
    assertThat(e.error()).isEqualTo(LinkageError.CSV_HEADER);
    assertThat(e.getMessage()).contains("givenName,surname,birthDate,sex,birthYear");
  }
}
