package eu.barrier.workbench.synthetic;

import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.output.OutputFiles;
import eu.barrier.workbench.evaluation.LabelledInput;
import eu.barrier.workbench.evaluation.internal.JsonText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes a synthetic city as files; the same city gives the same bytes. See {@code
 * docs/workbench.md} for the formats.
 *
 * <ul>
 *   <li>{@value #CITY_JSON}: format {@code barrier-synth-city-v1}, with provenance, addresses,
 *       enterprises, establishments (with label, network and audit group) and persons;
 *   <li>{@value #ESTABLISHMENTS_CSV}: one row per establishment;
 *   <li>{@value #OBSERVATIONS_JSON}: the assess input of {@code barrier assess}, without labels;
 *   <li>{@value #OBSERVATIONS_CSV}: one row per observation;
 *   <li>{@value #LABELLED_JSON}: the labelled input of {@code barrier evaluate}.
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SyntheticFiles {

  /** The city document. */
  public static final String CITY_JSON = "establishments.json";
  /** The establishments as CSV. */
  public static final String ESTABLISHMENTS_CSV = "establishments.csv";
  /** The observations as assess input. */
  public static final String OBSERVATIONS_JSON = "observations.json";
  /** The observations as CSV. */
  public static final String OBSERVATIONS_CSV = "observations.csv";
  /** The labelled subjects for evaluation. */
  public static final String LABELLED_JSON = "labelled.json";

  /** The files written, in order. */
  public static final List<String> FILES = List.of(CITY_JSON, ESTABLISHMENTS_CSV, OBSERVATIONS_JSON,
      OBSERVATIONS_CSV, LABELLED_JSON);

  private SyntheticFiles() {}

  /**
   * Writes every file into a directory, creating it if needed and replacing files of the same
   * names. Each file goes through core's output policy ({@link OutputFiles#replace(Path,
   * OutputFiles.Content, OutputFiles.Access, String)}): a temporary file, forced, renamed, so a
   * failed write leaves the earlier file. Whether existing files may be replaced is the caller's
   * decision ({@link OutputFiles#checkAll}).
   *
   * @param city the city
   * @param directory the directory
   * @throws IOException if the directory cannot be created
   * @throws eu.barrier.core.output.OutputException if a file cannot be written
   * @throws NullPointerException if an argument is {@code null}
   */
  public static void write(SyntheticCity city, Path directory) throws IOException {
    Objects.requireNonNull(city, "city");
    Files.createDirectories(Objects.requireNonNull(directory, "directory"));
    OutputFiles.replace(directory.resolve(CITY_JSON), out -> writeCity(city, out), OutputFiles.Access.SHARED, CITY_JSON);
    OutputFiles.replace(directory.resolve(ESTABLISHMENTS_CSV), out -> writeEstablishmentsCsv(city, out),
        OutputFiles.Access.SHARED, ESTABLISHMENTS_CSV);
    OutputFiles.replace(directory.resolve(OBSERVATIONS_JSON), out -> LabelledInput.writeAssessInput(city.subjects(), out),
        OutputFiles.Access.SHARED, OBSERVATIONS_JSON);
    OutputFiles.replace(directory.resolve(OBSERVATIONS_CSV), out -> writeObservationsCsv(city, out),
        OutputFiles.Access.SHARED, OBSERVATIONS_CSV);
    OutputFiles.replace(directory.resolve(LABELLED_JSON), out -> LabelledInput.write(city.labelled(), out),
        OutputFiles.Access.SHARED, LABELLED_JSON);
  }

  /**
   * Writes the city document, format {@code barrier-synth-city-v1}.
   *
   * @param city the city
   * @param out where to write, UTF-8; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeCity(SyntheticCity city, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("{\"format\":\"barrier-synth-city-v1\",\n\"provenance\":{");
    boolean first = true;
    for (Map.Entry<String, String> e : CityGenerator.provenance(city.parameters()).entrySet()) {
      sb.append(first ? "" : ",");
      first = false;
      JsonText.name(sb, e.getKey());
      JsonText.string(sb, e.getValue());
    }
    sb.append("},\n\"addresses\":[\n");
    String country = city.parameters().country().code().toLowerCase(Locale.ROOT);
    List<SyntheticAddress> addresses = city.addresses();
    for (int i = 0; i < addresses.size(); i++) {
      SyntheticAddress a = addresses.get(i);
      sb.append('{');
      field(sb, "key", a.key()).append(',');
      field(sb, "street", a.street()).append(',');
      field(sb, "houseNumber", a.houseNumber()).append(',');
      field(sb, "postcode", a.postcode()).append(',');
      field(sb, "municipality", CityGenerator.MUNICIPALITY).append(',');
      field(sb, "country", country).append(',');
      field(sb, "kind", a.kind()).append('}');
      sb.append(i == addresses.size() - 1 ? "\n" : ",\n");
      flush(sb, w);
    }
    sb.append("],\n\"enterprises\":[\n");
    List<SyntheticEnterprise> enterprises = city.enterprises();
    for (int i = 0; i < enterprises.size(); i++) {
      SyntheticEnterprise e = enterprises.get(i);
      sb.append('{');
      field(sb, "enterpriseNumber", e.number().canonical()).append(',');
      field(sb, "legalName", e.legalName()).append(',');
      JsonText.name(sb, "managers").append('[');
      for (int m = 0; m < e.managers().size(); m++) {
        JsonText.string(sb.append(m == 0 ? "" : ","), e.managers().get(m));
      }
      sb.append("]}").append(i == enterprises.size() - 1 ? "\n" : ",\n");
      flush(sb, w);
    }
    sb.append("],\n\"establishments\":[\n");
    List<SyntheticEstablishment> establishments = city.establishments();
    for (int i = 0; i < establishments.size(); i++) {
      SyntheticEstablishment e = establishments.get(i);
      sb.append('{');
      field(sb, "id", e.reference().key()).append(',');
      field(sb, "establishmentUnitNumber", e.number().canonical()).append(',');
      field(sb, "enterpriseNumber", e.enterprise().canonical()).append(',');
      field(sb, "address", e.address()).append(',');
      field(sb, "sector", BarrierJson.enumId(e.sector())).append(',');
      JsonText.name(sb, "label").append(e.exploited()).append(',');
      if (e.network().isPresent()) {
        field(sb, "network", e.network().get()).append(',');
      }
      field(sb, "auditGroup", e.auditGroup()).append(',');
      JsonText.name(sb, "observations").append(e.observations().size()).append('}');
      sb.append(i == establishments.size() - 1 ? "\n" : ",\n");
      flush(sb, w);
    }
    sb.append("],\n\"persons\":[\n");
    List<SyntheticPerson> persons = city.persons();
    for (int i = 0; i < persons.size(); i++) {
      SyntheticPerson p = persons.get(i);
      sb.append('{');
      field(sb, "key", p.key()).append(',');
      field(sb, "name", p.name()).append(',');
      field(sb, "registeredAt", p.registeredAt()).append(',');
      field(sb, "role", p.role()).append('}');
      sb.append(i == persons.size() - 1 ? "\n" : ",\n");
      flush(sb, w);
    }
    sb.append("]}\n");
    w.append(sb);
    w.flush();
  }

  /**
   * Writes the establishments as CSV with a header: {@code id, establishmentUnitNumber,
   * enterpriseNumber, address, sector, label, network, auditGroup, observations}.
   *
   * @param city the city
   * @param out where to write, UTF-8; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeEstablishmentsCsv(SyntheticCity city, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("id,establishmentUnitNumber,enterpriseNumber,address,sector,label,network,auditGroup,observations\n");
    for (SyntheticEstablishment e : city.establishments()) {
      sb.append(e.reference().key()).append(',').append(e.number().canonical()).append(',')
          .append(e.enterprise().canonical()).append(',').append(e.address()).append(',')
          .append(BarrierJson.enumId(e.sector())).append(',').append(e.exploited()).append(',')
          .append(e.network().orElse("")).append(',').append(e.auditGroup()).append(',')
          .append(e.observations().size()).append('\n');
      flush(sb, w);
    }
    w.append(sb);
    w.flush();
  }

  /**
   * Writes the observations as CSV with a header: {@code subject, indicator, observedOn, source,
   * grading} (grading in the Europol 4x4 scheme, empty if ungraded).
   *
   * @param city the city
   * @param out where to write, UTF-8; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void writeObservationsCsv(SyntheticCity city, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("subject,indicator,observedOn,source,grading\n");
    for (SyntheticEstablishment e : city.establishments()) {
      for (Observation o : e.observations()) {
        Grading g = o.grading();
        sb.append(e.reference().key()).append(',').append(o.indicatorId()).append(',').append(o.period().from())
            .append(',').append(BarrierJson.enumId(o.source())).append(',')
            .append(g == null ? "" : g.source() + g.information()).append('\n');
      }
      flush(sb, w);
    }
    w.append(sb);
    w.flush();
  }

  private static StringBuilder field(StringBuilder sb, String name, String value) {
    JsonText.name(sb, name);
    return JsonText.string(sb, value);
  }

  private static void flush(StringBuilder sb, Writer w) throws IOException {
    if (sb.length() > 1 << 16) {
      w.append(sb);
      sb.setLength(0);
    }
  }
}
