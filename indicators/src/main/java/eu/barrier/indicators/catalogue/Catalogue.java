package eu.barrier.indicators.catalogue;

import eu.barrier.core.observation.SubjectKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An immutable, versioned indicator catalogue.
 *
 * <p>Obtain one with {@link Catalogues#load(java.io.InputStream)} or {@link
 * Catalogues#builtIn(String)}; both return catalogues that passed {@link CatalogueLint} without
 * errors. A catalogue built with this constructor or read with {@link
 * Catalogues#loadDraft(java.io.InputStream)} may break lint rules: run {@link
 * CatalogueLint#check(Catalogue)} before feeding it to a model.
 *
 * <p>A catalogue version is never edited in place: a changed catalogue gets a new version.
 *
 * @param id the catalogue id, lower-kebab, for example {@code ilo-2009-adult-labour}
 * @param version the catalogue version
 * @param title the title in nl, fr and en
 * @param description what the catalogue covers and how to use it
 * @param subjectKind what the indicators describe; one kind per catalogue
 * @param purpose whether the catalogue may feed a risk model
 * @param childProtection {@code true} for child-protection data, which never leaves the care domain
 * @param provenance the sources and verification status
 * @param indicators the indicators in document order
 * @param scoring the parameters of the {@code weighted} model, or empty for {@link
 *     CatalogueScoring#DEFAULTS}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Catalogue(
    String id,
    SemanticVersion version,
    LocalizedText title,
    LocalizedText description,
    SubjectKind subjectKind,
    Purpose purpose,
    boolean childProtection,
    Provenance provenance,
    List<Indicator> indicators,
    Optional<CatalogueScoring> scoring) {

  /**
   * Checks for {@code null} and copies the indicator list.
   *
   * @param id the id component
   * @param version the version component
   * @param title the title component
   * @param description the description component
   * @param subjectKind the subjectKind component
   * @param purpose the purpose component
   * @param childProtection the childProtection component
   * @param provenance the provenance component
   * @param indicators the indicators component
   * @param scoring the scoring component
   * @throws NullPointerException if a component or an indicator is {@code null}
   */
  public Catalogue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(subjectKind, "subjectKind");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(provenance, "provenance");
    indicators = List.copyOf(indicators);
    Objects.requireNonNull(scoring, "scoring");
  }

  /**
   * Creates a catalogue without a {@code scoring} block; the {@code weighted} model then uses
   * {@link CatalogueScoring#DEFAULTS}.
   *
   * @param id the catalogue id
   * @param version the version
   * @param title the title
   * @param description the description
   * @param subjectKind the subject kind
   * @param purpose the purpose
   * @param childProtection whether it is child-protection data
   * @param provenance the provenance
   * @param indicators the indicators
   * @throws NullPointerException if an argument or an indicator is {@code null}
   */
  public Catalogue(String id, SemanticVersion version, LocalizedText title, LocalizedText description,
      SubjectKind subjectKind, Purpose purpose, boolean childProtection, Provenance provenance,
      List<Indicator> indicators) {
    this(id, version, title, description, subjectKind, purpose, childProtection, provenance, indicators,
        Optional.empty());
  }

  /**
   * Returns the scoring parameters: the catalogue's own, or {@link CatalogueScoring#DEFAULTS}.
   *
   * @return the parameters; never {@code null}
   */
  public CatalogueScoring scoringOrDefaults() {
    return scoring.orElse(CatalogueScoring.DEFAULTS);
  }

  /**
   * Returns the indicator with the given id. Linear in the number of indicators: models index a
   * catalogue once.
   *
   * @param indicatorId the indicator id
   * @return the first indicator with this id, or empty
   * @throws NullPointerException if {@code indicatorId} is {@code null}
   */
  public Optional<Indicator> indicator(String indicatorId) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    for (Indicator indicator : indicators) {
      if (indicator.id().equals(indicatorId)) {
        return Optional.of(indicator);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns {@code id@version}, for example {@code ilo-2009-adult-labour@1.0.0}.
   *
   * @return the catalogue reference
   */
  public String reference() {
    return id + "@" + version;
  }

  /**
   * Returns a short description without the indicators.
   *
   * @return for example {@code Catalogue[ilo-2009-adult-labour@1.0.0, 67 indicators]}
   */
  @Override
  public String toString() {
    return "Catalogue[" + reference() + ", " + indicators.size() + " indicators]";
  }
}
