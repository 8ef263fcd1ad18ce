package eu.barrier.transparency;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.indicators.IndicatorsError;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.indicators.catalogue.LintFinding;
import eu.barrier.indicators.catalogue.LintReport;
import eu.barrier.indicators.catalogue.SourceDocument;
import eu.barrier.indicators.catalogue.Strength;
import eu.barrier.indicators.scoring.RiskModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;

/**
 * What the documents may state about a deployment, derived once from its metadata: nothing here is
 * written by hand, so the documents cannot drift from what scores.
 */
final class Facts {

  /** One catalogue with the model compiled for it and its lint report. */
  record CatalogueFacts(HashedCatalogue hashed, RiskModel model, LintReport lint,
      Optional<EvaluationMetrics.Scorer> evaluation) {

    Catalogue catalogue() {
      return hashed.catalogue();
    }

    SortedMap<String, String> parameters() {
      return model.parameters();
    }

    /** The lint findings that record a reviewed mention of a protected term (BARRIER-IND-0107). */
    long reviewedMentions() {
      return lint.findings().stream().filter(f -> f.code() == IndicatorsError.LINT_PROTECTED_TERM_REVIEWED)
          .map(LintFinding::indicatorId).distinct().count();
    }
  }

  private static final String VERSION = loadVersion();

  final Deployment deployment;
  final List<CatalogueFacts> catalogues;
  /** Sectors named by an indicator, in enum order. */
  final Set<Sector> sectors;
  /** Whether some indicator applies to every sector. */
  final boolean anySector;
  /** Services that observe the indicators, in enum order, without those of another country than the profile's. */
  final Set<Agency> agencies;
  /** Source documents with an https address, first occurrence of each address. */
  final List<SourceDocument> sources;
  final boolean provisional;
  final boolean decay;

  Facts(Deployment deployment) {
    this.deployment = deployment;
    List<CatalogueFacts> list = new ArrayList<>();
    Set<Sector> sectorSet = EnumSet.noneOf(Sector.class);
    Set<Agency> agencySet = EnumSet.noneOf(Agency.class);
    Map<String, SourceDocument> sourceMap = new LinkedHashMap<>();
    boolean any = false;
    boolean prov = false;
    boolean allDecay = true;
    List<RiskModel> models = deployment.screening().models();
    for (int i = 0; i < models.size(); i++) {
      RiskModel model = models.get(i);
      HashedCatalogue hashed = model.catalogue();
      Optional<EvaluationMetrics.Scorer> scorer = deployment.evaluation()
          .flatMap(e -> e.scorer(hashed.sha256(), model.id()));
      list.add(new CatalogueFacts(hashed, model, deployment.lint().get(i), scorer));
      for (Indicator indicator : hashed.catalogue().indicators()) {
        sectorSet.addAll(indicator.sectors());
        any |= indicator.sectors().isEmpty();
        prov |= indicator.strength() == Strength.PROVISIONAL;
        for (Agency agency : indicator.observedBy()) {
          if (deployment.country().map(agency::actsIn).orElse(true)) {
            agencySet.add(agency);
          }
        }
      }
      for (SourceDocument source : hashed.catalogue().provenance().sources()) {
        source.url().filter(Links::isHttps).ifPresent(url -> sourceMap.putIfAbsent(url, source));
      }
      allDecay &= !"0".equals(model.parameters().get("halfLifeDays"));
    }
    this.catalogues = List.copyOf(list);
    this.sectors = Collections.unmodifiableSet(sectorSet);
    this.anySector = any;
    this.agencies = Collections.unmodifiableSet(agencySet);
    this.sources = List.copyOf(sourceMap.values());
    this.provisional = prov;
    this.decay = allDecay && models.stream().allMatch(m -> m.parameters().containsKey("halfLifeDays"));
  }

  /** The version of this library. */
  static String version() {
    return VERSION;
  }

  /** Whether the evaluation's labelled data were made by a generator (synthetic), as the file records. */
  boolean syntheticEvaluation() {
    return deployment.evaluation().map(e -> e.dataProvenance().containsKey("generator")).orElse(false);
  }

  private static String loadVersion() {
    Properties properties = new Properties();
    try (InputStream in = Facts.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
