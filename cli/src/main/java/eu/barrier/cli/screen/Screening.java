package eu.barrier.cli.screen;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.indicators.catalogue.Purpose;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.Contribution;
import eu.barrier.indicators.scoring.ContributionKind;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.indicators.scoring.RiskModel;
import eu.barrier.indicators.scoring.RiskModels;
import eu.barrier.indicators.scoring.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Screens establishments with business-level catalogues. Each catalogue is compiled once; an
 * establishment is assessed with every catalogue that applies to its sector (a catalogue applies
 * when at least one of its indicators does), each assessment seeing only the observations of that
 * catalogue's indicators. The level of the establishment is the highest level of its assessments,
 * its score the sum of their scores; establishments are ranked by level, then score, then key.
 *
 * <p>Only catalogues about establishments, meant for automated scoring and not child-protection
 * data are accepted: person-level ILO catalogues need an interview and are never mixed into a
 * business score (see {@link #check(HashedCatalogue)}).
 */
public final class Screening {

  /** The catalogue every default screening uses. */
  public static final String ADMIN_CATALOGUE = "barrier-admin";

  /** Agencies of the Netherlands only. */
  private static final Set<Agency> NL_ONLY = EnumSet.of(Agency.RIEC, Agency.NATIONAL_POLICE,
      Agency.ROYAL_MARECHAUSSEE, Agency.LABOUR_INSPECTION);

  /** Agencies of Belgium only. */
  private static final Set<Agency> BE_ONLY = EnumSet.of(Agency.ARIEC, Agency.FEDERAL_POLICE,
      Agency.SOCIAL_INSPECTION);

  private final List<RiskModel> models;
  private final Map<String, Integer> catalogueOfIndicator = new HashMap<>();
  private final Map<String, Indicator> indicators = new HashMap<>();

  private Screening(List<RiskModel> models) {
    this.models = List.copyOf(models);
    for (int c = 0; c < models.size(); c++) {
      for (Indicator indicator : models.get(c).catalogue().catalogue().indicators()) {
        if (catalogueOfIndicator.putIfAbsent(indicator.id(), c) == null) {
          indicators.put(indicator.id(), indicator);
        }
      }
    }
  }

  /**
   * Returns the default catalogues: {@value #ADMIN_CATALOGUE}, then every other built-in
   * catalogue about establishments that is meant for automated scoring and is not child-protection
   * data (the sector profiles), in id order.
   *
   * @return the catalogues
   */
  public static List<HashedCatalogue> defaultCatalogues() {
    List<HashedCatalogue> list = new ArrayList<>();
    list.add(Catalogues.hashedBuiltIn(ADMIN_CATALOGUE));
    for (String id : new TreeSet<>(Catalogues.builtInIds())) {
      Catalogue c = Catalogues.builtIn(id);
      if (!id.equals(ADMIN_CATALOGUE) && c.subjectKind() == SubjectKind.ESTABLISHMENT
          && c.purpose() == Purpose.AUTOMATED_SCORING && !c.childProtection()) {
        list.add(Catalogues.hashedBuiltIn(id));
      }
    }
    return list;
  }

  /**
   * Tells why a catalogue may not be used for screening, if it may not.
   *
   * @param catalogue the catalogue
   * @return the reason, or {@code null} if it may be used
   */
  public static String check(HashedCatalogue catalogue) {
    Catalogue c = catalogue.catalogue();
    if (c.childProtection()) {
      return "catalogue " + c.id() + " holds child-protection signals; they never feed a screening or an exchange";
    }
    if (c.subjectKind() != SubjectKind.ESTABLISHMENT) {
      return "catalogue " + c.id() + " is about a " + c.subjectKind().name().toLowerCase(java.util.Locale.ROOT)
          + ", not an establishment; person-level indicators need an interview and are never mixed into a business"
          + " screening";
    }
    if (c.purpose() != Purpose.AUTOMATED_SCORING) {
      return "catalogue " + c.id() + " is reference-only and never feeds a model";
    }
    return null;
  }

  /**
   * Compiles a model for each catalogue.
   *
   * @param modelId the model id
   * @param catalogues the catalogues, each passing {@link #check(HashedCatalogue)}
   * @return the screening
   * @throws IllegalArgumentException if a catalogue fails {@link #check(HashedCatalogue)}
   * @throws eu.barrier.indicators.scoring.ScoringException if the model refuses a catalogue
   */
  public static Screening compile(String modelId, List<HashedCatalogue> catalogues) {
    List<RiskModel> models = new ArrayList<>();
    for (HashedCatalogue c : catalogues) {
      String refusal = check(c);
      if (refusal != null) {
        throw new IllegalArgumentException(refusal);
      }
      models.add(RiskModels.compile(modelId, c));
    }
    return new Screening(models);
  }

  /**
   * Returns the compiled models, one per catalogue, in catalogue order.
   *
   * @return the models
   */
  public List<RiskModel> models() {
    return models;
  }

  /**
   * Screens establishments and ranks them.
   *
   * @param entries the establishments
   * @param asOf the reference date
   * @return the establishments, highest level first, then highest score, then key
   */
  public List<ScreenedEstablishment> screen(List<ScreenInput.Entry> entries, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<ScreenedEstablishment> result = new ArrayList<>(entries.size());
    for (ScreenInput.Entry entry : entries) {
      result.add(screen(entry, asOf));
    }
    result.sort(Comparator.comparingInt((ScreenedEstablishment s) -> -ScreenedEstablishment.rank(s.level()))
        .thenComparing(Comparator.comparingLong(ScreenedEstablishment::scoreMilli).reversed())
        .thenComparing(ScreenedEstablishment::key));
    return result;
  }

  private ScreenedEstablishment screen(ScreenInput.Entry entry, LocalDate asOf) {
    List<List<Observation>> perCatalogue = new ArrayList<>();
    boolean[] applies = new boolean[models.size()];
    for (int c = 0; c < models.size(); c++) {
      perCatalogue.add(new ArrayList<>());
      applies[c] = applies(models.get(c).catalogue().catalogue(), entry.sector());
    }
    TreeSet<String> notScored = new TreeSet<>();
    for (Observation o : entry.subject().observations()) {
      Integer c = catalogueOfIndicator.get(o.indicatorId());
      if (c == null || !applies[c]) {
        notScored.add(o.indicatorId());
      } else {
        perCatalogue.get(c).add(o);
      }
    }
    List<Assessment> assessments = new ArrayList<>();
    Outcome level = Outcome.NONE;
    long score = 0;
    List<Reason> reasons = new ArrayList<>();
    List<Observation> scored = new ArrayList<>();
    for (int c = 0; c < models.size(); c++) {
      if (!applies[c]) {
        continue;
      }
      RiskModel model = models.get(c);
      Assessment a = model.assess(new Subject(entry.subject().reference(), perCatalogue.get(c)), asOf);
      assessments.add(a);
      scored.addAll(perCatalogue.get(c));
      if (ScreenedEstablishment.rank(a.outcome()) > ScreenedEstablishment.rank(level)) {
        level = a.outcome();
      }
      score += a.scoreMilli();
      for (Contribution contribution : a.contributions()) {
        if (contribution.kind() != ContributionKind.INDICATOR || contribution.milliPoints() <= 0) {
          continue;
        }
        String id = contribution.indicatorId().orElseThrow();
        Indicator indicator = indicators.get(id);
        EnumSet<Agency> sources = EnumSet.noneOf(Agency.class);
        for (Observation o : perCatalogue.get(c)) {
          if (o.indicatorId().equals(id)) {
            sources.add(o.source());
          }
        }
        reasons.add(new Reason(id, model.catalogue().catalogue().reference(), indicator.label(),
            indicator.category(), couldAct(indicator, entry.key()), contribution.milliPoints(),
            contribution.observations(), new ArrayList<>(sources)));
      }
    }
    reasons.sort(Comparator.comparingLong((Reason r) -> -r.milliPoints()).thenComparing(Reason::indicatorId));
    return new ScreenedEstablishment(entry.key(), entry.sector(), level, score, assessments, reasons,
        new ArrayList<>(notScored), scored);
  }

  /**
   * Tells whether a catalogue applies to a sector: at least one of its indicators does.
   *
   * @param catalogue the catalogue
   * @param sector the sector
   * @return whether it applies
   */
  public static boolean applies(Catalogue catalogue, Sector sector) {
    for (Indicator i : catalogue.indicators()) {
      if (i.appliesTo(sector)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the services that can observe an indicator and act on it, municipal services first (enum order), without
   * those of the other country: a {@code be-} key is Belgian, an {@code nl-} key Dutch, any other
   * key keeps every service.
   */
  static List<Agency> couldAct(Indicator indicator, String key) {
    Set<Agency> excluded = key.startsWith("be-") ? NL_ONLY : key.startsWith("nl-") ? BE_ONLY : Set.of();
    List<Agency> list = new ArrayList<>();
    for (Agency a : indicator.observedBy()) {
      if (!excluded.contains(a)) {
        list.add(a);
      }
    }
    return list;
  }
}
