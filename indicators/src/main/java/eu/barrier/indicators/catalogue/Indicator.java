package eu.barrier.indicators.catalogue;

import eu.barrier.core.Language;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One indicator of a catalogue: a signal that someone can observe, with its category and strength.
 *
 * <p>An indicator is a reason to look further, never evidence or a decision. Its text is published
 * reference material, not personal data.
 *
 * @param id the stable id, upper-case words joined by hyphens, for example {@code ILO-AL-DR-01}
 * @param label the short name in nl, fr and en
 * @param description what the indicator means and how it is observed; English is always present
 * @param category the ILO dimension or barrier it belongs to
 * @param strength its diagnostic weight
 * @param observedBy the agencies that can observe it or act on it, never empty, in enum order
 * @param sectors the sectors it applies to, in enum order; empty means any sector
 * @param basis what kind of fact it rests on
 * @param sources ids of the catalogue's {@link SourceDocument}s it comes from, in document order
 * @param related references to related indicators: {@code INDICATOR-ID} in the same catalogue or
 *     {@code catalogue-id/INDICATOR-ID} in a built-in catalogue
 * @param protectedTermReview a reviewer's note explaining why a mention of religion or language
 *     describes the exploiter's conduct rather than the subject (see {@link CatalogueLint})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Indicator(
    String id,
    LocalizedText label,
    LocalizedText description,
    Category category,
    Strength strength,
    Set<Agency> observedBy,
    Set<Sector> sectors,
    Basis basis,
    List<String> sources,
    List<String> related,
    Optional<String> protectedTermReview) {

  /**
   * Checks for {@code null} and copies the collections.
   *
   * @param id the id component
   * @param label the label component
   * @param description the description component
   * @param category the category component
   * @param strength the strength component
   * @param observedBy the observedBy component
   * @param sectors the sectors component
   * @param basis the basis component
   * @param sources the sources component
   * @param related the related component
   * @param protectedTermReview the protectedTermReview component
   * @throws NullPointerException if a component or an element is {@code null}
   * @throws IllegalArgumentException if {@code observedBy} is empty or the description has no
   *     English text
   */
  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(protectedTermReview, "protectedTermReview");
    if (description.get(Language.EN).isEmpty()) {
      throw new IllegalArgumentException("an indicator description has an English text");
    }
    if (observedBy.isEmpty()) {
      throw new IllegalArgumentException("an indicator is observable by at least one agency");
    }
    observedBy = enumSet(observedBy, Agency.class);
    sectors = enumSet(sectors, Sector.class);
    sources = List.copyOf(sources);
    related = List.copyOf(related);
  }

  private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E value : values) {
      set.add(Objects.requireNonNull(value, "element"));
    }
    return Collections.unmodifiableSet(set);
  }

  /**
   * Tells whether this indicator applies to a sector: it lists the sector, or it lists none.
   *
   * @param sector the sector
   * @return {@code true} if it applies
   */
  public boolean appliesTo(Sector sector) {
    Objects.requireNonNull(sector, "sector");
    return sectors.isEmpty() || sectors.contains(sector);
  }
}
