package eu.barrier.transparency;

import eu.barrier.core.address.Country;
import eu.barrier.indicators.catalogue.CatalogueLint;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.catalogue.LintFinding;
import eu.barrier.indicators.catalogue.LintReport;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningException;
import eu.barrier.screening.decision.LegalGround;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A screening as a municipality deploys it, described for accountability: the catalogues and the
 * model that score (the very objects a {@link Screening} is built from), the organisation and its
 * contact, optionally the jurisdiction profile and the evaluation, and the date of the documents.
 * {@link Transparency#generate(Deployment)} turns it into the register record, the prefill files
 * and the model card.
 *
 * <p>{@link Builder#build()} checks everything at once and throws one {@link TransparencyException}
 * listing every problem: each catalogue is linted here ({@link CatalogueLint}), whatever its origin,
 * so a catalogue with lint errors, such as a protected characteristic in a scoring catalogue, never
 * gets documents that describe it as checked ({@link TransparencyError#CATALOGUE_LINT}); the
 * catalogues and the model must form a screening ({@link TransparencyError#SCREENING_REFUSED}).
 *
 * <p>Immutable and thread-safe. {@link #toString()} names the catalogues and model, never the
 * contact.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Deployment {

  /** The profile ids this library knows today, with the legal ground each stands for. */
  private static final Map<String, LegalGround> PROFILES = Map.of(
      "be-2024", LegalGround.BE_INTEGRITY_SCREENING_2024,
      "nl-bibob", LegalGround.NL_BIBOB);

  private final List<HashedCatalogue> catalogues;
  private final List<LintReport> lint;
  private final Screening screening;
  private final String organisation;
  private final String contact;
  private final Optional<String> profile;
  private final Optional<EvaluationMetrics> evaluation;
  private final LocalDate date;
  private final RegisterStatus status;
  private final PublicationCategory publicationCategory;

  private Deployment(Builder b, List<LintReport> lint, Screening screening) {
    this.catalogues = List.copyOf(b.catalogues);
    this.lint = List.copyOf(lint);
    this.screening = screening;
    this.organisation = b.organisation.strip();
    this.contact = b.contact.strip();
    this.profile = Optional.ofNullable(b.profile);
    this.evaluation = Optional.ofNullable(b.evaluation);
    this.date = b.date;
    this.status = b.status;
    this.publicationCategory = b.publicationCategory;
  }

  /**
   * Starts a description.
   *
   * @return a builder; the model defaults to {@code weighted}, the status to {@link
   *     RegisterStatus#IN_DEVELOPMENT}, the publication category to {@link
   *     PublicationCategory#IMPACTFUL}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the profile ids {@link Builder#profile(String)} accepts.
   *
   * @return {@code be-2024} and {@code nl-bibob}, sorted
   */
  public static List<String> profiles() {
    return PROFILES.keySet().stream().sorted().toList();
  }

  /**
   * Returns the catalogues, in screening order.
   *
   * @return an unmodifiable list
   */
  public List<HashedCatalogue> catalogues() {
    return catalogues;
  }

  /**
   * Returns the lint report of each catalogue, in catalogue order; none has errors.
   *
   * @return an unmodifiable list
   */
  public List<LintReport> lint() {
    return lint;
  }

  /**
   * Returns the screening built from the catalogues and the model.
   *
   * @return the screening
   */
  public Screening screening() {
    return screening;
  }

  /**
   * Returns the organisation's name.
   *
   * @return the name, stripped
   */
  public String organisation() {
    return organisation;
  }

  /**
   * Returns the contact for questions about the algorithm and its outcomes.
   *
   * @return an e-mail address or an https URL
   */
  public String contact() {
    return contact;
  }

  /**
   * Returns the jurisdiction profile id, if one was given.
   *
   * @return {@code be-2024}, {@code nl-bibob} or empty
   */
  public Optional<String> profile() {
    return profile;
  }

  /**
   * Returns the legal ground of the profile, if one was given: what {@code
   * eu.barrier.screening.decision} knows of the legal frame today.
   *
   * @return the legal ground, or empty
   */
  public Optional<LegalGround> legalGround() {
    return profile.map(PROFILES::get);
  }

  /**
   * Returns the country of the profile, if one was given.
   *
   * @return {@code BE} for {@code be-2024}, {@code NL} for {@code nl-bibob}, or empty
   */
  public Optional<Country> country() {
    return legalGround().map(g -> g == LegalGround.NL_BIBOB ? Country.NL : Country.BE);
  }

  /**
   * Returns the evaluation, if one was given; it scores at least one of the catalogues.
   *
   * @return the evaluation, or empty
   */
  public Optional<EvaluationMetrics> evaluation() {
    return evaluation;
  }

  /**
   * Returns the date of the documents.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the register status.
   *
   * @return the status
   */
  public RegisterStatus status() {
    return status;
  }

  /**
   * Returns the publication category.
   *
   * @return the category
   */
  public PublicationCategory publicationCategory() {
    return publicationCategory;
  }

  /**
   * Returns the catalogues, the model and the profile; never the contact.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Deployment[" + screening.modelId() + ", " + catalogues.stream().map(c -> c.catalogue().reference()).toList()
        + profile.map(p -> ", profile " + p).orElse("") + "]";
  }

  /** Collects a description; {@link #build()} checks it. One builder per thread. */
  public static final class Builder {

    private final List<HashedCatalogue> catalogues = new ArrayList<>();
    private String model = "weighted";
    private String organisation;
    private String contact;
    private String profile;
    private EvaluationMetrics evaluation;
    private LocalDate date;
    private RegisterStatus status = RegisterStatus.IN_DEVELOPMENT;
    private PublicationCategory publicationCategory = PublicationCategory.IMPACTFUL;

    private Builder() {}

    /**
     * Adds a catalogue, as the screening uses it.
     *
     * @param catalogue the catalogue with the SHA-256 of its document
     * @return this builder
     */
    public Builder catalogue(HashedCatalogue catalogue) {
      catalogues.add(Objects.requireNonNull(catalogue, "catalogue"));
      return this;
    }

    /**
     * Adds catalogues in order.
     *
     * @param list the catalogues
     * @return this builder
     */
    public Builder catalogues(List<HashedCatalogue> list) {
      list.forEach(this::catalogue);
      return this;
    }

    /**
     * Sets the risk model id; default {@code weighted}.
     *
     * @param id a model id
     * @return this builder
     */
    public Builder model(String id) {
      this.model = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the organisation that deploys the screening, as the register names it (for example
     * {@code Gemeente Voorbeeld}).
     *
     * @param name the name
     * @return this builder
     */
    public Builder organisation(String name) {
      this.organisation = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets where people ask about the algorithm and its outcomes: a general e-mail address or an
     * https URL, never a person's own address.
     *
     * @param contact the e-mail address or URL
     * @return this builder
     */
    public Builder contact(String contact) {
      this.contact = Objects.requireNonNull(contact, "contact");
      return this;
    }

    /**
     * Sets the jurisdiction profile: {@code be-2024} (Belgian integrity screening, law of 15
     * January 2024) or {@code nl-bibob} (Wet Bibob).
     *
     * @param id the profile id
     * @return this builder
     */
    public Builder profile(String id) {
      this.profile = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the evaluation of the catalogues, as {@code barrier evaluate} wrote it.
     *
     * @param metrics the metrics
     * @return this builder
     */
    public Builder evaluation(EvaluationMetrics metrics) {
      this.evaluation = Objects.requireNonNull(metrics, "metrics");
      return this;
    }

    /**
     * Sets the date of the documents; required. The library reads no clock, so the same
     * description gives the same bytes.
     *
     * @param date the date
     * @return this builder
     */
    public Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Sets the register status; default {@link RegisterStatus#IN_DEVELOPMENT}.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(RegisterStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets the publication category; default {@link PublicationCategory#IMPACTFUL}.
     *
     * @param category the category
     * @return this builder
     */
    public Builder publicationCategory(PublicationCategory category) {
      this.publicationCategory = Objects.requireNonNull(category, "category");
      return this;
    }

    /**
     * Checks the description.
     *
     * @return the deployment
     * @throws TransparencyException listing every problem: {@link TransparencyError#CATALOGUE_LINT}
     *     (path {@code catalogue ID@VERSION POINTER [LINT-CODE]}), {@link
     *     TransparencyError#SCREENING_REFUSED}, {@link TransparencyError#ORGANISATION}, {@link
     *     TransparencyError#CONTACT}, {@link TransparencyError#PROFILE_UNKNOWN}, {@link
     *     TransparencyError#EVALUATION_MISMATCH}
     * @throws IllegalStateException if no date was set
     */
    public Deployment build() {
      if (date == null) {
        throw new IllegalStateException("a deployment needs a date");
      }
      List<Finding> findings = new ArrayList<>();
      List<LintReport> reports = new ArrayList<>();
      for (HashedCatalogue c : catalogues) {
        LintReport report = CatalogueLint.check(c.catalogue());
        reports.add(report);
        for (LintFinding f : report.errors()) {
          findings.add(new Finding("catalogue " + c.catalogue().reference() + " " + f.path() + " [" + f.code().code()
              + "]", TransparencyError.CATALOGUE_LINT));
        }
      }
      Screening screening = null;
      if (catalogues.isEmpty()) {
        findings.add(new Finding("catalogues", TransparencyError.SCREENING_REFUSED));
      } else if (findings.isEmpty()) {
        try {
          screening = Screening.builder().catalogues(catalogues).model(model).build();
        } catch (ScreeningException e) {
          e.problems().forEach(p -> findings.add(new Finding(p.where() + " [" + p.error().code() + "]",
              TransparencyError.SCREENING_REFUSED)));
        }
      }
      if (organisation == null || !plainName(organisation.strip())) {
        findings.add(new Finding("organisation", TransparencyError.ORGANISATION));
      }
      if (contact == null || contact.strip().length() > 500 || !Links.isContact(contact.strip())) {
        findings.add(new Finding("contact", TransparencyError.CONTACT));
      }
      if (profile != null && !PROFILES.containsKey(profile)) {
        findings.add(new Finding("profile", TransparencyError.PROFILE_UNKNOWN));
      }
      if (evaluation != null && screening != null && !evaluationMatches(screening)) {
        findings.add(new Finding("evaluation", TransparencyError.EVALUATION_MISMATCH));
      }
      if (!findings.isEmpty()) {
        throw new TransparencyException(findings);
      }
      return new Deployment(this, reports, screening);
    }

    private boolean evaluationMatches(Screening screening) {
      for (EvaluationMetrics.Scorer s : evaluation.scorers()) {
        for (HashedCatalogue c : catalogues) {
          if (s.catalogueSha256().equals(c.sha256()) && s.modelId().equals(screening.modelId())) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean plainName(String name) {
      int length = name.codePointCount(0, name.length());
      return length >= 1 && length <= 100 && name.codePoints().noneMatch(c -> c < ' ' || c == '<' || c == '>'
          || c == '&' || c == 0x7f);
    }
  }
}
