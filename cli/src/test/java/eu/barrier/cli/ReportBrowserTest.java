package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens an evaluation report in headless Chromium (Debian package {@code chromium}; {@code
 * .ci/install-browser} installs it) and checks that it loads without console messages and that
 * every chart has a non-zero size. Skipped without a browser, unless {@code
 * BARRIER_REQUIRE_BROWSER} is set (CI sets it), in which case a missing browser fails.
 */
final class ReportBrowserTest {

  private static final String MEASURE = "<script>window.addEventListener('load',function(){var o=[];"
      + "document.querySelectorAll('svg').forEach(function(s){var r=s.getBoundingClientRect();"
      + "o.push((s.id||'anonymous')+' '+r.width+' '+r.height);});var p=document.createElement('pre');"
      + "p.id='barrier-measure';p.textContent=o.join('\\n');document.body.appendChild(p);"
      + "console.log('barrier-measured');});</script>";

  @TempDir Path dir;

  @Test
  void report_inHeadlessChromium_loadsCleanlyAndEveryChartHasASize() throws Exception {
    Path chromium = browser();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(BarrierCli.run(new PrintWriter(out), new PrintWriter(err), "synth", "--seed", "3", "--establishments",
        "2000", "--out", dir.resolve("city").toString(), "-q")).isZero();
    Path report = dir.resolve("report.html");
    assertThat(BarrierCli.run(new PrintWriter(out), new PrintWriter(err), "evaluate", "--catalogue", "barrier-admin",
        "--compare-catalogue", WorkbenchCommandsTest.BIASED.toString(), "--labelled",
        dir.resolve("city/labelled.json").toString(), "--report", report.toString(), "--bootstrap", "100", "-q"))
        .as(err.toString()).isZero();
    String html = Files.readString(report, StandardCharsets.UTF_8);
    int charts = count(html, "<svg ");
    assertThat(charts).isEqualTo(8);

    // the report as written: it loads, renders and logs nothing to the console
    Run original = chromium(chromium, report, "original");
    assertThat(original.exit).as(original.stderr).isZero();
    assertThat(original.dom).contains("<h1>", "id=\"chart-roc\"", "id=\"chart-fairness-2\"");
    assertThat(consoleLines(original.stderr)).as("console messages of the report").isEmpty();

    // a copy with a measuring script (the report's policy forbids scripts, so the copy drops it)
    Path copy = dir.resolve("measure.html");
    Files.writeString(copy, html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
        .replace("</body>", MEASURE + "</body>"), StandardCharsets.UTF_8);
    Run measured = chromium(chromium, copy, "measure");
    assertThat(measured.exit).as(measured.stderr).isZero();
    assertThat(consoleLines(measured.stderr)).hasSize(1).allMatch(l -> l.contains("barrier-measured"));
    Matcher m = Pattern.compile("<pre id=\"barrier-measure\">([^<]*)</pre>").matcher(measured.dom);
    assertThat(m.find()).as("measurements in the dumped DOM").isTrue();
    List<String> sizes = List.of(m.group(1).trim().split("\n"));
    assertThat(sizes).hasSize(charts);
    for (String line : sizes) {
      String[] parts = line.split(" ");
      assertThat(Double.parseDouble(parts[1])).as(line).isPositive();
      assertThat(Double.parseDouble(parts[2])).as(line).isPositive();
    }
  }

  @Test
  void screenReport_inHeadlessChromium_loadsCleanlyAndEveryChartHasASize() throws Exception {
    Path chromium = browser();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(BarrierCli.run(new PrintWriter(out), new PrintWriter(err), "screen", "--demo", "--out",
        dir.resolve("screen").toString())).as(err.toString()).isZero();
    Path report = dir.resolve("screen/report.html");
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(count(html, "<svg ")).isEqualTo(2);

    Run original = chromium(chromium, report, "screen-original");
    assertThat(original.exit).as(original.stderr).isZero();
    assertThat(original.dom).contains("DEMO DATA", "id=\"chart-sectors\"", "id=\"chart-scores\"");
    assertThat(consoleLines(original.stderr)).as("console messages of the report").isEmpty();

    Path copy = dir.resolve("screen-measure.html");
    Files.writeString(copy, html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
        .replace("</body>", MEASURE + "</body>"), StandardCharsets.UTF_8);
    Run measured = chromium(chromium, copy, "screen-measure");
    Matcher m = Pattern.compile("<pre id=\"barrier-measure\">([^<]*)</pre>").matcher(measured.dom);
    assertThat(m.find()).as("measurements in the dumped DOM").isTrue();
    for (String line : m.group(1).trim().split("\n")) {
      String[] parts = line.split(" ");
      assertThat(Double.parseDouble(parts[1])).as(line).isPositive();
      assertThat(Double.parseDouble(parts[2])).as(line).isPositive();
    }
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static List<String> consoleLines(String stderr) {
    List<String> lines = new ArrayList<>();
    for (String line : stderr.split("\n")) {
      if (line.contains("CONSOLE")) {
        lines.add(line);
      }
    }
    return lines;
  }

  private record Run(int exit, String dom, String stderr) {}

  private Run chromium(Path chromium, Path page, String name) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(dir.resolve("profile-" + name));
    Path stdout = dir.resolve(name + ".dom");
    Path stderr = dir.resolve(name + ".err");
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
        "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 120 seconds");
    }
    return new Run(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private static Path browser() {
    Optional<Path> found = Optional.empty();
    for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : new String[] {"chromium", "chromium-browser"}) {
        Path candidate = Path.of(dirName, name);
        if (found.isEmpty() && Files.isExecutable(candidate)) {
          found = Optional.of(candidate);
        }
      }
    }
    if (found.isEmpty()) {
      if (System.getenv("BARRIER_REQUIRE_BROWSER") != null) {
        fail("BARRIER_REQUIRE_BROWSER is set but no chromium is on the PATH; run .ci/install-browser");
      }
      Assumptions.abort("no chromium on the PATH (run .ci/install-browser); set BARRIER_REQUIRE_BROWSER to fail");
    }
    return found.get();
  }
}
