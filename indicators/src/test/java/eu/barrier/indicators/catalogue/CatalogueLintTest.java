package eu.barrier.indicators.catalogue;

import static eu.barrier.indicators.catalogue.CatalogueDocs.addIndicator;
import static eu.barrier.indicators.catalogue.CatalogueDocs.firstIndicator;
import static eu.barrier.indicators.catalogue.CatalogueDocs.loadDraft;
import static eu.barrier.indicators.catalogue.CatalogueDocs.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import eu.barrier.indicators.IndicatorsError;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

final class CatalogueLintTest {

  private static LintReport lint(ObjectNode doc) {
    return CatalogueLint.check(loadDraft(doc));
  }

  private static ObjectNode withLabel(String en) {
    ObjectNode doc = minimal();
    ((ObjectNode) firstIndicator(doc).get("label")).put("en", en);
    return doc;
  }

  @Test
  void check_minimalCatalogue_isClean() {
    LintReport report = lint(minimal());

    assertThat(report.isClean()).isTrue();
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.catalogueReference()).isEqualTo("test-catalogue@1.2.3");
  }

  @Test
  void check_duplicateIndicatorIds_reportsTheSecond() {
    ObjectNode doc = minimal();
    addIndicator(doc, "T-02");
    addIndicator(doc, "T-01");

    LintReport report = lint(doc);

    assertThat(report.findings()).extracting(LintFinding::code, LintFinding::path, LintFinding::indicatorId)
        .containsExactly(tuple(IndicatorsError.LINT_DUPLICATE_ID, "/indicators/2/id", Optional.of("T-01")));
  }

  @Test
  void check_missingLanguages_reportsTitleDescriptionAndLabel() {
    ObjectNode doc = minimal();
    ((ObjectNode) doc.get("title")).remove("nl");
    ((ObjectNode) doc.get("description")).remove("fr");
    ((ObjectNode) firstIndicator(doc).get("label")).remove("en");

    LintReport report = lint(doc);

    assertThat(report.findings()).extracting(LintFinding::code, LintFinding::path, LintFinding::message)
        .containsExactly(
            tuple(IndicatorsError.LINT_MISSING_LANGUAGE, "/title", "title lacks nl"),
            tuple(IndicatorsError.LINT_MISSING_LANGUAGE, "/description", "description lacks fr"),
            tuple(IndicatorsError.LINT_MISSING_LANGUAGE, "/indicators/0/label", "label lacks en"));
  }

  @Test
  void check_unresolvedReferences_reportsEachKind() {
    ObjectNode doc = minimal();
    firstIndicator(doc).putArray("sources").add("src-1").add("src-9");
    firstIndicator(doc).putArray("related").add("T-99").add("no-such-catalogue/X-01")
        .add("barrier-admin/ADM-99").add("barrier-admin/ADM-01").add("test-catalogue/T-01");

    LintReport report = lint(doc);

    assertThat(report.findings()).extracting(LintFinding::code, LintFinding::path).containsExactly(
        tuple(IndicatorsError.LINT_UNRESOLVED_REFERENCE, "/indicators/0/sources/1"),
        tuple(IndicatorsError.LINT_UNRESOLVED_REFERENCE, "/indicators/0/related/0"),
        tuple(IndicatorsError.LINT_UNRESOLVED_REFERENCE, "/indicators/0/related/1"),
        tuple(IndicatorsError.LINT_UNRESOLVED_REFERENCE, "/indicators/0/related/2"));
  }

  @Test
  void check_customResolver_resolvesOtherCatalogues() {
    ObjectNode doc = minimal();
    firstIndicator(doc).putArray("related").add("other/T-01");
    Catalogue other = loadDraft(minimal());

    LintReport report = CatalogueLint.check(loadDraft(doc), id -> id.equals("other") ? Optional.of(other)
        : Optional.empty());

    assertThat(report.isClean()).isTrue();
  }

  @Test
  void check_provisionalStrengthInVerifiedCatalogue_isError() {
    ObjectNode doc = minimal();
    ((ObjectNode) doc.get("provenance")).put("verification", "verified");
    firstIndicator(doc).put("strength", "provisional");

    assertThat(lint(doc).findings()).extracting(LintFinding::code, LintFinding::path)
        .containsExactly(tuple(IndicatorsError.LINT_INVALID_STRENGTH, "/indicators/0/strength"));
  }

  @Test
  void check_personalCharacteristicBasisInScoringCatalogue_isError() {
    ObjectNode doc = minimal();
    firstIndicator(doc).put("basis", "personal-characteristic");

    assertThat(lint(doc).findings()).extracting(LintFinding::code, LintFinding::severity, LintFinding::path)
        .containsExactly(tuple(IndicatorsError.LINT_PROTECTED_BASIS, Severity.ERROR, "/indicators/0/basis"));
  }

  @Test
  void check_plantedNationalityIndicator_failsAndLoadRejectsIt() {
    ObjectNode doc = minimal();
    ObjectNode planted = addIndicator(doc, "T-NAT");
    planted.putObject("label").put("nl", "Nationaliteit van de uitbater").put("fr", "Nationalité de l'exploitant")
        .put("en", "Nationality of the operator");
    planted.put("basis", "administrative-fact");

    LintReport report = lint(doc);

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.findings()).extracting(LintFinding::code, LintFinding::path).containsExactly(
        tuple(IndicatorsError.LINT_PROTECTED_TERM, "/indicators/1/label/nl"));
    assertThat(report.findings().get(0).message()).contains("nationality");
    assertThatThrownBy(() -> CatalogueDocs.load(doc)).isInstanceOf(CatalogueFormatException.class)
        .hasMessageStartingWith("BARRIER-IND-0106");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Operator's nationality", "Nationalité du gérant", "Nationaliteit", "Non-EU workers", "Foreign staff",
      "Ethnic background of staff", "Etnische achtergrond", "Origine ethnique", "Asian staff",
      "Staff speaks no Dutch", "Spreekt geen Nederlands", "Ne parle pas français", "Interpreter present",
      "Needs a tolk", "Mother tongue", "Muslim owner", "Religieuze uitingen", "Église voisine",
      "From a source country", "Komt uit een bronland", "Pays d'origine", "Country of birth",
      "Geboorteland buiten Europa", "Lieu de naissance", "Foreign-sounding name", "Buitenlands klinkende naam",
      "Surname pattern", "Achternaam", "Nom de famille", "Prénom", "Home country contacts"})
  void check_protectedTermOrProxy_isError(String label) {
    LintReport report = lint(withLabel(label));

    assertThat(report.errors()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.code()).isEqualTo(IndicatorsError.LINT_PROTECTED_TERM);
      assertThat(f.path()).isEqualTo("/indicators/0/label/en");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"Embrace the permit", "Totaal aantal werkenden", "Opening hours beyond the permit",
      "Original documents held by the operator", "Fois multiples", "Racecourse betting"})
  void check_innocentWordsContainingTerms_areClean(String label) {
    assertThat(lint(withLabel(label)).isClean()).isTrue();
  }

  @Test
  void check_protectedTermInIdOrDescription_isError() {
    ObjectNode doc = minimal();
    firstIndicator(doc).put("id", "T-NATIONALITY");
    ((ObjectNode) firstIndicator(doc).get("description")).put("fr", "Selon la religion du gérant.");

    assertThat(lint(doc).findings()).extracting(LintFinding::code, LintFinding::path).containsExactly(
        tuple(IndicatorsError.LINT_PROTECTED_TERM, "/indicators/0/id"),
        tuple(IndicatorsError.LINT_PROTECTED_TERM, "/indicators/0/description/fr"));
  }

  @Test
  void check_reviewedReligionOnBehaviour_isInfoOnly() {
    ObjectNode doc = withLabel("Abuse of cultural / religious beliefs");
    firstIndicator(doc).put("protectedTermReview", "Describes the exploiter's conduct.");

    LintReport report = lint(doc);

    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings()).extracting(LintFinding::code, LintFinding::severity)
        .containsExactly(tuple(IndicatorsError.LINT_PROTECTED_TERM_REVIEWED, Severity.INFO));
  }

  @Test
  void check_reviewOnConditionBasis_doesNotExempt() {
    ObjectNode doc = withLabel("Staff speaks no Dutch");
    firstIndicator(doc).put("basis", "condition");
    firstIndicator(doc).put("protectedTermReview", "Trying to slip it through.");

    assertThat(lint(doc).findings()).extracting(LintFinding::code)
        .containsExactly(IndicatorsError.LINT_PROTECTED_TERM);
  }

  @Test
  void check_reviewNeverExemptsNationalityOriginOrNames() {
    ObjectNode doc = withLabel("Abuse of nationality and religion");
    firstIndicator(doc).put("protectedTermReview", "Describes the exploiter's conduct.");

    LintReport report = lint(doc);

    assertThat(report.findings()).extracting(LintFinding::code, LintFinding::severity).containsExactly(
        tuple(IndicatorsError.LINT_PROTECTED_TERM, Severity.ERROR),
        tuple(IndicatorsError.LINT_PROTECTED_TERM_REVIEWED, Severity.INFO));
  }

  @Test
  void check_needlessReview_isWarning() {
    ObjectNode doc = minimal();
    firstIndicator(doc).put("protectedTermReview", "Nothing to review.");

    assertThat(lint(doc).findings()).extracting(LintFinding::code, LintFinding::severity)
        .containsExactly(tuple(IndicatorsError.LINT_NEEDLESS_REVIEW, Severity.WARNING));
  }

  @Test
  void check_referenceOnlyCatalogue_doesNotCheckProtectedTerms() {
    ObjectNode doc = withLabel("Nationality of the operator");
    doc.put("purpose", "reference-only");
    firstIndicator(doc).put("basis", "personal-characteristic");

    assertThat(lint(doc).isClean()).isTrue();
  }

  @Test
  void check_categoryMismatch_isErrorBothWays() {
    ObjectNode business = minimal();
    firstIndicator(business).put("category", "DR");
    ObjectNode person = minimal();
    person.put("subjectKind", "person");

    assertThat(lint(business).findings()).extracting(LintFinding::code, LintFinding::path)
        .containsExactly(tuple(IndicatorsError.LINT_CATEGORY_MISMATCH, "/indicators/0/category"));
    assertThat(lint(person).findings()).extracting(LintFinding::code, LintFinding::path)
        .containsExactly(tuple(IndicatorsError.LINT_CATEGORY_MISMATCH, "/indicators/0/category"));
  }

  @Test
  void check_childProtectionForScoring_isError() {
    ObjectNode doc = minimal();
    doc.put("childProtection", true);

    assertThat(lint(doc).findings()).extracting(LintFinding::code, LintFinding::path)
        .containsExactly(tuple(IndicatorsError.LINT_CHILD_PROTECTION_SCORING, "/purpose"));
  }

  @Test
  void check_iloAdultLabour_hasExactlyTheTwoReviewedMentions() {
    LintReport report = CatalogueLint.check(Catalogues.builtIn("ilo-2009-adult-labour"));

    assertThat(report.findings()).extracting(f -> f.indicatorId().orElseThrow(), LintFinding::severity)
        .containsExactly(tuple("ILO-AL-VR-03", Severity.INFO), tuple("ILO-AL-VR-15", Severity.INFO));
  }

  @Test
  void check_findingToString_namesSeverityCodeAndPath() {
    LintFinding finding = lint(withLabel("Nationality")).findings().get(0);

    assertThat(finding.toString()).startsWith("error BARRIER-IND-0106 at '/indicators/0/label/en': ");
  }
}
