package eu.barrier.linkage.clk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.linkage.LinkageError;
import eu.barrier.linkage.match.Dice;
import eu.barrier.linkage.quality.LinkageQuality;
import eu.barrier.linkage.schema.LinkageSchema;
import eu.barrier.linkage.schema.LinkageSchemas;
import eu.barrier.privacy.InsecureSecretAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class HardeningTest {

  private static final LinkageSecret SECRET = LinkageSecret.fromText("test-only secret", InsecureSecretAccess.get());
  private static final LinkageSchema PEOPLE = LinkageQuality.peopleSchema();
  private static final List<String> JAN = List.of("Jan", "de Vries", "1980-03-14", "M", "1980");
  private static final List<String> JAN_1981 = List.of("Jan", "de Vries", "1981-03-14", "M", "1981");

  @Test
  void xorFolds_onUnfoldedSchema_equalsClkhashWithXorFoldsInTheSchema() throws Exception {
    Path dir = ClkhashVectorsTest.vectors().resolve("v3-blake-xor-folds-1");
    String folded = Files.readString(dir.resolve("schema.json"));
    LinkageSchema unfolded = LinkageSchemas.parse(folded.replace("\"xor_folds\": 1", "\"xor_folds\": 0")
        .getBytes(StandardCharsets.UTF_8));
    String secret = Files.readString(dir.resolve("secret.test-only.txt"));
    ClkEncoder hardened = ClkEncoder.create(unfolded, LinkageSecret.fromText(secret, InsecureSecretAccess.get()),
        Hardening.builder().xorFolds(1).build());
    ClkEncoder clkhash = ClkhashVectorsTest.encoder(dir);
    List<String> record = List.of("Anneke", "van den Berg", "1975-12-01", "F");
    assertThat(hardened.encode(record)).isEqualTo(clkhash.encode(record));
    assertThat(hardened.clkLength()).isEqualTo(512);
  }

  @Test
  void balance_anyRecord_setsExactlyHalfOfTwiceTheBits() {
    ClkEncoder balanced = ClkEncoder.create(PEOPLE, SECRET, Hardening.builder().balance().build());
    Clk a = balanced.encode(JAN);
    Clk empty = balanced.encode(List.of("", "", "", "", "1980"));
    assertThat(a.bitLength()).isEqualTo(2048);
    assertThat(a.popcount()).isEqualTo(1024);
    assertThat(empty.popcount()).isEqualTo(1024);
    assertThat(ClkEncoder.create(PEOPLE, SECRET, Hardening.builder().balance().build()).encode(JAN)).isEqualTo(a);
    LinkageSecret other = LinkageSecret.fromText("another test-only secret", InsecureSecretAccess.get());
    assertThat(ClkEncoder.create(PEOPLE, other, Hardening.builder().balance().build()).encode(JAN)).isNotEqualTo(a);
    // balancing keeps similarity order: a near-identical record stays closer than an empty one
    assertThat(Dice.coefficient(a, balanced.encode(JAN_1981))).isGreaterThan(Dice.coefficient(a, empty));
  }

  @Test
  void blip_seededRandom_flipsAboutPOfTheBitsReproducibly() {
    ClkEncoder plain = ClkEncoder.create(PEOPLE, SECRET);
    Clk clean = plain.encode(JAN);
    int flipped = 0;
    for (int run = 0; run < 20; run++) {
      ClkEncoder blip = ClkEncoder.create(PEOPLE, SECRET,
          Hardening.builder().blip(0.1).random(new SplittableRandom(run)).build());
      Clk noisy = blip.encode(JAN);
      assertThat(ClkEncoder.create(PEOPLE, SECRET, Hardening.builder().blip(0.1).random(new SplittableRandom(run))
          .build()).encode(JAN)).isEqualTo(noisy);
      for (int i = 0; i < 1024; i++) {
        if (noisy.get(i) != clean.get(i)) {
          flipped++;
        }
      }
    }
    // 20 x 1024 bits at p = 0.1: mean 2048, standard deviation about 43
    assertThat(flipped).isBetween(1848, 2248);
    assertThat(Hardening.blipProbability(Math.log(3) * 20, 20)).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void salt_differentYear_separatesNamesSameYearAgrees() {
    ClkEncoder salted = ClkEncoder.create(PEOPLE, SECRET,
        Hardening.builder().salt("birthYear", "givenName", "surname").build());
    ClkEncoder plain = ClkEncoder.create(PEOPLE, SECRET);
    assertThat(salted.encode(JAN)).isEqualTo(salted.encode(JAN)).isNotEqualTo(plain.encode(JAN));
    double saltedDice = Dice.coefficient(salted.encode(JAN), salted.encode(JAN_1981));
    double plainDice = Dice.coefficient(plain.encode(JAN), plain.encode(JAN_1981));
    assertThat(saltedDice).isLessThan(plainDice - 0.3);
    List<RecordProblem> problems = salted.check(List.of("Jan", "de Vries", "", "M", ""));
    assertThat(problems).extracting(RecordProblem::error).containsExactly(LinkageError.RECORD_SALT);
    assertThatThrownBy(() -> ClkEncoder.create(PEOPLE, SECRET, Hardening.builder().salt("nope", "surname").build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClkEncoder.create(PEOPLE, SECRET, Hardening.builder().salt("surname", "birthYear")
        .build())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void none_isNoneAndPrintsNoSecret() {
    assertThat(Hardening.none().isNone()).isTrue();
    assertThat(Hardening.builder().build().isNone()).isTrue();
    assertThat(Hardening.builder().balance().build().isNone()).isFalse();
    assertThat(SECRET.toString()).isEqualTo("LinkageSecret[redacted]");
    assertThat(ClkEncoder.create(PEOPLE, SECRET).toString()).doesNotContain("test-only");
    assertThatThrownBy(() -> Hardening.builder().blip(0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Hardening.builder().xorFolds(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
