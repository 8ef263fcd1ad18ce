package eu.barrier.workbench.evaluation;

import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.indicators.scoring.EmbeddedSubjects;
import eu.barrier.indicators.scoring.Subject;
import eu.barrier.workbench.evaluation.internal.JsonText;
import eu.barrier.workbench.evaluation.internal.LabelledDocument;
import eu.barrier.workbench.evaluation.internal.LabelledInputSubject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

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
 * <p>Reading is strict like {@link eu.barrier.indicators.scoring.AssessInput}, with its rules
 * ({@link eu.barrier.indicators.scoring.EmbeddedSubjects}): unknown or duplicate
 * fields, trailing data, bad names, gradings or periods and duplicate subject ids are all reported
 * at once, with their JSON Pointers, in one {@link LabelledInputException}. Limits: {@value
 * #MAX_DOCUMENT_BYTES} bytes and {@value #MAX_TOKENS} tokens. Writing gives the same bytes for the
 * same subjects: one subject per line, fields in the order above. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class LabelledInput {

  /** Largest accepted document, in bytes (512 MiB). */
  public static final int MAX_DOCUMENT_BYTES = 512 * 1024 * 1024;

  /** Most JSON tokens in one document. */
  public static final long MAX_TOKENS = 100_000_000L;

  private static final Boundary BOUNDARY = EmbeddedSubjects.boundary(MAX_DOCUMENT_BYTES, MAX_TOKENS);

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
    EmbeddedSubjects reader = new EmbeddedSubjects();
    if (!result.isValid()) {
      reader.addViolations(result.violations());
      throw invalid(reader);
    }
    LabelledDocument document = result.value();
    List<LabelledSubject> subjects = new ArrayList<>(document.subjects().size());
    for (int s = 0; s < document.subjects().size(); s++) {
      LabelledInputSubject in = document.subjects().get(s);
      Optional<Subject> subject = reader.read(s, in.id(), in.kind(), in.observations());
      subject.ifPresent(value -> subjects.add(new LabelledSubject(value, in.label(), Optional.ofNullable(in.auditGroup()))));
    }
    if (!reader.problems().isEmpty()) {
      throw invalid(reader);
    }
    Map<String, String> provenance = document.provenance() == null ? Map.of() : document.provenance();
    return new LabelledData(subjects, new TreeMap<>(provenance));
  }

  private static LabelledInputException invalid(EmbeddedSubjects reader) {
    return new LabelledInputException(reader.firstCode(), reader.summary("labelled input"), reader.problems());
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
