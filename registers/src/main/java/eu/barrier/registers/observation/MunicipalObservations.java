package eu.barrier.registers.observation;

import eu.barrier.core.BarrierException;
import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.id.NlEstablishmentNumber;
import eu.barrier.core.id.NlKvkNumber;
import eu.barrier.core.input.InputException;
import eu.barrier.core.input.InputFiles;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonLimits;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.registers.RegisterFormatException;
import eu.barrier.registers.RegisterProblem;
import eu.barrier.registers.RegistersError;
import eu.barrier.registers.internal.CsvRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * Reads observations that a municipality exports: the CSV with header {@code
 * subject,indicator,observedOn,source,grading} (what {@code barrier synth} writes as {@code
 * observations.csv}), or the JSON form, the assess input document {@code {"subjects": [{"id",
 * "kind", "observations": [...]}]}} (see {@code docs/assess-input.md}).
 *
 * <p>A subject may be written in any form of its identifier: {@code 2.377.691.912}, {@code
 * 2377691912} or {@code be-establishment:2377691912} all become the key {@code
 * be-establishment:2377691912} (kind establishment). Bare numbers are read as a Belgian
 * establishment unit (10 digits, first 2 to 8) or enterprise number (10 digits, first 0 or 1), a
 * Dutch establishment number (12 digits) or KvK number (8 digits); other identifiers need the
 * {@code type-id:} prefix (a 9-digit number could be a BSN or an RSIN). In the JSON form an {@code
 * id} that is not an identifier is kept as the host's opaque key, with the given {@code kind}.
 *
 * <p>Reading is strict: the one failure type {@link RegisterFormatException} lists every broken rule
 * with file and line (CSV) or JSON Pointer, never a value; nothing is dropped silently. Limits:
 * {@value #MAX_ROWS} observations, 64 MiB for JSON.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MunicipalObservations {

  /** The CSV header. */
  public static final List<String> HEADER = List.of("subject", "indicator", "observedOn", "source", "grading");

  /** Largest JSON observations file read, in bytes. */
  public static final long MAX_JSON_BYTES = 64L << 20;

  /** Largest CSV observations file read, in bytes. */
  public static final long MAX_CSV_BYTES = 256L << 20;

  /** Most observations in one file. */
  public static final int MAX_ROWS = 1_000_000;

  private static final Pattern INDICATOR = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
  private static final Pattern TYPED = Pattern.compile("([a-z-]+):(.+)");
  private static final int MAX_PROBLEMS = 100;

  private MunicipalObservations() {}

  /**
   * Reads a file: {@code .json} as the JSON form, anything else as CSV.
   *
   * @param file the file
   * @return the observations, in file order
   * @throws RegisterFormatException if a rule is broken
   * @throws InputException if the file is missing, not a regular file, larger than {@link
   *     #MAX_JSON_BYTES} (JSON) or {@link #MAX_CSV_BYTES} (CSV), or not UTF-8 without a byte-order mark
   */
  public static List<Observation> read(Path file) {
    Objects.requireNonNull(file, "file");
    String name = String.valueOf(file.getFileName());
    if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return readJson(InputFiles.read(file, MAX_JSON_BYTES, "observations file"), name);
    }
    try (InputStream in = InputFiles.open(file, MAX_CSV_BYTES, "observations file")) {
      return readCsv(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the CSV form.
   *
   * @param in the UTF-8 stream; not closed
   * @param file the file name, for problems
   * @return the observations, in row order
   * @throws RegisterFormatException if a rule is broken
   */
  public static List<Observation> readCsv(InputStream in, String file) {
    List<RegisterProblem> problems = new ArrayList<>();
    List<Observation> out = new ArrayList<>();
    CsvRows rows = new CsvRows(new NonClosing(in));
    try {
      if (!rows.header().equals(HEADER)) {
        throw fail(List.of(RegisterProblem.at(file, 1, RegistersError.OBSERVATIONS_HEADER,
            "expected the columns " + String.join(",", HEADER))));
      }
      while (rows.next()) {
        if (out.size() >= MAX_ROWS) {
          problems.add(RegisterProblem.at(file, rows.line(), RegistersError.OBSERVATIONS_ROW,
              "more than " + MAX_ROWS + " observations"));
          break;
        }
        long line = rows.line();
        if (rows.fieldCount() != 5) {
          problems.add(RegisterProblem.at(file, line, RegistersError.OBSERVATIONS_ROW, "expected 5 fields"));
          continue;
        }
        Observation o = observation(rows.field(0), null, rows.field(1), rows.field(2), null, rows.field(3),
            rows.field(4), null, null, problem -> problems.add(RegisterProblem.at(file, line, problem.error(),
                problem.detail())));
        if (o != null) {
          out.add(o);
        }
        if (problems.size() >= MAX_PROBLEMS) {
          break;
        }
      }
    } catch (CsvRows.CsvSyntaxException e) {
      problems.add(RegisterProblem.at(file, e.line(), RegistersError.OBSERVATIONS_ROW, "CSV syntax is broken"));
    }
    if (!problems.isEmpty()) {
      throw fail(problems);
    }
    return List.copyOf(out);
  }

  /**
   * Reads the JSON form (the assess input document).
   *
   * @param json the document, UTF-8
   * @param file the file name, for problems
   * @return the observations, in document order
   * @throws RegisterFormatException if a rule is broken
   */
  public static List<Observation> readJson(byte[] json, String file) {
    JsonNode root;
    try {
      root = BarrierJson.create(JsonLimits.defaults().withMaxDocumentBytes(64L << 20)).read(json, JsonNode.class);
    } catch (BarrierException e) {
      throw fail(List.of(new RegisterProblem(file, 0, "", RegistersError.OBSERVATIONS_ROW,
          "not a JSON document within limits [" + e.code() + "]")));
    }
    List<RegisterProblem> problems = new ArrayList<>();
    List<Observation> out = new ArrayList<>();
    JsonNode subjects = root.get("subjects");
    if (subjects == null || !subjects.isArray()) {
      throw fail(List.of(new RegisterProblem(file, 0, "/subjects", RegistersError.OBSERVATIONS_ROW, "must be an array")));
    }
    for (int s = 0; s < subjects.size() && problems.size() < MAX_PROBLEMS; s++) {
      JsonNode subject = subjects.get(s);
      JsonNode list = subject.get("observations");
      String at = "/subjects/" + s;
      if (!subject.isObject() || list == null || !list.isArray()) {
        problems.add(new RegisterProblem(file, 0, at, RegistersError.OBSERVATIONS_ROW,
            "a subject has id, kind and an observations array"));
        continue;
      }
      for (int i = 0; i < list.size(); i++) {
        JsonNode o = list.get(i);
        String where = at + "/observations/" + i;
        Observation obs = observation(text(subject, "id"), text(subject, "kind"), text(o, "indicator"),
            text(o, "observedOn"), text(o, "observedUntil"), text(o, "source"), text(o, "grading"),
            text(o, "gradingScheme"), text(o, "evidence"),
            problem -> problems.add(new RegisterProblem(file, 0, where, problem.error(), problem.detail())));
        if (obs != null) {
          out.add(obs);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw fail(problems);
    }
    return List.copyOf(out);
  }

  /**
   * Turns any written form of an identifier, or a typed key, into a subject reference.
   *
   * @param subject {@code 2.377.691.912}, {@code be-establishment:2377691912}, {@code 0203201340}, …
   * @return the reference, or empty if the text is no identifier form accepted here
   */
  public static Optional<SubjectReference> subject(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    String s = subject.strip();
    java.util.regex.Matcher m = TYPED.matcher(s);
    try {
      if (m.matches()) {
        IdentifierType type = IdentifierType.fromId(m.group(1));
        return Optional.of(SubjectReference.of(type.parse(m.group(2))));
      }
      Identifier id = bare(s);
      return id == null ? Optional.empty() : Optional.of(SubjectReference.of(id));
    } catch (IllegalArgumentException | BarrierException e) {
      return Optional.empty();
    }
  }

  private static Identifier bare(String s) {
    String digits = s.replaceAll("[ ./-]", "");
    if (!digits.matches("[0-9]+")) {
      return null;
    }
    if (digits.length() == 10 && digits.charAt(0) >= '2' && digits.charAt(0) <= '8') {
      return BeEstablishmentUnitNumber.parse(digits);
    }
    if (digits.length() == 10) {
      return BeEnterpriseNumber.parse(digits);
    }
    if (digits.length() == 12) {
      return NlEstablishmentNumber.parse(digits);
    }
    if (digits.length() == 8) {
      return NlKvkNumber.parse(digits);
    }
    return null;
  }

  private record Problem(RegistersError error, String detail) {}

  private static Observation observation(String subject, String kind, String indicator, String observedOn,
      String observedUntil, String source, String grading, String scheme, String evidence,
      java.util.function.Consumer<Problem> problems) {
    SubjectReference ref = subject(subject).orElse(null);
    if (ref == null && kind != null && subject != null) {
      Optional<SubjectKind> k = BarrierJson.enumFromId(SubjectKind.class, kind);
      try {
        ref = k.isPresent() ? SubjectReference.of(k.get(), subject) : null;
      } catch (IllegalArgumentException e) {
        ref = null;
      }
    }
    boolean ok = true;
    if (ref == null) {
      problems.accept(new Problem(RegistersError.OBSERVATIONS_SUBJECT,
          "subject must be an identifier in a written form or a subject key such as be-establishment:<10 digits>"));
      ok = false;
    } else if (kind != null && !BarrierJson.enumId(ref.kind()).equals(kind)) {
      problems.accept(new Problem(RegistersError.OBSERVATIONS_ROW, "kind does not match the subject's identifier"));
      ok = false;
    }
    if (indicator == null || indicator.length() > 64 || !INDICATOR.matcher(indicator).matches()) {
      problems.accept(new Problem(RegistersError.OBSERVATIONS_ROW, "indicator must be an id such as ADM-01"));
      ok = false;
    }
    LocalDate from = date(observedOn);
    LocalDate to = observedUntil == null ? from : date(observedUntil);
    if (from == null || to == null || to.isBefore(from)) {
      problems.accept(new Problem(RegistersError.OBSERVATIONS_ROW,
          "observedOn (and observedUntil, not before it) must be dates YYYY-MM-DD"));
      ok = false;
    }
    Optional<Agency> agency = source == null ? Optional.empty() : BarrierJson.enumFromId(Agency.class, source);
    if (agency.isEmpty()) {
      problems.accept(new Problem(RegistersError.OBSERVATIONS_ROW, "source must be an agency id such as permit-desk"));
      ok = false;
    }
    Grading g = null;
    if (grading != null && !grading.isEmpty()) {
      g = grading(grading, scheme);
      if (g == null) {
        problems.accept(new Problem(RegistersError.OBSERVATIONS_ROW,
            "grading must be valid in its scheme (europol-4x4 by default), for example B2"));
        ok = false;
      }
    } else if (scheme != null) {
      problems.accept(new Problem(RegistersError.OBSERVATIONS_ROW, "gradingScheme needs a grading"));
      ok = false;
    }
    if (!ok) {
      return null;
    }
    return new Observation(indicator, ref, ObservedPeriod.of(from, to), agency.get(), g, evidence, null);
  }

  private static Grading grading(String text, String schemeId) {
    GradingScheme scheme = schemeId == null ? GradingScheme.EUROPOL_4X4
        : BarrierJson.enumFromId(GradingScheme.class, schemeId).orElse(null);
    if (scheme == null) {
      return null;
    }
    String[] parts = text.strip().split(" ");
    if (parts.length > 2 || parts[0].length() != 2) {
      return null;
    }
    try {
      return Grading.of(scheme, parts[0].substring(0, 1), parts[0].substring(1), parts.length == 2 ? parts[1] : null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static LocalDate date(String text) {
    if (text == null || !text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(JsonNode n, String name) {
    JsonNode v = n == null ? null : n.get(name);
    return v != null && v.isString() ? v.asString() : null;
  }

  private static RegisterFormatException fail(List<RegisterProblem> problems) {
    return new RegisterFormatException(problems, null);
  }

  /** Keeps the caller's stream open when the CSV reader closes. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller closes
    }
  }
}
