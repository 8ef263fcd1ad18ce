package eu.barrier.indicators.scoring;

import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.indicators.IndicatorsError;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.CatalogueLint;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.catalogue.LintReport;
import eu.barrier.indicators.catalogue.Purpose;
import eu.barrier.indicators.scoring.AssessmentProvenance;
import eu.barrier.indicators.scoring.ScoringException;
import eu.barrier.indicators.scoring.Subject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.SortedMap;

/** Checks and helpers shared by the risk models: catalogue refusal, kind check, provenance, version. */
final class ModelSupport {

  private static final String VERSION = readVersion();

  private ModelSupport() {}

  /**
   * Refuses a catalogue with lint errors or purpose reference-only.
   *
   * @param hashed the catalogue
   * @param modelId the model id, for the message
   * @throws ScoringException if the catalogue may not feed a model
   */
  public static void requireScorable(HashedCatalogue hashed, String modelId) {
    Catalogue catalogue = hashed.catalogue();
    LintReport report = CatalogueLint.check(catalogue);
    if (report.hasErrors()) {
      throw new ScoringException(IndicatorsError.SCORING_LINT_ERRORS, String.format(Locale.ROOT,
          "model %s refuses catalogue %s: it has %d lint errors (first %s at '%s')", modelId, catalogue.reference(),
          report.errors().size(), report.errors().get(0).code().code(), report.errors().get(0).path()));
    }
    if (catalogue.purpose() == Purpose.REFERENCE_ONLY) {
      throw new ScoringException(IndicatorsError.SCORING_REFERENCE_ONLY, "model " + modelId + " refuses catalogue "
          + catalogue.reference() + ": it is reference-only and never feeds a score");
    }
  }

  /**
   * Refuses a subject of another kind than the catalogue's.
   *
   * @param subject the subject
   * @param catalogue the catalogue
   * @throws ScoringException if the kinds differ
   */
  public static void requireKind(Subject subject, Catalogue catalogue) {
    SubjectKind kind = subject.reference().kind();
    if (kind != catalogue.subjectKind()) {
      throw new ScoringException(IndicatorsError.SCORING_MIXED_KINDS, "a subject of kind " + BarrierJson.enumId(kind)
          + " cannot be scored with the " + BarrierJson.enumId(catalogue.subjectKind()) + " catalogue "
          + catalogue.reference() + "; person-level and business-level data are never mixed in one score");
    }
  }

  /**
   * Tells whether an observation counts at {@code asOf}: its period starts on or before it.
   *
   * @param observation the observation
   * @param asOf the reference date
   * @return {@code true} if it counts
   */
  public static boolean counts(Observation observation, LocalDate asOf) {
    return !observation.period().from().isAfter(asOf);
  }

  /**
   * Builds the provenance of an assessment.
   *
   * @param hashed the catalogue
   * @param modelId the model id
   * @param parameters the model parameters
   * @param asOf the reference date
   * @return the provenance
   */
  public static AssessmentProvenance provenance(HashedCatalogue hashed, String modelId,
      SortedMap<String, String> parameters, LocalDate asOf) {
    Catalogue c = hashed.catalogue();
    return new AssessmentProvenance(c.id(), c.version(), hashed.sha256(), modelId, parameters, VERSION, asOf);
  }

  /**
   * Returns the version of barrier-indicators, from the build.
   *
   * @return the version, or {@code unknown}
   */
  public static String libraryVersion() {
    return VERSION;
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in = ModelSupport.class.getResourceAsStream("/eu/barrier/indicators/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = properties.getProperty("version", "unknown");
    return version.startsWith("${") ? "unknown" : version;
  }

  /**
   * Formats thousandths of a point as a plain decimal without trailing zeros, for example {@code
   * 12.5} or {@code 3}.
   *
   * @param milli the value in thousandths
   * @return the text
   */
  public static String points(long milli) {
    long abs = Math.abs(milli);
    StringBuilder sb = new StringBuilder();
    if (milli < 0) {
      sb.append('-');
    }
    sb.append(abs / 1000);
    long frac = abs % 1000;
    if (frac != 0) {
      String digits = Long.toString(1000 + frac).substring(1);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      sb.append('.').append(digits, 0, end);
    }
    return sb.toString();
  }

  /**
   * Formats a factor between 0 and 1 with four decimals, for example {@code 0.9446}.
   *
   * @param value the factor
   * @return the text
   */
  public static String fixed4(double value) {
    long scaled = Math.round(value * 10000);
    return (scaled / 10000) + "." + Long.toString(10000 + scaled % 10000).substring(1);
  }
}
