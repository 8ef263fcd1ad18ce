package eu.barrier.transparency;

import eu.barrier.core.BarrierException;
import eu.barrier.core.Language;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonLimits;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * Transparency outputs generated from the same metadata that scores, and the check of hand-edited
 * ones.
 *
 * <pre>{@code
 * Deployment deployment = Deployment.builder()
 *     .catalogues(Screening.defaultCatalogues()).model("weighted")
 *     .organisation("Gemeente Voorbeeld").contact("algoritmes@voorbeeld.nl")
 *     .profile("nl-bibob").date(LocalDate.of(2026, 12, 1))
 *     .build();
 * TransparencyDocuments documents = Transparency.generate(deployment);
 * documents.writeTo(Path.of("transparency"), Language.NL);
 * CheckReport report = Transparency.check(Files.readAllBytes(Path.of("edited-record.json")));
 * }</pre>
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li><b>One validator.</b> Every generated JSON document passes {@link #check(byte[])}, the same
 *       code that checks hand-edited documents; otherwise {@link #generate(Deployment)} throws with
 *       the findings. Register records and supplier templates are checked against every length
 *       limit, mandatory field, permitted value and allowed HTML tag of publication standard 1.0;
 *       prefill files against the answer format and the question ids, types, options and display
 *       conditions of {@code urn:nl:dpia:3.0} and {@code urn:nl:iama:2.0}.
 *   <li><b>No invented facts.</b> Texts come from the catalogues, the model, the lint reports, the
 *       evaluation, the human-decision and signal-report design and the profile's legal ground.
 *       What the metadata does not know (retention, the organisation's own legal basis, risks and
 *       review process) is said in the field and left for a person. Weighing questions are left
 *       empty; every generated prefill answer is marked as generated.
 *   <li><b>Lint is re-run.</b> A {@link Deployment} lints every catalogue itself, so a catalogue
 *       with lint errors never gets documents that describe it as checked.
 *   <li><b>Deterministic.</b> No clock, no randomness: the same deployment gives the same bytes.
 *   <li><b>No values in errors.</b> Findings carry a JSON Pointer and a code, never a value.
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Transparency {

  /** The largest document {@link #check(byte[])} reads, in bytes (32 MiB, room for images in a prefill file). */
  public static final long MAX_CHECK_BYTES = 32L * 1024 * 1024;

  private static final BarrierJson JSON = BarrierJson.create(JsonLimits.defaults()
      .withMaxDocumentBytes(MAX_CHECK_BYTES)
      .withMaxNestingDepth(16)
      .withMaxStringLength(24 * 1024 * 1024));

  private Transparency() {}

  /**
   * Generates the documents of a deployment.
   *
   * @param deployment the deployment
   * @return the documents
   * @throws TransparencyException with the findings if a generated document breaks a rule of its
   *     standard, for example a text over its limit because of a long organisation name or many
   *     catalogues
   * @throws NullPointerException if {@code deployment} is {@code null}
   */
  public static TransparencyDocuments generate(Deployment deployment) {
    Objects.requireNonNull(deployment, "deployment");
    Facts facts = new Facts(deployment);
    byte[] record = JsonWriter.write(RegisterRecord.record(facts));
    byte[] template = JsonWriter.write(RegisterRecord.template(facts));
    byte[] dpia = JsonWriter.write(PrefillFiles.dpia(facts));
    byte[] iama = JsonWriter.write(PrefillFiles.iama(facts));
    List<Finding> findings = new ArrayList<>();
    for (byte[] document : List.of(record, template, dpia, iama)) {
      findings.addAll(check(document).findings());
    }
    if (!findings.isEmpty()) {
      throw new TransparencyException(findings);
    }
    Map<Language, String> cards = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      cards.put(language, ModelCard.html(facts, language));
    }
    return new TransparencyDocuments(record, template, dpia, iama, cards);
  }

  /**
   * Checks a document: an Algoritmeregister record (a JSON object), a supplier template (a JSON
   * array of records) or a DPIA or IAMA prefill file (a JSON object with {@code metadata} and
   * {@code answers}). Never throws for bad content: every problem is a finding.
   *
   * @param document the UTF-8 bytes
   * @return the kind found and every broken rule
   * @throws NullPointerException if {@code document} is {@code null}
   */
  public static CheckReport check(byte[] document) {
    Objects.requireNonNull(document, "document");
    JsonNode root;
    try {
      root = JSON.read(document, JsonNode.class);
    } catch (BarrierException e) {
      String path = e instanceof eu.barrier.core.json.JsonFormatException f ? f.path() : "";
      return new CheckReport(DocumentKind.UNKNOWN, List.of(new Finding(path, TransparencyError.DOCUMENT_UNREADABLE)));
    }
    if (root.isArray()) {
      return new CheckReport(DocumentKind.SUPPLIER_TEMPLATE, PublicationStandard.get().checkTemplate(root));
    }
    if (!root.isObject()) {
      return new CheckReport(DocumentKind.UNKNOWN, List.of(new Finding("", TransparencyError.DOCUMENT_UNREADABLE)));
    }
    if (root.has("metadata") || root.has("answers") || root.has("$schema")) {
      List<Finding> findings = AssessmentDefinition.check(root);
      return new CheckReport(prefillKind(root), findings);
    }
    return new CheckReport(DocumentKind.REGISTER_RECORD, PublicationStandard.get().checkRecord(root));
  }

  private static DocumentKind prefillKind(JsonNode root) {
    JsonNode urn = root.path("metadata").path("urn");
    Optional<AssessmentDefinition> definition = urn.isString() ? AssessmentDefinition.forUrn(urn.asString())
        : Optional.empty();
    if (definition.isEmpty()) {
      return DocumentKind.UNKNOWN;
    }
    return definition.get() == AssessmentDefinition.DPIA ? DocumentKind.DPIA_PREFILL : DocumentKind.IAMA_PREFILL;
  }
}
