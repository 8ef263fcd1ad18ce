package eu.barrier.indicators.evaluation;

import eu.barrier.core.CoreError;
import eu.barrier.core.ErrorCode;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonLimits;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.core.validation.Violation;
import eu.barrier.indicators.IndicatorsError;
import eu.barrier.indicators.evaluation.internal.JsonText;
import eu.barrier.indicators.evaluation.internal.LabelledDocument;
import eu.barrier.indicators.evaluation.internal.LabelledInputSubject;
import eu.barrier.indicators.internal.CatalogueNames;
import eu.barrier.indicators.internal.input.InputObservation;
import eu.barrier.indicators.scoring.AssessInputException;
import eu.barrier.indicators.scoring.Subject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads and writes the labelled input of {@code barrier evaluate}: the assess input document with
 * {@code "label": true|false} and an optional {@code "auditGroup"} per subject, and an optional
 * top-level {@code "provenance"} object of strings.
 *
 * <pre>{@code
 * {"provenance": {"generator": "barrier synth", "seed": "42"},
 *  "subjects": [{"id": "E-1", "kind": "establishment", "label": true, "auditGroup": "group-a",
 *    "observations": [{"indicator": "ADM-01", "observedOn": "2026-05-01", "source": "permit-desk"}]}]}
 * }</pre>
 *
 * <p>Reading is strict like {@link eu.barrier.indicators.scoring.AssessInput}: unknown or duplicate
 * fields, trailing data, bad names, gradings or periods and duplicate subject ids are all reported
 * at once, with their JSON Pointers, in one {@link LabelledInputException}. Limits: {@value
 * #MAX_DOCUMENT_BYTES} bytes and {@value #MAX_TOKENS} tokens. Writing gives the same bytes for the
 * same subjects: one subject per line, fields in the order above. Thread-safe.
 */
public final class LabelledInput {

  /** Largest accepted document, in bytes (512 MiB). */
  public static final int MAX_DOCUMENT_BYTES = 512 * 1024 * 1024;

  /** Most JSON tokens in one document. */
  public static final long MAX_TOKENS = 100_000_000L;

  private static final Boundary BOUNDARY = Boundary.create(BarrierJson.create(JsonLimits.defaults()
      .withMaxDocumentBytes(MAX_DOCUMENT_BYTES)
      .withMaxNestingDepth(16)
      .withMaxStringLength(4096)
      .withMaxTokenCount(MAX_TOKENS)));

  private LabelledInput() {}

  /**
   * Reads a labelled input document.
   *
   * @param json the document, UTF-8
   * @return the subjects in document order and the document's provenance
   * @throws LabelledInputException listing every problem
   * @throws NullPointerException if {@code json} is {@code null}
   */
  public static LabelledData read(byte[] json) {
    Objects.requireNonNull(json, "json");
    BoundaryResult<LabelledDocument> result = BOUNDARY.parse(json, LabelledDocument.class);
    if (!result.isValid()) {
      List<AssessInputException.Problem> problems = new ArrayList<>();
      for (Violation v : result.violations()) {
        problems.add(new AssessInputException.Problem(v.path(), v.code(), v.message()));
      }
      throw new LabelledInputException(codeOf(problems.get(0).code()), problems);
    }
    LabelledDocument document = result.value();
    List<AssessInputException.Problem> problems = new ArrayList<>();
    List<LabelledSubject> subjects = new ArrayList<>(document.subjects().size());
    Set<String> seen = new HashSet<>();
    for (int s = 0; s < document.subjects().size(); s++) {
      LabelledInputSubject in = document.subjects().get(s);
      String path = "/subjects/" + s;
      if (!seen.add(in.id())) {
        problems.add(problem(path + "/id", IndicatorsError.INPUT_DUPLICATE_SUBJECT, "subject ids are unique"));
      }
      SubjectKind kind = name(SubjectKind.class, in.kind(), path + "/kind", problems);
      SubjectReference reference = kind == null ? null : new SubjectReference(kind, in.id());
      List<Observation> observations = new ArrayList<>(in.observations().size());
      for (int o = 0; o < in.observations().size(); o++) {
        Observation observation = observation(in.observations().get(o), reference, path + "/observations/" + o,
            problems);
        if (observation != null) {
          observations.add(observation);
        }
      }
      if (reference != null) {
        subjects.add(new LabelledSubject(new Subject(reference, observations), in.label(),
            Optional.ofNullable(in.auditGroup())));
      }
    }
    if (!problems.isEmpty()) {
      throw new LabelledInputException(codeOf(problems.get(0).code()), problems);
    }
    Map<String, String> provenance = document.provenance() == null ? Map.of() : document.provenance();
    return new LabelledData(subjects, new TreeMap<>(provenance));
  }

  // the same rules, codes and messages as AssessInput
  private static Observation observation(InputObservation in, SubjectReference subject, String path,
      List<AssessInputException.Problem> problems) {
    int before = problems.size();
    Agency source = name(Agency.class, in.source(), path + "/source", problems);
    Grading grading = null;
    if (in.grading() == null) {
      if (in.gradingScheme() != null) {
        problems.add(problem(path + "/gradingScheme", IndicatorsError.INPUT_BAD_GRADING,
            "gradingScheme is given only together with grading"));
      }
    } else {
      GradingScheme scheme = in.gradingScheme() == null ? GradingScheme.EUROPOL_4X4
          : name(GradingScheme.class, in.gradingScheme(), path + "/gradingScheme", problems);
      if (scheme != null) {
        String codes = in.grading();
        String handling = codes.length() > 2 ? codes.substring(3) : null;
        if (!scheme.isValid(codes.substring(0, 1), codes.substring(1, 2), handling)) {
          problems.add(problem(path + "/grading", IndicatorsError.INPUT_BAD_GRADING,
              "grading must be a valid combination of codes in scheme " + CatalogueNames.name(scheme)));
        } else {
          grading = Grading.of(scheme, codes.substring(0, 1), codes.substring(1, 2), handling);
        }
      }
    }
    LocalDate until = in.observedUntil() == null ? in.observedOn() : in.observedUntil();
    if (until.isBefore(in.observedOn())) {
      problems.add(problem(path + "/observedUntil", IndicatorsError.INPUT_PERIOD_ORDER,
          "observedUntil is not before observedOn"));
    }
    if (problems.size() != before || subject == null) {
      return null;
    }
    return new Observation(in.indicator(), subject, ObservedPeriod.of(in.observedOn(), until), source, grading,
        in.evidence(), null);
  }

  private static <E extends Enum<E>> E name(Class<E> type, String name, String path,
      List<AssessInputException.Problem> problems) {
    try {
      return CatalogueNames.fromName(type, name);
    } catch (IllegalArgumentException e) {
      String allowed = Arrays.stream(type.getEnumConstants()).map(CatalogueNames::name)
          .collect(Collectors.joining(", "));
      problems.add(problem(path, IndicatorsError.INPUT_UNKNOWN_NAME, "must be one of: " + allowed));
      return null;
    }
  }

  private static AssessInputException.Problem problem(String path, IndicatorsError error, String message) {
    return new AssessInputException.Problem(path, error.code(), message);
  }

  private static ErrorCode codeOf(String code) {
    for (IndicatorsError e : IndicatorsError.values()) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    for (CoreError e : CoreError.values()) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    return CoreError.BOUNDARY_CONSTRAINT_VIOLATED;
  }

  /**
   * Writes a labelled input document, one subject per line; the notes of observations are not
   * part of the format and are left out.
   *
   * @param data the subjects and provenance
   * @param out where to write, UTF-8; flushed, not closed
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is {@code null}
   */
  public static void write(LabelledData data, OutputStream out) throws IOException {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(4096);
    sb.append('{');
    if (!data.provenance().isEmpty()) {
      JsonText.name(sb, "provenance").append('{');
      boolean first = true;
      for (Map.Entry<String, String> e : data.provenance().entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        JsonText.name(sb, e.getKey());
        JsonText.string(sb, e.getValue());
      }
      sb.append("},\n");
    }
    JsonText.name(sb, "subjects").append("[\n");
    List<LabelledSubject> subjects = data.subjects();
    for (int i = 0; i < subjects.size(); i++) {
      LabelledSubject s = subjects.get(i);
      subject(sb, s.subject(), Optional.of(s.label()), s.auditGroup());
      sb.append(i == subjects.size() - 1 ? "\n" : ",\n");
      if (sb.length() > 1 << 16) {
        writer.append(sb);
        sb.setLength(0);
      }
    }
    sb.append("]}\n");
    writer.append(sb);
    writer.flush();
  }

  /**
   * Writes subjects in the plain assess input format of {@code barrier assess}, without labels:
   * {@code {"subjects": [...]}}, one subject per line.
   *
   * @param subjects the subjects
   * @param out where to write, UTF-8; flushed, not closed
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is {@code null}
   */
  public static void writeAssessInput(List<Subject> subjects, OutputStream out) throws IOException {
    Objects.requireNonNull(subjects, "subjects");
    Writer writer = new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(4096);
    sb.append('{');
    JsonText.name(sb, "subjects").append("[\n");
    for (int i = 0; i < subjects.size(); i++) {
      subject(sb, subjects.get(i), Optional.empty(), Optional.empty());
      sb.append(i == subjects.size() - 1 ? "\n" : ",\n");
      if (sb.length() > 1 << 16) {
        writer.append(sb);
        sb.setLength(0);
      }
    }
    sb.append("]}\n");
    writer.append(sb);
    writer.flush();
  }

  /**
   * Appends one subject in the assess input format, with label and audit group if given. Used by
   * the synthetic data writers too.
   *
   * @param sb where to append
   * @param subject the subject
   * @param label the label, or empty for the plain assess input format
   * @param auditGroup the audit group, or empty
   */
  static void subject(StringBuilder sb, Subject subject, Optional<Boolean> label, Optional<String> auditGroup) {
    sb.append('{');
    JsonText.name(sb, "id");
    JsonText.string(sb, subject.reference().key()).append(',');
    JsonText.name(sb, "kind");
    JsonText.string(sb, BarrierJson.enumId(subject.reference().kind()));
    if (label.isPresent()) {
      sb.append(',');
      JsonText.name(sb, "label").append(label.get());
    }
    if (auditGroup.isPresent()) {
      sb.append(',');
      JsonText.name(sb, "auditGroup");
      JsonText.string(sb, auditGroup.get());
    }
    sb.append(',');
    JsonText.name(sb, "observations").append('[');
    List<Observation> observations = subject.observations();
    for (int o = 0; o < observations.size(); o++) {
      Observation obs = observations.get(o);
      if (o > 0) {
        sb.append(',');
      }
      sb.append('{');
      JsonText.name(sb, "indicator");
      JsonText.string(sb, obs.indicatorId()).append(',');
      JsonText.name(sb, "observedOn");
      JsonText.string(sb, obs.period().from().toString());
      if (!obs.period().to().equals(obs.period().from())) {
        sb.append(',');
        JsonText.name(sb, "observedUntil");
        JsonText.string(sb, obs.period().to().toString());
      }
      sb.append(',');
      JsonText.name(sb, "source");
      JsonText.string(sb, BarrierJson.enumId(obs.source()));
      Grading g = obs.grading();
      if (g != null) {
        sb.append(',');
        JsonText.name(sb, "grading");
        JsonText.string(sb, g.source() + g.information() + (g.handling() == null ? "" : " " + g.handling()));
        if (g.scheme() != GradingScheme.EUROPOL_4X4) {
          sb.append(',');
          JsonText.name(sb, "gradingScheme");
          JsonText.string(sb, BarrierJson.enumId(g.scheme()));
        }
      }
      if (obs.evidenceReference() != null) {
        sb.append(',');
        JsonText.name(sb, "evidence");
        JsonText.string(sb, obs.evidenceReference());
      }
      sb.append('}');
    }
    sb.append("]}");
  }
}
