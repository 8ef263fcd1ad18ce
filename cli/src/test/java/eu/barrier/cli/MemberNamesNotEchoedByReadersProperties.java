package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.testing.PersonalNames;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.scoring.AssessInput;
import eu.barrier.linkage.schema.LinkageSchemas;
import eu.barrier.privacy.exchange.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 16, no member name echoed, beyond the strict JSON reader: national numbers, BSNs, dates
 * and surnames used as member names, at every object of a valid document, never reach the message,
 * problem list or {@code toString()} of what the library readers of assess input, signal reports,
 * linkage schemas and catalogues return or throw, nor what {@code barrier assess} prints. Before
 * the fix of issue 16, {@code AssessInputException} and {@code MessageValidationException} named
 * such a member.
 */
final class MemberNamesNotEchoedByReadersProperties {

  private static final Path EXAMPLES = Path.of("../docs/examples");

  private static final Map<String, Function<byte[], Object>> READERS = Map.of(
      "assess-input.json", AssessInput::read,
      "signal-report.json", Messages::read,
      "linkage/schema.json", LinkageSchemas::parse,
      "catalogues/example-complaints-heavy.json", b -> Catalogues.loadDraft(new ByteArrayInputStream(b)));

  @Property(tries = 40)
  void libraryReaders_personalMemberName_isNeverExposed(@ForAll("names") String name) {
    List<String> exposed = new ArrayList<>();
    READERS.forEach((file, reader) -> {
      for (String doc : PersonalNames.injected(read(file), name)) {
        exposed.add(describe(() -> reader.apply(doc.getBytes(StandardCharsets.UTF_8))));
      }
    });
    String all = String.join("\n", exposed);
    assertThat(all).containsPattern("BARRIER-[A-Z]+-[0-9]{4}");
    assertThat(PersonalNames.reveals(all, name)).as("exposed: %s", all).isFalse();
  }

  @Property(tries = 10)
  void assessCommand_personalMemberName_isNeverPrinted(@ForAll("names") String name) throws IOException {
    Path dir = Files.createTempDirectory("member-names");
    try {
      CliRun cli = new CliRun();
      for (String doc : PersonalNames.injected(read("assess-input.json"), name)) {
        Path input = Files.writeString(dir.resolve("input.json"), doc);
        int code = cli.run("assess", "--catalogue", "ilo-2009-adult-labour", "--model", "ilo-2009", "--input",
            input.toString(), "--as-of", "2026-06-01");
        assertThat(code).isEqualTo(BarrierCli.INVALID);
        assertThat(PersonalNames.reveals(cli.out() + cli.err(), name)).as(cli.err()).isFalse();
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  @Provide
  Arbitrary<String> names() {
    return PersonalNames.memberNames();
  }

  private static String read(String file) {
    try {
      return Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The result's {@code toString()}, or the exception's messages, causes and problem lists. */
  private static String describe(java.util.function.Supplier<Object> read) {
    Object result;
    try {
      result = read.get();
    } catch (RuntimeException e) {
      StringBuilder sb = new StringBuilder();
      for (Throwable c = e; c != null; c = c.getCause()) {
        sb.append(c).append(' ').append(c.getMessage()).append('\n');
        for (String accessor : List.of("problems", "violations", "findings")) {
          try {
            Method m = c.getClass().getMethod(accessor);
            sb.append(m.invoke(c)).append('\n');
          } catch (ReflectiveOperationException absent) {
            // this exception type has no such list
          }
        }
      }
      return sb.toString();
    }
    return String.valueOf(result);
  }
}
