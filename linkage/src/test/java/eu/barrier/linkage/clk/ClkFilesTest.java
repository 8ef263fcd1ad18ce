package eu.barrier.linkage.clk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.linkage.LinkageError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

final class ClkFilesTest {

  private static List<Clk> read(String json) {
    return ClkFiles.readAll(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static LinkageError error(String json) {
    return catchThrowableOfType(ClkFormatException.class, () -> read(json)).error();
  }

  @Test
  void readAll_clkhashShape_readsAndWritesBack() {
    String json = "{\"clks\": [\"AAAAAAAAAAA=\", \"//////////8=\"]}";
    List<Clk> clks = read(json);
    assertThat(clks).extracting(Clk::popcount).containsExactly(0, 64);
    assertThat(new String(ClkFiles.write(clks), StandardCharsets.UTF_8)).isEqualTo(json);
    assertThat(read("{\"clks\": []}")).isEmpty();
  }

  @Test
  void readAll_anythingElse_isRefusedWithItsCode() {
    assertThat(error("[]")).isEqualTo(LinkageError.CLK_FILE_SYNTAX);
    assertThat(error("{\"clks\": [\"AA==\"], \"clks\": []}")).isEqualTo(LinkageError.CLK_FILE_SYNTAX);
    assertThat(error("{\"clks\": [\"AA==\"], \"meta\": 1}")).isEqualTo(LinkageError.CLK_FILE_SYNTAX);
    assertThat(error("{\"clks\": [\"AA==\"]} x")).isEqualTo(LinkageError.CLK_FILE_SYNTAX);
    assertThat(error("{\"clks\": [7]}")).isEqualTo(LinkageError.CLK_FILE_SYNTAX);
    assertThat(error("{\"clks\": [\"AA=\"]}")).isEqualTo(LinkageError.CLK_BASE64);
    assertThat(error("{\"clks\": [\"A-_A\"]}")).isEqualTo(LinkageError.CLK_BASE64);
    assertThat(error("{\"clks\": [\"\"]}")).isEqualTo(LinkageError.CLK_BASE64);
    assertThat(error("{\"clks\": [\"AA==\", \"AAA=\"]}")).isEqualTo(LinkageError.CLK_LENGTH);
    assertThat(catchThrowableOfType(ClkFormatException.class, () -> read("{\"clks\": [\"AA==\", \"AAA=\"]}"))
        .getMessage()).isEqualTo("BARRIER-LNK-0203: CLK 1 has 16 bits where CLK 0 has 8");
  }

  @Property(tries = 200)
  void write_anyClks_readsBackEqual(@ForAll byte[] a, @ForAll byte[] b) {
    if (a.length == 0) {
      return;
    }
    byte[] same = java.util.Arrays.copyOf(b, a.length);
    List<Clk> clks = List.of(Clk.of(a, a.length * 8), Clk.of(same, a.length * 8));
    assertThat(ClkFiles.readAll(new ByteArrayInputStream(ClkFiles.write(clks)))).isEqualTo(clks);
  }

  @Property(tries = 300)
  void read_anyBytes_readOrFailWithClkFormatExceptionOnly(@ForAll byte[] bytes) {
    try {
      ClkFiles.readAll(new ByteArrayInputStream(bytes));
    } catch (ClkFormatException e) {
      assertThat(e.getMessage()).startsWith("BARRIER-LNK-02");
    }
  }
}
