package eu.barrier.benchmarks;

import eu.barrier.core.address.Address;
import eu.barrier.core.address.AddressReference;
import eu.barrier.core.address.Country;
import eu.barrier.core.establishment.ActivityClassification;
import eu.barrier.core.establishment.ActivityCode;
import eu.barrier.core.establishment.Establishment;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cost of Barrier's JSON codec and boundary on a realistic exchange document, an {@link
 * EstablishmentDocument}: one Belgian establishment (unit and enterprise number, address with an
 * OSLO reference, four activity codes in NACE-BEL 2008 and 2025) and {@code observations}
 * observations about it, each graded (Europol 4x4, Admiralty 6x6 or UK 3x5x2), some with an
 * evidence reference and a note. The document is 3,698 bytes with the default 10 observations
 * (955 with 1, 30,529 with 100).
 *
 * <p>Benchmarks and the baseline each is compared with, all on the same bytes and in the same run:
 *
 * <ul>
 *   <li>{@link #barrierRead} ({@code BarrierJson.read}, strict binding to the records) against
 *       {@link #rawTreeRead} (a plain {@code JsonMapper.builder().build()} reading the bytes into a
 *       {@code JsonNode} tree): what strictness, identifier parsing and record construction add
 *       to tokenising;
 *   <li>{@link #barrierWrite} ({@code BarrierJson.write} of the records) against {@link
 *       #rawTreeWrite} (the plain mapper writing the tree; it produces the same bytes);
 *   <li>{@link #boundaryParse} ({@code Boundary.parse}: collecting binding plus Jakarta validation
 *       of the whole tree) against {@link #barrierRead}; {@link #jakartaValidate} (validation of the
 *       already bound value with a Hibernate Validator configured as {@code Boundary} configures
 *       its own) splits that difference into binding and validation.
 * </ul>
 *
 * <p>The plain mapper is a tree baseline, not a binding baseline: it cannot bind the document. The
 * identifier classes have private constructors and no Jackson annotations (core's internal
 * identifier module reads them through {@code parse} and writes their canonical digits). A plain
 * mapper therefore fails to read an {@code Establishment} ({@code InvalidDefinitionException}: no
 * creator for {@code BeEstablishmentUnitNumber}), and writing it "succeeds" with every identifier
 * written as an empty object {@code {}} and absent ones as {@code null} (Jackson 3 no longer fails
 * on empty beans by default): the identifiers are silently lost.
 *
 * <p>Run (from the repository root):
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar JsonCodec -f 1 -wi 3 -w 1 -i 5 -r 1 -prof gc
 * </pre>
 *
 * <p>Add {@code -p observations=1,10,100} to see how the costs scale with the document. For
 * figures to publish use the defaults ({@code -f 3}) on a quiet machine. Identifiers are synthetic
 * numbers with valid check digits (the core test fixture's); names, keys and addresses are made up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class JsonCodecBenchmark {

  /** The document in every form the benchmarks start from, and the codecs. */
  @State(Scope.Benchmark)
  public static class Document {

    /** The number of observations in the document. */
    @Param({"10"})
    public int observations;

    BarrierJson json;
    Boundary boundary;
    jakarta.validation.Validator validator;
    JsonMapper plain;
    EstablishmentDocument value;
    byte[] bytes;
    JsonNode tree;

    /**
     * Builds the document, writes it with Barrier and checks that every benchmark sees a valid,
     * equivalent input.
     */
    @Setup
    public void setUp() {
      json = BarrierJson.create();
      boundary = Boundary.create(json);
      validator =
          jakarta.validation.Validation.byProvider(
                  org.hibernate.validator.HibernateValidator.class)
              .configure()
              .messageInterpolator(
                  new org.hibernate.validator.messageinterpolation
                      .ParameterMessageInterpolator())
              .buildValidatorFactory()
              .getValidator();
      plain = JsonMapper.builder().build();
      value = document(observations);
      bytes = json.write(value);
      tree = plain.readTree(bytes);

      if (!json.read(bytes, EstablishmentDocument.class).equals(value)) {
        throw new IllegalStateException("Barrier read does not return the written document");
      }
      BoundaryResult<EstablishmentDocument> checked =
          boundary.parse(bytes, EstablishmentDocument.class);
      if (!checked.isValid() || !validator.validate(value).isEmpty()) {
        throw new IllegalStateException("the document is not valid: " + checked.violations());
      }
      if (!Arrays.equals(plain.writeValueAsBytes(tree), bytes)) {
        throw new IllegalStateException("the plain tree does not write the same bytes");
      }
    }
  }

  private static final String[] INDICATORS = {
    "SEC-CW-07", "SEC-CW-02", "BA-HOUSING-03", "ILO-AL-DR-01", "ILO-AL-CD-02"
  };

  private static final Agency[] SOURCES = {
    Agency.SOCIAL_INSPECTION, Agency.LOCAL_POLICE, Agency.POPULATION_REGISTER,
    Agency.FEDERAL_POLICE, Agency.TAX_AUTHORITY
  };

  static EstablishmentDocument document(int observations) {
    Establishment establishment =
        new Establishment(
            "genk-est-0001",
            BeEstablishmentUnitNumber.parse("2104471814"),
            null,
            BeEnterpriseNumber.parse("0403019261"),
            null,
            new Address(
                Country.BE,
                AddressReference.oslo("90000001", "2025-02-01T09:00:00+01:00"),
                "Zonnebloemstraat",
                "17A",
                "2",
                null,
                null,
                "3600",
                "Genk",
                "71016"),
            List.of(
                ActivityCode.of(ActivityClassification.NACE_BEL_2008, "45.206"),
                ActivityCode.of(ActivityClassification.NACE_BEL_2025, "95.315"),
                ActivityCode.of(ActivityClassification.NACE_BEL_2008, "96.040"),
                ActivityCode.of(ActivityClassification.NACE_BEL_2025, "96.230")),
            Sector.CARWASH);
    SubjectReference subject = SubjectReference.of(establishment.beEstablishmentUnitNumber());
    LocalDate start = LocalDate.of(2026, 1, 5);
    List<Observation> list = new ArrayList<>(observations);
    for (int i = 0; i < observations; i++) {
      Grading grading =
          switch (i % 3) {
            case 0 -> Grading.of(GradingScheme.EUROPOL_4X4, "B", "2", "H2");
            case 1 -> Grading.of(GradingScheme.ADMIRALTY_6X6, "C", "3");
            default -> Grading.of(GradingScheme.UK_3X5X2, "2", "B", "C");
          };
      LocalDate from = start.plusDays(7L * i);
      list.add(
          new Observation(
              INDICATORS[i % INDICATORS.length],
              subject,
              ObservedPeriod.of(from, from.plusDays(i % 4)),
              SOURCES[i % SOURCES.length],
              grading,
              i % 2 == 0 ? String.format("PV-2026-%06d", 123 + i) : null,
              i % 4 == 1
                  ? "Synthetic note " + i + ". Vier medewerkers zonder contract aangetroffen;"
                      + " slaapplaatsen in de berging."
                  : null));
    }
    return new EstablishmentDocument(establishment, list);
  }

  /**
   * Reads the document with Barrier's strict codec.
   *
   * @param doc the document
   * @return the bound records
   */
  @Benchmark
  public EstablishmentDocument barrierRead(Document doc) {
    return doc.json.read(doc.bytes, EstablishmentDocument.class);
  }

  /**
   * Writes the records with Barrier's codec.
   *
   * @param doc the document
   * @return the UTF-8 JSON
   */
  @Benchmark
  public byte[] barrierWrite(Document doc) {
    return doc.json.write(doc.value);
  }

  /**
   * Baseline of {@link #barrierRead}: a plain Jackson 3 mapper reading the same bytes into a tree.
   *
   * @param doc the document
   * @return the tree
   */
  @Benchmark
  public JsonNode rawTreeRead(Document doc) {
    return doc.plain.readTree(doc.bytes);
  }

  /**
   * Baseline of {@link #barrierWrite}: a plain Jackson 3 mapper writing the tree (same bytes).
   *
   * @param doc the document
   * @return the UTF-8 JSON
   */
  @Benchmark
  public byte[] rawTreeWrite(Document doc) {
    return doc.plain.writeValueAsBytes(doc.tree);
  }

  /**
   * Parses and validates the document at the boundary: collecting binding, then Jakarta
   * validation of the whole tree. Compare with {@link #barrierRead}.
   *
   * @param doc the document
   * @return the result (valid)
   */
  @Benchmark
  public BoundaryResult<EstablishmentDocument> boundaryParse(Document doc) {
    return doc.boundary.parse(doc.bytes, EstablishmentDocument.class);
  }

  /**
   * Jakarta validation alone, of the already bound document, to split {@link #boundaryParse}.
   *
   * @param doc the document
   * @return the violations (none)
   */
  @Benchmark
  public Object jakartaValidate(Document doc) {
    return doc.validator.validate(doc.value);
  }
}
