package eu.barrier.indicators.catalogue;

import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.Language;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.indicators.IndicatorsError;
import eu.barrier.indicators.catalogue.ProtectedTerms.Group;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Checks a catalogue beyond its format and returns every finding.
 *
 * <p>Rules, each with its code:
 *
 * <ul>
 *   <li>{@code BARRIER-IND-0101} (error): indicator ids are unique.
 *   <li>{@code BARRIER-IND-0102} (error): the catalogue title and description and every indicator
 *       label exist in Dutch, French and English.
 *   <li>{@code BARRIER-IND-0103} (error): an indicator's {@code sources} name source documents of
 *       the catalogue, and its {@code related} references name existing indicators, in the same
 *       catalogue or in a built-in one.
 *   <li>{@code BARRIER-IND-0104} (error): a catalogue whose provenance is {@code verified} has no
 *       {@code provisional} strength.
 *   <li>{@code BARRIER-IND-0105} (error): an {@code automated-scoring} catalogue has no indicator
 *       whose basis is {@code personal-characteristic}.
 *   <li>{@code BARRIER-IND-0106} (error): in an {@code automated-scoring} catalogue, no indicator
 *       id, label or description mentions nationality, ethnicity or race, religion, language,
 *       country of birth or origin, or an obvious proxy (name-based signals, "source country",
 *       "foreign-sounding name", "speaks no Dutch"), in Dutch, French or English.
 *   <li>{@code BARRIER-IND-0107} (info): the one exception to 0106. A mention of religion or
 *       language in an indicator whose basis is {@code behaviour} and that carries a {@code
 *       protectedTermReview} note is accepted and reported: it describes the exploiter's conduct
 *       (for example the ILO indicator "abuse of cultural / religious beliefs"), not the subject.
 *       Nationality, ethnicity, origin and names can never be reviewed away.
 *   <li>{@code BARRIER-IND-0108} (error): a {@code person} catalogue uses ILO dimensions as
 *       categories; {@code establishment}, {@code organisation} and {@code address} catalogues use
 *       barriers. Person-level and business-level indicators are never mixed.
 *   <li>{@code BARRIER-IND-0109} (error): a child-protection catalogue is {@code reference-only}.
 *   <li>{@code BARRIER-IND-0110} (warning): a {@code protectedTermReview} note where no reviewable
 *       mention occurs.
 * </ul>
 *
 * <p>Strength names themselves are checked when loading. Lint is pure and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CatalogueLint {

  private CatalogueLint() {}

  /**
   * Checks a catalogue; related references to other catalogues resolve against the built-in ones.
   *
   * @param catalogue the catalogue
   * @return every finding, in document order
   * @throws NullPointerException if {@code catalogue} is {@code null}
   */
  public static LintReport check(Catalogue catalogue) {
    return check(catalogue, Catalogues::builtInDraft);
  }

  /**
   * Checks a catalogue, resolving related references to other catalogues with the given function.
   *
   * @param catalogue the catalogue
   * @param resolver returns the catalogue with a given id, or empty if unknown
   * @return every finding, in document order
   * @throws NullPointerException if an argument is {@code null}
   */
  public static LintReport check(Catalogue catalogue, Function<String, Optional<Catalogue>> resolver) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(resolver, "resolver");
    List<LintFinding> findings = new ArrayList<>();
    Run run = new Run(catalogue, resolver, findings);
    run.catalogueLevel();
    for (int i = 0; i < catalogue.indicators().size(); i++) {
      run.indicator(i, catalogue.indicators().get(i));
    }
    return new LintReport(catalogue.reference(), findings);
  }

  private static final class Run {
    private final Catalogue catalogue;
    private final Function<String, Optional<Catalogue>> resolver;
    private final List<LintFinding> findings;
    private final Set<String> seenIds = new HashSet<>();
    private final Set<String> ownIds;
    private final boolean scoring;

    Run(Catalogue catalogue, Function<String, Optional<Catalogue>> resolver, List<LintFinding> findings) {
      this.catalogue = catalogue;
      this.resolver = resolver;
      this.findings = findings;
      this.ownIds = catalogue.indicators().stream().map(Indicator::id).collect(Collectors.toSet());
      this.scoring = catalogue.purpose() == Purpose.AUTOMATED_SCORING;
    }

    void catalogueLevel() {
      languages(null, "/title", "title", catalogue.title());
      languages(null, "/description", "description", catalogue.description());
      if (catalogue.childProtection() && scoring) {
        add(null, Severity.ERROR, IndicatorsError.LINT_CHILD_PROTECTION_SCORING, "/purpose",
            "a child-protection catalogue must be reference-only");
      }
    }

    void indicator(int index, Indicator indicator) {
      String path = "/indicators/" + index;
      String id = indicator.id();
      if (!seenIds.add(id)) {
        add(id, Severity.ERROR, IndicatorsError.LINT_DUPLICATE_ID, path + "/id", "indicator id " + id + " is not unique");
      }
      languages(id, path + "/label", "label", indicator.label());
      for (int s = 0; s < indicator.sources().size(); s++) {
        String source = indicator.sources().get(s);
        if (catalogue.provenance().source(source).isEmpty()) {
          add(id, Severity.ERROR, IndicatorsError.LINT_UNRESOLVED_REFERENCE, path + "/sources/" + s,
              "source " + source + " is not listed in provenance.sources");
        }
      }
      for (int r = 0; r < indicator.related().size(); r++) {
        related(id, path + "/related/" + r, indicator.related().get(r));
      }
      if (indicator.strength() == Strength.PROVISIONAL
          && catalogue.provenance().verification() == Verification.VERIFIED) {
        add(id, Severity.ERROR, IndicatorsError.LINT_INVALID_STRENGTH, path + "/strength",
            "a provisional strength contradicts provenance.verification 'verified'");
      }
      boolean person = catalogue.subjectKind() == SubjectKind.PERSON;
      if (person != indicator.category().isIloDimension()) {
        add(id, Severity.ERROR, IndicatorsError.LINT_CATEGORY_MISMATCH, path + "/category", person
            ? "a person catalogue uses ILO dimensions (DR, CR, VR, EX, CD, VD) as categories"
            : "a " + BarrierJson.enumId(catalogue.subjectKind()) + " catalogue uses barriers as categories");
      }
      protectedCharacteristics(id, path, indicator);
    }

    private void protectedCharacteristics(String id, String path, Indicator indicator) {
      boolean reviewableFound = false;
      if (scoring) {
        if (indicator.basis() == Basis.PERSONAL_CHARACTERISTIC) {
          add(id, Severity.ERROR, IndicatorsError.LINT_PROTECTED_BASIS, path + "/basis",
              "an automated-scoring catalogue holds no indicator based on a personal characteristic");
        }
        Set<Group> reported = EnumSet.noneOf(Group.class);
        scan(id, path + "/id", id, indicator, reported);
        for (Map.Entry<Language, String> e : indicator.label().asMap().entrySet()) {
          scan(id, path + "/label/" + e.getKey().id(), e.getValue(), indicator, reported);
        }
        for (Map.Entry<Language, String> e : indicator.description().asMap().entrySet()) {
          scan(id, path + "/description/" + e.getKey().id(), e.getValue(), indicator, reported);
        }
        reviewableFound = reported.stream().anyMatch(Group::reviewable);
      }
      if (indicator.protectedTermReview().isPresent() && !reviewableFound) {
        add(id, Severity.WARNING, IndicatorsError.LINT_NEEDLESS_REVIEW, path + "/protectedTermReview",
            "a protected-term review note without a reviewable mention in an automated-scoring catalogue");
      }
    }

    private void scan(String id, String path, String text, Indicator indicator, Set<Group> reported) {
      for (Map.Entry<Group, String> hit : ProtectedTerms.find(text).entrySet()) {
        Group group = hit.getKey();
        if (!reported.add(group)) {
          continue;
        }
        boolean accepted = group.reviewable() && indicator.basis() == Basis.BEHAVIOUR
            && indicator.protectedTermReview().isPresent();
        if (accepted) {
          add(id, Severity.INFO, IndicatorsError.LINT_PROTECTED_TERM_REVIEWED, path,
              "reviewed mention of " + group.id() + " ('" + hit.getValue() + "') describes the exploiter's conduct");
        } else {
          add(id, Severity.ERROR, IndicatorsError.LINT_PROTECTED_TERM, path,
              "mentions " + group.id() + " ('" + hit.getValue() + "'), a protected characteristic or its proxy, "
                  + "in an automated-scoring catalogue" + (group.reviewable()
                      ? "; only a behaviour-based indicator with a protectedTermReview note may mention it"
                      : ""));
        }
      }
    }

    private void related(String id, String path, String reference) {
      int slash = reference.indexOf('/');
      String catalogueId = slash < 0 ? catalogue.id() : reference.substring(0, slash);
      String indicatorId = reference.substring(slash + 1);
      if (catalogueId.equals(catalogue.id())) {
        if (!ownIds.contains(indicatorId)) {
          add(id, Severity.ERROR, IndicatorsError.LINT_UNRESOLVED_REFERENCE, path,
              "related indicator " + indicatorId + " is not in this catalogue");
        }
        return;
      }
      Optional<Catalogue> other = resolver.apply(catalogueId);
      if (other.isEmpty()) {
        add(id, Severity.ERROR, IndicatorsError.LINT_UNRESOLVED_REFERENCE, path,
            "related catalogue " + catalogueId + " is unknown");
      } else if (other.get().indicator(indicatorId).isEmpty()) {
        add(id, Severity.ERROR, IndicatorsError.LINT_UNRESOLVED_REFERENCE, path,
            "related indicator " + indicatorId + " is not in catalogue " + catalogueId);
      }
    }

    private void languages(String id, String path, String what, LocalizedText text) {
      if (!text.isComplete()) {
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
          if (text.get(language).isEmpty()) {
            missing.add(language.id());
          }
        }
        add(id, Severity.ERROR, IndicatorsError.LINT_MISSING_LANGUAGE, path,
            what + " lacks " + String.join(", ", missing));
      }
    }

    private void add(String id, Severity severity, IndicatorsError code, String path, String message) {
      findings.add(new LintFinding(Optional.ofNullable(id), severity, code, path, message));
    }
  }
}
