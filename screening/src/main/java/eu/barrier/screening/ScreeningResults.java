package eu.barrier.screening;

import eu.barrier.core.Language;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonLimits;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.core.validation.Violation;
import eu.barrier.indicators.catalogue.Category;
import eu.barrier.indicators.catalogue.LocalizedText;
import eu.barrier.indicators.catalogue.SemanticVersion;
import eu.barrier.indicators.catalogue.Strength;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.AssessmentProvenance;
import eu.barrier.indicators.scoring.Contribution;
import eu.barrier.indicators.scoring.ContributionKind;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.screening.ResultsDocument.AssessmentDoc;
import eu.barrier.screening.ResultsDocument.CatalogueDoc;
import eu.barrier.screening.ResultsDocument.CatalogueRefDoc;
import eu.barrier.screening.ResultsDocument.ContributionDoc;
import eu.barrier.screening.ResultsDocument.EntryDoc;
import eu.barrier.screening.ResultsDocument.Head;
import eu.barrier.screening.ResultsDocument.LabelDoc;
import eu.barrier.screening.ResultsDocument.ModelDoc;
import eu.barrier.screening.ResultsDocument.ModelParametersDoc;
import eu.barrier.screening.ResultsDocument.ProvenanceDoc;
import eu.barrier.screening.ResultsDocument.ReasonDoc;
import eu.barrier.screening.ResultsDocument.SourceDoc;
import eu.barrier.screening.ResultsDocument.SummaryDoc;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Writes and reads the results document of a screening, format {@value #FORMAT}: the published,
 * versioned form of a {@link ScreeningResult} that a case system stores and shows again later.
 * Its JSON Schema is {@value #SCHEMA_RESOURCE} (also {@code docs/schemas/}); {@code
 * docs/screening.md} describes every field.
 *
 * <p>Writing is deterministic: the same result and language give the same bytes, one
 * establishment per line, streamed (a result is never copied whole into a second form). The
 * explanations are written in the chosen language for human readers; everything else is language
 * neutral, and every indicator label is written in Dutch, French and English.
 *
 * <p>Reading is strict and gives an equal {@link ScreeningResult}: unknown or duplicate fields,
 * trailing data and values outside the format are refused, and so is a document whose parts
 * disagree (a level that is not the highest of its assessments, contributions that do not add up
 * to a score, counts smaller than the establishments kept, a ranking out of order, an
 * establishment whose {@code sha256} does not match its entry). Every problem is reported at once
 * in one {@link ScreeningException}, with its JSON Pointer and never a value. Limits: {@value
 * #MAX_DOCUMENT_BYTES} bytes and {@value #MAX_TOKENS} JSON tokens. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ScreeningResults {

  /** The format tag of version 1. */
  public static final String FORMAT = "barrier.screening-results/1";

  /** Resource name of the JSON Schema of format version 1. */
  public static final String SCHEMA_RESOURCE = "/eu/barrier/screening/schema/screening-results-v1.schema.json";

  /** Largest accepted document, in bytes (512 MiB). */
  public static final long MAX_DOCUMENT_BYTES = 512L * 1024 * 1024;

  /** Most JSON tokens in one document. */
  public static final long MAX_TOKENS = 200_000_000L;

  /** The rule that combines catalogues, named in every document. */
  static final String COMBINING = "highest-level/1";

  private static final BarrierJson JSON = BarrierJson.create(JsonLimits.defaults()
      .withMaxDocumentBytes(MAX_DOCUMENT_BYTES)
      .withMaxNestingDepth(16)
      .withMaxStringLength(8192)
      .withMaxTokenCount(MAX_TOKENS));
  private static final Boundary BOUNDARY = Boundary.create(JSON);
  private static final byte[] NEWLINE = {'\n'};
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScreeningResults() {}

  /**
   * Opens the JSON Schema of the results document ({@link #SCHEMA_RESOURCE}); works on the module
   * path.
   *
   * @return a new stream; the caller closes it
   */
  public static InputStream openSchema() {
    InputStream in = ScreeningResults.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("screening results schema resource is missing");
    }
    return in;
  }

  /**
   * Writes a result as a results document.
   *
   * @param result the result
   * @param language the language of the explanations
   * @param out where to write, UTF-8; flushed, not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an assessment has ILO dimensions (screenings never do)
   */
  public static void write(ScreeningResult result, Language language, OutputStream out) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(out, "out");
    List<ScreenedEstablishment> list = result.establishments();
    writeDocument(result, language, list.size(),
        i -> JSON.write(entry(list.get(i), Optional.of(language), list.get(i).sha256())), out);
  }

  /**
   * One establishment's entry as {@link #write} writes it (a line of the document, without its line
   * break and separating comma) and the SHA-256 that names it ({@link ScreenedEstablishment#sha256()}),
   * made together so that the hash is computed once. With {@link #write(ScreeningResult, Language,
   * List, OutputStream)}, entries let results screened apart (on a cluster, in several processes) be
   * written as one document without reading them back. Immutable.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Entry {
    private final byte[] bytes;
    private final String sha256;

    private Entry(byte[] bytes, String sha256) {
      this.bytes = bytes;
      this.sha256 = sha256;
    }

    /**
     * Returns the entry's UTF-8 bytes.
     *
     * @return a copy of the bytes
     */
    public byte[] bytes() {
      return bytes.clone();
    }

    /**
     * Returns the SHA-256 of the entry written without explanations, as {@link
     * ScreenedEstablishment#sha256()} gives it.
     *
     * @return 64 lower-case hexadecimal digits
     */
    public String sha256() {
      return sha256;
    }

    /**
     * Returns the entry's size and hash; never its content.
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "ScreeningResults.Entry[" + bytes.length + " bytes, sha256=" + sha256 + "]";
    }
  }

  /**
   * Returns one establishment's entry as {@link #write} writes it, with its SHA-256.
   *
   * @param establishment the establishment
   * @param language the language of the explanations
   * @return the entry
   * @throws IllegalArgumentException if an assessment has ILO dimensions (screenings never do)
   */
  public static Entry entry(ScreenedEstablishment establishment, Language language) {
    Objects.requireNonNull(establishment, "establishment");
    Objects.requireNonNull(language, "language");
    String sha256 = establishment.sha256();
    return new Entry(JSON.write(entry(establishment, Optional.of(language), sha256)), sha256);
  }

  /**
   * Writes a results document from a summary and entries written apart: the bytes are those {@link
   * #write(ScreeningResult, Language, OutputStream)} writes for the summary with the entries'
   * establishments, when each entry comes from {@link #entry} in the same language and the
   * entries are in the screening's ranking ({@link Screening#rankKey}). The entries are copied as
   * they are, not read: pass only the {@link Entry#bytes()} of {@code entry}.
   *
   * @param summary the result without establishments: its counts, catalogues, date and source
   * @param language the language the entries were written in
   * @param entries the kept establishments' entries, in ranking order
   * @param out where to write, UTF-8; flushed, not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the summary holds establishments, or the counts of its kept
   *     levels are fewer than the entries
   */
  public static void write(ScreeningResult summary, Language language, List<byte[]> entries, OutputStream out)
      throws IOException {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(out, "out");
    if (!summary.establishments().isEmpty()) {
      throw new IllegalArgumentException("the summary must hold no establishments");
    }
    long kept = 0;
    for (Outcome level : Outcome.values()) {
      if (level.rank() >= summary.keptFrom().rank()) {
        kept += summary.count(level);
      }
    }
    if (entries.size() > kept) {
      throw new IllegalArgumentException("more entries than the summary counts at the kept levels");
    }
    writeDocument(summary, language, entries.size(), entries::get, out);
  }

  private static void writeDocument(ScreeningResult result, Language language, int size,
      IntFunction<byte[]> entry, OutputStream out) throws IOException {
    byte[] head = JSON.write(head(result, language));
    out.write(head, 0, head.length - 1);
    out.write(",\"establishments\":[".getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < size; i++) {
      out.write(NEWLINE);
      out.write(entry.apply(i));
      if (i < size - 1) {
        out.write(',');
      }
    }
    out.write("\n]}\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /**
   * Returns a result as a results document.
   *
   * @param result the result
   * @param language the language of the explanations
   * @return the UTF-8 bytes
   */
  public static byte[] toBytes(ScreeningResult result, Language language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(result, language, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Reads a results document.
   *
   * @param document the UTF-8 bytes
   * @return the result, equal to the one written
   * @throws ScreeningException listing every problem: {@link ScreeningError#RESULTS_MALFORMED},
   *     {@link ScreeningError#RESULTS_VERSION}, {@link ScreeningError#RESULTS_INCONSISTENT} or
   *     {@link ScreeningError#RESULTS_HASH_MISMATCH}
   */
  public static ScreeningResult read(byte[] document) {
    Objects.requireNonNull(document, "document");
    BoundaryResult<Head> parsed = BOUNDARY.parse(document, Head.class);
    if (!parsed.isValid()) {
      List<ScreeningException.Problem> problems = new ArrayList<>();
      for (Violation v : parsed.violations()) {
        ScreeningError error = v.path().equals("/format") && startsLikeFormat(document)
            ? ScreeningError.RESULTS_VERSION : ScreeningError.RESULTS_MALFORMED;
        problems.add(new ScreeningException.Problem(pointer(v.path()), error));
      }
      throw new ScreeningException(problems);
    }
    return new Reader(parsed.value()).result();
  }

  private static boolean startsLikeFormat(byte[] document) {
    String start = new String(document, 0, Math.min(document.length, 200), StandardCharsets.UTF_8);
    return start.contains("\"barrier.screening-results/");
  }

  private static String pointer(String path) {
    return path.isEmpty() ? "/" : path;
  }

  static String sha256(ScreenedEstablishment e) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JSON.write(entry(e,
          Optional.empty(), null))));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", ex);
    }
  }

  // ---- writing ----

  private static Head head(ScreeningResult r, Language language) {
    List<CatalogueDoc> catalogues = new ArrayList<>();
    for (ScreeningResult.CatalogueUse c : r.catalogues()) {
      catalogues.add(new CatalogueDoc(c.id(), c.version().toString(), c.sha256(), c.parameters()));
    }
    SummaryDoc summary = new SummaryDoc(r.total(), r.count(Outcome.HIGH), r.count(Outcome.MEDIUM),
        r.count(Outcome.LOW), r.count(Outcome.NONE));
    SourceDoc source = r.source().map(s -> new SourceDoc(s.name(), s.sha256())).orElse(null);
    return new Head(FORMAT, ScreeningResult.NOTICE, r.demoLabel().isPresent(), r.demoLabel().orElse(null), r.asOf(),
        language.id(), r.libraryVersion(), source, new ModelDoc(r.modelId()), catalogues, COMBINING,
        r.keptFrom().id(), summary, null);
  }

  /**
   * An entry; with a language it carries its hash ({@code sha256}) and explanations, without it is
   * what is hashed ({@code sha256} then {@code null}).
   */
  private static EntryDoc entry(ScreenedEstablishment e, Optional<Language> language, String sha256) {
    List<ReasonDoc> reasons = new ArrayList<>();
    for (Reason r : e.reasons()) {
      reasons.add(new ReasonDoc(r.indicatorId(), r.catalogue(), new LabelDoc(r.label().in(Language.NL),
          r.label().in(Language.FR), r.label().in(Language.EN)), r.barrier().id(), points(r.milliPoints()),
          r.observations(), r.reportedBy(), r.couldAct()));
    }
    List<AssessmentDoc> assessments = new ArrayList<>();
    for (Assessment a : e.assessments()) {
      if (!a.dimensions().isEmpty()) {
        throw new IllegalArgumentException("screening results hold weighted assessments only");
      }
      List<ContributionDoc> contributions = new ArrayList<>();
      for (Contribution c : a.contributions()) {
        boolean indicator = c.kind() == ContributionKind.INDICATOR;
        contributions.add(new ContributionDoc(BarrierJson.enumId(c.kind()), c.indicatorId().orElse(null),
            c.category().id(), c.strength().map(Strength::id).orElse(null), indicator ? c.points() : null,
            indicator ? points(c.evidencePermille()) : null, indicator ? c.ageDays() : null,
            indicator ? NODES.numberNode(c.decay()) : null, indicator ? c.observations() : null, points(c.milliPoints())));
      }
      AssessmentProvenance p = a.provenance();
      assessments.add(new AssessmentDoc(a.outcome().id(), points(a.scoreMilli()), contributions, a.trace(),
          a.unknownIndicators(), a.ignoredObservations(), language.map(a::explanation).orElse(null),
          new ProvenanceDoc(new CatalogueRefDoc(p.catalogueId(), p.catalogueVersion().toString(), p.catalogueSha256()),
              new ModelParametersDoc(p.modelId(), new TreeMap<>(p.modelParameters())), p.libraryVersion(),
              p.asOf())));
    }
    return new EntryDoc(e.key(), e.sector(), e.level().id(), language.isPresent() ? sha256 : null,
        e.lastObserved().orElse(null), e.strongestGrading().orElse(null), reasons, e.notScored(), assessments);
  }

  /** Thousandths as an exact decimal without trailing zeros, never in exponent form. */
  private static JsonNode points(long milli) {
    return NODES.numberNode(new BigDecimal(BigDecimal.valueOf(milli, 3).stripTrailingZeros().toPlainString()));
  }

  // ---- reading ----

  /** Turns the bound document into a result, collecting every problem. Not thread-safe. */
  private static final class Reader {
    private final Head head;
    private final List<ScreeningException.Problem> problems = new ArrayList<>();

    Reader(Head head) {
      this.head = head;
    }

    private void problem(String where, ScreeningError error) {
      problems.add(new ScreeningException.Problem(where, error));
    }

    ScreeningResult result() {
      if (!head.format().equals(FORMAT)) {
        throw new ScreeningException(ScreeningError.RESULTS_VERSION, "/format");
      }
      List<ScreeningResult.CatalogueUse> catalogues = new ArrayList<>();
      for (int i = 0; i < head.catalogues().size(); i++) {
        CatalogueDoc c = head.catalogues().get(i);
        SemanticVersion version = version(c.version(), "/catalogues/" + i + "/version");
        if (version != null) {
          catalogues.add(new ScreeningResult.CatalogueUse(c.id(), version, c.sha256(), c.parameters()));
        }
      }
      if (!problems.isEmpty()) {
        throw new ScreeningException(problems);
      }
      if (head.demo() != (head.label() != null)) {
        problem("/label", ScreeningError.RESULTS_INCONSISTENT);
      }
      SummaryDoc s = head.summary();
      EnumMap<Outcome, Long> counts = new EnumMap<>(Outcome.class);
      counts.put(Outcome.HIGH, s.high());
      counts.put(Outcome.MEDIUM, s.medium());
      counts.put(Outcome.LOW, s.low());
      counts.put(Outcome.NONE, s.none());
      long sum = 0;
      for (Map.Entry<Outcome, Long> c : counts.entrySet()) {
        if (c.getValue() < 0) {
          problem("/summary/" + c.getKey().id(), ScreeningError.RESULTS_INCONSISTENT);
        }
        sum += c.getValue();
      }
      if (sum != s.establishments()) {
        problem("/summary/establishments", ScreeningError.RESULTS_INCONSISTENT);
      }
      List<EntryDoc> entries = head.establishments() == null ? List.of() : head.establishments();
      if (head.establishments() == null) {
        problem("/establishments", ScreeningError.RESULTS_MALFORMED);
      }
      List<ScreenedEstablishment> list = new ArrayList<>(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        ScreenedEstablishment e = entry(entries.get(i), "/establishments/" + i);
        if (e != null) {
          list.add(e);
        }
      }
      Comparator<ScreenedEstablishment> ranking = Screening.ranking(catalogues.get(0).reference());
      for (int i = 1; i < list.size() && problems.isEmpty(); i++) {
        if (ranking.compare(list.get(i - 1), list.get(i)) > 0) {
          problem("/establishments/" + i, ScreeningError.RESULTS_INCONSISTENT);
        }
      }
      if (!problems.isEmpty()) {
        throw new ScreeningException(problems);
      }
      Optional<ScreeningResult.Source> source = Optional.ofNullable(head.input())
          .map(in -> new ScreeningResult.Source(in.name(), in.sha256()));
      try {
        return new ScreeningResult(head.asOf(), head.model().id(), catalogues, Outcome.fromId(head.keptFrom()), counts,
            list, head.libraryVersion(), source, Optional.ofNullable(head.label()));
      } catch (IllegalArgumentException e) {
        throw new ScreeningException(ScreeningError.RESULTS_INCONSISTENT, "/summary", e);
      }
    }

    private ScreenedEstablishment entry(EntryDoc d, String at) {
      int before = problems.size();
      SubjectReference subject;
      try {
        subject = SubjectReference.of(SubjectKind.ESTABLISHMENT, d.subject());
      } catch (IllegalArgumentException e) {
        problem(at + "/subject", ScreeningError.RESULTS_MALFORMED);
        return null;
      }
      List<Reason> reasons = new ArrayList<>();
      for (int i = 0; i < d.reasons().size(); i++) {
        ReasonDoc r = d.reasons().get(i);
        String where = at + "/reasons/" + i;
        Category barrier = category(r.barrier(), where + "/barrier");
        Long milli = milli(r.points(), where + "/points");
        if (barrier != null && milli != null) {
          reasons.add(new Reason(r.indicator(), r.catalogue(), LocalizedText.of(r.label().nl(), r.label().fr(),
              r.label().en()), barrier, milli, r.observations(), r.reportedBy(), r.couldAct()));
        }
      }
      List<Assessment> assessments = new ArrayList<>();
      for (int i = 0; i < d.assessments().size(); i++) {
        Assessment a = assessment(d.assessments().get(i), subject, at + "/assessments/" + i);
        if (a != null) {
          assessments.add(a);
        }
      }
      if (problems.size() != before) {
        return null;
      }
      ScreenedEstablishment e;
      try {
        e = new ScreenedEstablishment(subject, d.sector(), Outcome.fromId(d.level()), assessments, reasons,
            d.notScored(), Optional.ofNullable(d.lastObserved()), Optional.ofNullable(d.strongestGrading()));
      } catch (IllegalArgumentException ex) {
        problem(at + "/level", ScreeningError.RESULTS_INCONSISTENT);
        return null;
      }
      if (d.sha256() == null) {
        problem(at + "/sha256", ScreeningError.RESULTS_MALFORMED);
        return null;
      }
      if (!d.sha256().equals(e.sha256())) {
        problem(at + "/sha256", ScreeningError.RESULTS_HASH_MISMATCH);
        return null;
      }
      return e;
    }

    private Assessment assessment(AssessmentDoc d, SubjectReference subject, String at) {
      int before = problems.size();
      Outcome outcome = null;
      try {
        outcome = Outcome.fromId(d.outcome());
      } catch (IllegalArgumentException e) {
        problem(at + "/outcome", ScreeningError.RESULTS_MALFORMED);
      }
      Long score = milli(d.score(), at + "/score");
      List<Contribution> contributions = new ArrayList<>();
      for (int i = 0; i < d.contributions().size(); i++) {
        Contribution c = contribution(d.contributions().get(i), at + "/contributions/" + i);
        if (c != null) {
          contributions.add(c);
        }
      }
      ProvenanceDoc p = d.provenance();
      SemanticVersion version = version(p.catalogue().version(), at + "/provenance/catalogue/version");
      if (problems.size() != before) {
        return null;
      }
      AssessmentProvenance provenance = new AssessmentProvenance(p.catalogue().id(), version,
          p.catalogue().sha256(), p.model().id(), p.model().parameters(), p.libraryVersion(), p.asOf());
      try {
        return new Assessment(subject, outcome, score, contributions, List.of(), d.trace(), d.unknownIndicators(),
            d.ignoredObservations(), provenance);
      } catch (IllegalArgumentException e) {
        problem(at + "/score", ScreeningError.RESULTS_INCONSISTENT);
        return null;
      }
    }

    private Contribution contribution(ContributionDoc d, String at) {
      int before = problems.size();
      ContributionKind kind = BarrierJson.enumFromId(ContributionKind.class, d.kind()).orElse(null);
      Category category = category(d.category(), at + "/category");
      Long value = milli(d.value(), at + "/value");
      if (kind == null) {
        problem(at + "/kind", ScreeningError.RESULTS_MALFORMED);
      }
      if (kind != ContributionKind.INDICATOR) {
        if (d.indicator() != null || d.strength() != null || d.points() != null || d.evidence() != null
            || d.ageDays() != null || d.decay() != null || d.observations() != null) {
          problem(at, ScreeningError.RESULTS_MALFORMED);
        }
        return problems.size() != before ? null
            : new Contribution(kind, Optional.empty(), category, Optional.empty(), 0, 1000, 0, 1.0, 0, value);
      }
      if (d.indicator() == null || d.strength() == null || d.points() == null || d.evidence() == null
          || d.ageDays() == null || d.decay() == null || d.observations() == null) {
        problem(at, ScreeningError.RESULTS_MALFORMED);
        return null;
      }
      Strength strength = null;
      try {
        strength = Strength.fromId(d.strength());
      } catch (IllegalArgumentException e) {
        problem(at + "/strength", ScreeningError.RESULTS_MALFORMED);
      }
      Long evidence = milli(d.evidence(), at + "/evidence");
      double decay = d.decay().isNumber() ? d.decay().doubleValue() : Double.NaN;
      if (Double.isNaN(decay) || decay < 0 || decay > 1) {
        problem(at + "/decay", ScreeningError.RESULTS_INCONSISTENT);
      }
      if (problems.size() != before) {
        return null;
      }
      return new Contribution(kind, Optional.of(d.indicator()), category, Optional.of(strength), d.points(),
          Math.toIntExact(evidence), d.ageDays(), decay, d.observations(), value);
    }

    private SemanticVersion version(String text, String where) {
      if (!SemanticVersion.isValid(text)) {
        problem(where, ScreeningError.RESULTS_MALFORMED);
        return null;
      }
      return SemanticVersion.parse(text);
    }

    private Category category(String id, String where) {
      try {
        return Category.fromId(id);
      } catch (IllegalArgumentException e) {
        problem(where, ScreeningError.RESULTS_MALFORMED);
        return null;
      }
    }

    /** A decimal with at most three decimals, as thousandths, within ±10^12 points. */
    private Long milli(JsonNode value, String where) {
      if (!value.isNumber()) {
        problem(where, ScreeningError.RESULTS_MALFORMED);
        return null;
      }
      try {
        BigDecimal m = value.decimalValue().movePointRight(3);
        if (m.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000_000L)) > 0) {
          throw new ArithmeticException("out of range");
        }
        return m.longValueExact();
      } catch (ArithmeticException e) {
        problem(where, ScreeningError.RESULTS_INCONSISTENT);
        return null;
      }
    }
  }
}
