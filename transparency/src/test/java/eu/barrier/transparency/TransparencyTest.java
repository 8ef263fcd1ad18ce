package eu.barrier.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.Language;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.CatalogueLint;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.indicators.catalogue.LocalizedText;
import eu.barrier.screening.Screening;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

final class TransparencyTest {

  /** The sentence of the register record that states the lint result (register_nl.properties). */
  private static final String LINT_PASSED = "Uitkomst van die controle: geen fouten.";

  private static final List<String> BUSINESS = Screening.defaultCatalogues().stream()
      .map(c -> c.catalogue().id()).toList();

  @TempDir Path dir;

  @Test
  void generate_sameDeploymentTwice_sameBytes() {
    EvaluationMetrics metrics = EvaluationMetrics.read(Fixtures.metrics());
    TransparencyDocuments a = Transparency.generate(Fixtures.deployment().evaluation(metrics).build());
    TransparencyDocuments b = Transparency.generate(Fixtures.deployment()
        .evaluation(EvaluationMetrics.read(Fixtures.metrics())).build());

    assertThat(a.registerRecord()).isEqualTo(b.registerRecord());
    assertThat(a.supplierTemplate()).isEqualTo(b.supplierTemplate());
    assertThat(a.dpiaPrefill()).isEqualTo(b.dpiaPrefill());
    assertThat(a.iamaPrefill()).isEqualTo(b.iamaPrefill());
    for (Language language : Language.values()) {
      assertThat(a.modelCard(language)).isEqualTo(b.modelCard(language));
    }
  }

  @Test
  void generate_anotherDate_changesOnlyTheDatedParts() {
    TransparencyDocuments a = Transparency.generate(Fixtures.deployment().build());
    TransparencyDocuments b = Transparency.generate(Fixtures.deployment().date(Fixtures.DATE.plusDays(1)).build());

    assertThat(a.registerRecord()).isEqualTo(b.registerRecord());
    assertThat(new String(b.dpiaPrefill(), StandardCharsets.UTF_8)).contains("2026-12-02T00:00:00Z")
        .doesNotContain("2026-12-01T00:00:00Z");
  }

  @Test
  void generate_plantedNationalityCatalogue_refusedWithTheLintCodeAndNoDocuments() throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("..", "docs", "examples", "planted-nationality-catalogue.json"));
    Catalogue draft = Catalogues.loadDraft(new java.io.ByteArrayInputStream(bytes));
    HashedCatalogue planted = new HashedCatalogue(draft, "0".repeat(64));

    assertThatThrownBy(() -> Deployment.builder().catalogue(planted).organisation(Fixtures.ORGANISATION)
        .contact(Fixtures.CONTACT).date(Fixtures.DATE).build())
        .isInstanceOfSatisfying(TransparencyException.class, e -> {
          assertThat(e.findings()).isNotEmpty().allMatch(f -> f.error() == TransparencyError.CATALOGUE_LINT);
          assertThat(e.findings()).anyMatch(f -> f.path().contains("[BARRIER-IND-0106]"));
          assertThat(e.code()).isEqualTo("BARRIER-TRN-0001");
        });
  }

  /**
   * A catalogue that fails the protected-attribute lint cannot produce a record that claims it
   * passed: with a protected term planted in any indicator of any business catalogue, no documents
   * are made; without it, the record states the lint result that CatalogueLint gives.
   */
  @Property(tries = 40)
  void generate_protectedTermPlanted_neverYieldsARecordThatClaimsTheLintPassed(
      @ForAll("catalogueIds") String id, @ForAll("terms") String term, @ForAll int seed, @ForAll boolean plant) {
    Catalogue original = Catalogues.builtIn(id);
    int index = Math.floorMod(seed, original.indicators().size());
    Catalogue catalogue = plant ? withLabel(original, index, term) : original;
    HashedCatalogue hashed = new HashedCatalogue(catalogue, "a".repeat(64));
    boolean lintErrors = CatalogueLint.check(catalogue).hasErrors();
    assertThat(lintErrors).isEqualTo(plant);

    Deployment.Builder builder = Deployment.builder().catalogue(hashed).organisation(Fixtures.ORGANISATION)
        .contact(Fixtures.CONTACT).date(Fixtures.DATE);
    if (lintErrors) {
      assertThatThrownBy(builder::build).isInstanceOfSatisfying(TransparencyException.class,
          e -> assertThat(e.error()).isEqualTo(TransparencyError.CATALOGUE_LINT));
    } else {
      String record = new String(Transparency.generate(builder.build()).registerRecord(), StandardCharsets.UTF_8);
      assertThat(record).contains(LINT_PASSED);
    }
  }

  @Provide
  Arbitrary<String> catalogueIds() {
    return Arbitraries.of(BUSINESS);
  }

  @Provide
  Arbitrary<String> terms() {
    return Arbitraries.of("Nationaliteit van de uitbater", "foreign-sounding name of the manager",
        "country of birth of the staff", "herkomst van de eigenaar", "ethnic group", "speaks no Dutch");
  }

  private static Catalogue withLabel(Catalogue c, int index, String term) {
    List<Indicator> indicators = new ArrayList<>(c.indicators());
    Indicator i = indicators.get(index);
    indicators.set(index, new Indicator(i.id(), LocalizedText.of(term, i.label().in(Language.FR), i.label().in(Language.EN)),
        i.description(), i.category(), i.strength(), i.observedBy(), i.sectors(), i.basis(), i.sources(), i.related(),
        i.protectedTermReview()));
    return new Catalogue(c.id(), c.version(), c.title(), c.description(), c.subjectKind(), c.purpose(),
        c.childProtection(), c.provenance(), indicators, c.scoring());
  }

  @Property(tries = 12)
  void generate_anySetOfBusinessCataloguesAndOptions_passesItsOwnCheckAndIsDeterministic(
      @ForAll("subsets") List<String> ids, @ForAll("profiles") String profile, @ForAll RegisterStatus status,
      @ForAll PublicationCategory category) {
    Deployment.Builder builder = Deployment.builder().organisation(Fixtures.ORGANISATION).contact(Fixtures.CONTACT)
        .date(Fixtures.DATE).status(status).publicationCategory(category);
    ids.forEach(id -> builder.catalogue(Catalogues.hashedBuiltIn(id)));
    if (!profile.isEmpty()) {
      builder.profile(profile);
    }
    Deployment deployment = builder.build();

    TransparencyDocuments a = Transparency.generate(deployment);
    TransparencyDocuments b = Transparency.generate(deployment);

    for (byte[] doc : List.of(a.registerRecord(), a.supplierTemplate(), a.dpiaPrefill(), a.iamaPrefill())) {
      assertThat(Transparency.check(doc).findings()).isEmpty();
    }
    assertThat(a.registerRecord()).isEqualTo(b.registerRecord());
    JsonNode record = JsonEdits.parse(a.registerRecord());
    assertThat(record.get("status").asString()).isEqualTo(status.registerValue());
    assertThat(record.get("publication_category").asString()).isEqualTo(category.registerValue());
    assertThat(record.has("lawful_basis_grouping")).isEqualTo(!profile.isEmpty());
    for (String id : ids) {
      assertThat(record.get("methods_and_models").asString()).contains(id + " versie 1.0.0 (SHA-256 "
          + Catalogues.hashedBuiltIn(id).sha256());
    }
  }

  @Provide
  Arbitrary<List<String>> subsets() {
    return Arbitraries.of(BUSINESS).list().uniqueElements().ofMinSize(1).ofMaxSize(BUSINESS.size());
  }

  @Provide
  Arbitrary<String> profiles() {
    return Arbitraries.of("", "be-2024", "nl-bibob");
  }

  @Test
  void build_personLevelCatalogue_refusedAsNoScreening() {
    assertThatThrownBy(() -> Fixtures.deployment().catalogue(Catalogues.hashedBuiltIn("ilo-2009-adult-labour")).build())
        .isInstanceOfSatisfying(TransparencyException.class, e -> {
          assertThat(e.error()).isEqualTo(TransparencyError.SCREENING_REFUSED);
          assertThat(e.findings().get(0).path()).contains("[BARRIER-SCR-0002]");
        });
  }

  @Test
  void build_badInputs_everyProblemAtOnceWithoutTheValues() {
    String contact = "Jan Jansen 06-12345678";
    String organisation = "<b>Gemeente</b>";
    assertThatThrownBy(() -> Deployment.builder().catalogues(Screening.defaultCatalogues()).model("weighted")
        .organisation(organisation).contact(contact).profile("de-2025").date(Fixtures.DATE)
        .evaluation(new EvaluationMetrics("f".repeat(64), "x", "e".repeat(64), 1, 0, new java.util.TreeMap<>(), 0.8,
            List.of()))
        .build())
        .isInstanceOfSatisfying(TransparencyException.class, e -> {
          assertThat(e.findings()).extracting(Finding::error).containsExactly(TransparencyError.ORGANISATION,
              TransparencyError.CONTACT, TransparencyError.PROFILE_UNKNOWN, TransparencyError.EVALUATION_MISMATCH);
          assertThat(e.getMessage() + e.findings()).doesNotContain("Jansen").doesNotContain("12345678")
              .doesNotContain("Gemeente").doesNotContain("de-2025");
        });
    assertThatThrownBy(() -> Deployment.builder().organisation("x").contact("https://x.example").build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Deployment.builder().organisation(" ").contact("https://x.example").date(Fixtures.DATE)
        .build()).isInstanceOfSatisfying(TransparencyException.class, e -> assertThat(e.findings())
            .extracting(Finding::error).contains(TransparencyError.SCREENING_REFUSED, TransparencyError.ORGANISATION));
  }

  @Test
  void generate_organisationAtItsLimit_staysWithinEveryField() {
    String name = "Gemeente " + "Z".repeat(91);
    TransparencyDocuments docs = Transparency.generate(Fixtures.deployment().organisation(name).build());
    assertThat(JsonEdits.parse(docs.registerRecord()).get("organization").asString()).isEqualTo(name);
  }

  @Test
  void deployment_toString_namesCataloguesNeverTheContact() {
    Deployment d = Fixtures.deployment().build();
    assertThat(d.toString()).contains("barrier-admin@1.0.0").doesNotContain(Fixtures.CONTACT);
    assertThat(Transparency.generate(d).toString()).doesNotContain(Fixtures.CONTACT)
        .doesNotContain(Fixtures.ORGANISATION);
  }

  @Test
  void writeTo_directory_writesTheFiveFilesThatCheckClean() throws IOException {
    List<Path> files = Transparency.generate(Fixtures.deployment().build()).writeTo(dir.resolve("out"), Language.FR);

    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
        TransparencyDocuments.REGISTER_RECORD, TransparencyDocuments.SUPPLIER_TEMPLATE,
        TransparencyDocuments.DPIA_PREFILL, TransparencyDocuments.IAMA_PREFILL, TransparencyDocuments.MODEL_CARD);
    for (Path f : files.subList(0, 4)) {
      assertThat(Transparency.check(Files.readAllBytes(f)).isValid()).as(f.toString()).isTrue();
    }
    assertThat(Files.readString(files.get(4))).startsWith("<!DOCTYPE html>").contains("lang=\"fr\"");
  }

  @Test
  void generate_withEvaluation_reportsTheFairnessFiguresOfTheFile() {
    EvaluationMetrics metrics = EvaluationMetrics.read(Fixtures.metrics());
    TransparencyDocuments docs = Transparency.generate(Fixtures.deployment().evaluation(metrics).build());
    String risks = JsonEdits.parse(docs.registerRecord()).get("risks").asString();

    for (EvaluationMetrics.Scorer s : metrics.scorers()) {
      boolean violated = s.fairness().stream().anyMatch(EvaluationMetrics.Fairness::fourFifthsViolated);
      String reference = s.catalogueId() + "@" + s.catalogueVersion();
      assertThat(risks).contains(reference);
      assertThat(risks.contains("kreeg de ene groep vaker een signaal") && risks.contains(reference + " (niveau"))
          .as(reference).isEqualTo(violated);
    }
    assertThat(risks).contains("uit een generator (barrier-synth-v2)").contains("Niet geëvalueerd: sector-horeca");
    assertThat(docs.modelCard(Language.EN)).contains(metrics.sha256()).contains("Synthetic data");
    String iama = new String(docs.iamaPrefill(), StandardCharsets.UTF_8);
    assertThat(iama).contains(metrics.sha256());
  }

  @Test
  void generate_withoutEvaluationOrProfile_saysSoInsteadOfGuessing() {
    TransparencyDocuments docs = Transparency.generate(Deployment.builder().catalogues(Screening.defaultCatalogues())
        .organisation(Fixtures.ORGANISATION).contact(Fixtures.CONTACT).date(Fixtures.DATE).build());
    JsonNode record = JsonEdits.parse(docs.registerRecord());

    assertThat(record.get("lawful_basis").asString()).startsWith("<p>Onbekend.");
    assertThat(record.has("lawful_basis_grouping")).isFalse();
    assertThat(record.get("risks").asString()).contains("Er is geen evaluatie meegegeven.");
    assertThat(record.has("begin_date")).isFalse();
    assertThat(record.has("impacttoetsen_grouping")).isFalse();
    assertThat(docs.modelCard(Language.NL)).contains("Er is geen evaluatie meegegeven.");
  }
}
