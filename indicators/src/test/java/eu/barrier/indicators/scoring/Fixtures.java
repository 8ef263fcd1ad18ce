package eu.barrier.indicators.scoring;

import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.catalogue.Basis;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.CatalogueScoring;
import eu.barrier.indicators.catalogue.Category;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.indicators.catalogue.LocalizedText;
import eu.barrier.indicators.catalogue.Provenance;
import eu.barrier.indicators.catalogue.Purpose;
import eu.barrier.indicators.catalogue.SemanticVersion;
import eu.barrier.indicators.catalogue.SourceDocument;
import eu.barrier.indicators.catalogue.Strength;
import eu.barrier.indicators.catalogue.Verification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Synthetic catalogues, subjects and observations for model tests. */
final class Fixtures {

  static final String HASH = "0".repeat(64);
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  private Fixtures() {}

  static Indicator indicator(String id, Category category, Strength strength) {
    return new Indicator(id, LocalizedText.of("Signaal " + id, "Signal " + id, "Signal " + id),
        LocalizedText.of("nl", "fr", "A synthetic signal."), category, strength, Set.of(Agency.CARE), Set.of(),
        Basis.BEHAVIOUR, List.of(), List.of(), Optional.empty());
  }

  static Catalogue catalogue(String id, SubjectKind kind, Purpose purpose, List<Indicator> indicators,
      Optional<CatalogueScoring> scoring) {
    return new Catalogue(id, new SemanticVersion(1, 0, 0), LocalizedText.of("Test", "Test", "Test"),
        LocalizedText.of("Test.", "Test.", "Test."), kind, purpose, false,
        new Provenance(Verification.UNVERIFIED, List.of(new SourceDocument("src", "Synthetic", Optional.empty(),
            Optional.empty())), Optional.empty()), indicators, scoring);
  }

  /**
   * A person catalogue with, in every ILO dimension d, 4 strong (T-d-S1..S4), 4 medium (T-d-M1..M4)
   * and 4 weak (T-d-W1..W4) indicators.
   */
  static HashedCatalogue iloGrid() {
    List<Indicator> list = new ArrayList<>();
    for (Category d : new Category[] {Category.DR, Category.CR, Category.VR, Category.EX, Category.CD, Category.VD}) {
      for (int i = 1; i <= 4; i++) {
        list.add(indicator("T-" + d.id() + "-S" + i, d, Strength.STRONG));
        list.add(indicator("T-" + d.id() + "-M" + i, d, Strength.MEDIUM));
        list.add(indicator("T-" + d.id() + "-W" + i, d, Strength.WEAK));
      }
    }
    return new HashedCatalogue(catalogue("test-ilo-grid", SubjectKind.PERSON, Purpose.AUTOMATED_SCORING, list,
        Optional.empty()), HASH);
  }

  /** An establishment catalogue with two indicators per barrier: one medium (-M) and one provisional (-P). */
  static HashedCatalogue business(Optional<CatalogueScoring> scoring) {
    List<Indicator> list = new ArrayList<>();
    for (Category c : Category.values()) {
      if (c.isBarrier()) {
        String name = c.id().toUpperCase(java.util.Locale.ROOT);
        list.add(indicator("B-" + name + "-M", c, Strength.MEDIUM));
        list.add(indicator("B-" + name + "-P", c, Strength.PROVISIONAL));
      }
    }
    return new HashedCatalogue(catalogue("test-business", SubjectKind.ESTABLISHMENT, Purpose.AUTOMATED_SCORING,
        list, scoring), HASH);
  }

  static SubjectReference person(String key) {
    return SubjectReference.of(SubjectKind.PERSON, key);
  }

  static SubjectReference establishment(String key) {
    return SubjectReference.of(SubjectKind.ESTABLISHMENT, key);
  }

  static Observation observation(SubjectReference subject, String indicator, LocalDate on, Grading grading) {
    return new Observation(indicator, subject, ObservedPeriod.on(on), Agency.LOCAL_POLICE, grading, null, null);
  }

  static Subject subject(SubjectReference reference, String... indicators) {
    List<Observation> observations = new ArrayList<>();
    for (String id : indicators) {
      observations.add(observation(reference, id, AS_OF.minusDays(10), null));
    }
    return new Subject(reference, observations);
  }
}
