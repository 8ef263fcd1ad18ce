package eu.barrier.linkage.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.linkage.LinkageError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

final class LinkageSchemasTest {

  static final String BASE = """
      {"version": 3, "clkConfig": {"l": 1024, "kdf": {"type": "HKDF"}},
       "features": [{"identifier": "name", "format": {"type": "string"},
         "hashing": {"comparison": {"type": "ngram", "n": 2}, "strategy": {"bitsPerToken": 20}}}]}""";

  static SchemaCheck check(String json) {
    return LinkageSchemas.check(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void check_propertiesClkhashIgnores_areAcceptedWithWarnings() {
    SchemaCheck c = check(BASE.replace("\"version\": 3,", "\"version\": 3, \"metadata\": {\"by\": \"x\"},")
        .replace("\"n\": 2}", "\"n\": 2, \"positionl\": true}"));
    assertThat(c.valid()).isTrue();
    assertThat(c.warnings()).extracting(SchemaProblem::path, SchemaProblem::error).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/metadata", LinkageError.SCHEMA_IGNORED_PROPERTY),
        org.assertj.core.groups.Tuple.tuple("/features/0/hashing/comparison/positionl",
            LinkageError.SCHEMA_IGNORED_PROPERTY));
  }

  @Test
  void check_documentedXorFolds_isRefusedUnderscoreFormIsRead() {
    SchemaCheck documented = check(BASE.replace("\"l\": 1024,", "\"l\": 512, \"xorFolds\": 1,"));
    assertThat(documented.errors()).extracting(SchemaProblem::path, SchemaProblem::error).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/clkConfig/xorFolds", LinkageError.SCHEMA_XOR_FOLDS));
    LinkageSchema read = LinkageSchemas.parse(BASE.replace("\"l\": 1024,", "\"l\": 512, \"xor_folds\": 1,")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(read.xorFolds()).isEqualTo(1);
    assertThat(read.hashLength()).isEqualTo(1024);
    assertThat(check(BASE.replace("\"l\": 1024,", "\"l\": 1024, \"xorFolds\": 0,")).valid()).isTrue();
  }

  @Test
  void check_v2Problems_pointIntoTheDocumentAsWritten() {
    SchemaCheck c = check("""
        {"version": 2, "clkConfig": {"l": 1024, "kdf": {"type": "HKDF"}},
         "features": [{"identifier": "a", "format": {"type": "string"},
           "hashing": {"ngram": 2, "strategy": {"k": 0}}}]}""");
    assertThat(c.errors()).extracting(SchemaProblem::path).containsExactly("/features/0/hashing/strategy/k");
    assertThat(c.errors().get(0).message()).contains("upgraded from v2");
  }

  @Test
  void check_semanticProblems_haveTheirCodes() {
    assertThat(check(BASE.replace("1024", "1000")).errors()).extracting(SchemaProblem::error)
        .containsExactly(LinkageError.SCHEMA_BLAKE);
    assertThat(check(BASE.replace("{\"type\": \"HKDF\"}", "{\"type\": \"HKDF\", \"salt\": \"c2Fsd A==\"}"))
        .errors()).extracting(SchemaProblem::error).containsExactly(LinkageError.SCHEMA_BASE64);
    assertThat(check(BASE.replace("{\"type\": \"string\"}", "{\"type\": \"string\", \"pattern\": \"(?#x)a\"}"))
        .errors()).extracting(SchemaProblem::error).containsExactly(LinkageError.SCHEMA_PATTERN);
    assertThat(check(BASE.replace("{\"type\": \"string\"}", "{\"type\": \"date\", \"format\": \"%Y%Y\"}"))
        .errors()).extracting(SchemaProblem::error).containsExactly(LinkageError.SCHEMA_DATE_FORMAT);
    assertThat(check(BASE.replace("\"bitsPerToken\": 20", "\"bitsPerToken\": 70000")).errors())
        .extracting(SchemaProblem::error).containsExactly(LinkageError.SCHEMA_LIMIT);
    assertThat(check("{\"version\": 3, \"version\": 3}").errors()).extracting(SchemaProblem::error)
        .containsExactly(LinkageError.SCHEMA_SYNTAX);
    assertThat(check("{\"version\": 4}").errors()).extracting(SchemaProblem::error)
        .containsExactly(LinkageError.SCHEMA_VERSION);
  }

  @Test
  void check_v1WeightTimesKOverflowing_isALimitNotACrash() {
    SchemaCheck c = check("""
        {"version": 1, "clkConfig": {"l": 1024, "k": 1000000000000000000000000000000000000000000000000000000000000,
          "hash": {"type": "doubleHash"}, "kdf": {"type": "HKDF"}},
         "features": [{"identifier": "a", "format": {"type": "string"}, "hashing": {"ngram": 2, "weight": 1e300}}]}""");
    assertThat(c.errors()).extracting(SchemaProblem::path, SchemaProblem::error).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/features/0/hashing/weight", LinkageError.SCHEMA_LIMIT));
  }

  @Test
  void parse_invalidSchema_throwsWithEveryProblem() {
    SchemaException e = catchThrowableOfType(SchemaException.class, () -> LinkageSchemas.parse(
        BASE.replace("1024", "0").replace("\"n\": 2", "\"n\": 0").getBytes(StandardCharsets.UTF_8)));
    assertThat(e.error()).isEqualTo(LinkageError.SCHEMA_INVALID);
    assertThat(e.problems()).hasSize(2);
    assertThat(e.getMessage()).isEqualTo("BARRIER-LNK-0001: /clkConfig/l: BARRIER-LNK-0006: must be at least 1"
        + " (and 1 more)");
  }

  @Property(tries = 400)
  void check_anyCorruptionOfAValidSchema_neverThrows(@ForAll @IntRange(min = 0, max = 400) int at,
      @ForAll @IntRange(min = 0, max = 3) int kind, @ForAll char c) {
    StringBuilder b = new StringBuilder(BASE);
    int i = Math.min(at, b.length() - 1);
    switch (kind) {
      case 0 -> b.deleteCharAt(i);
      case 1 -> b.insert(i, c);
      case 2 -> b.setCharAt(i, c);
      default -> b.setLength(i);
    }
    SchemaCheck result = check(b.toString());
    assertThat(result.valid() || !result.errors().isEmpty()).isTrue();
    try {
      LinkageSchemas.parse(b.toString().getBytes(StandardCharsets.UTF_8));
    } catch (SchemaException e) {
      assertThat(e.problems()).isNotEmpty();
    }
  }
}
