package eu.barrier.cli.screen;

import eu.barrier.core.BarrierException;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.indicators.scoring.AssessInput;
import eu.barrier.indicators.scoring.AssessInputException;
import eu.barrier.indicators.scoring.Subject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads the screening input: a directory with {@value #ESTABLISHMENTS} (the establishments, as
 * {@code barrier synth} writes them) and {@value #OBSERVATIONS} (the assess input of {@code barrier
 * assess}).
 *
 * <p>From {@value #ESTABLISHMENTS} only {@code establishments[*].id} and {@code
 * establishments[*].sector} are read. Everything else in that file is never looked at: names,
 * addresses and managers are not needed to screen, and a synthetic file's ground-truth {@code label}
 * and fairness {@code auditGroup} must never reach a score.
 */
public final class ScreenInput {

  /** The establishments file in the input directory. */
  public static final String ESTABLISHMENTS = "establishments.json";

  /** The observations file in the input directory. */
  public static final String OBSERVATIONS = "observations.json";

  private static final int MAX_ESTABLISHMENTS_BYTES = 256 * 1024 * 1024;

  private ScreenInput() {}

  /**
   * An establishment to screen.
   *
   * @param sector its sector
   * @param subject its key and observations
   */
  public record Entry(Sector sector, Subject subject) {

    /**
     * Returns the subject key.
     *
     * @return the key
     */
    public String key() {
      return subject.reference().key();
    }

    /**
     * Returns the sector and number of observations; never the key.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return "Entry[sector=" + sector + ", observations=" + subject.observations().size() + "]";
    }
  }

  /** The input broke a rule; each problem names its file and JSON Pointer, never a value. */
  public static final class InvalidInput extends Exception {
    private static final long serialVersionUID = 1L;

    /** The problems, one line each. */
    private final List<String> problems;

    InvalidInput(List<String> problems) {
      super(problems.size() + " problem(s) in the screening input");
      this.problems = List.copyOf(problems);
    }

    /**
     * Returns the problems.
     *
     * @return one line per problem
     */
    public List<String> problems() {
      return problems;
    }
  }

  /**
   * Reads both files of a directory.
   *
   * @param directory the directory
   * @return the establishments in the order of {@value #ESTABLISHMENTS}, each with its
   *     observations
   * @throws InvalidInput if a file breaks a rule
   * @throws IOException if a file cannot be read
   */
  public static List<Entry> read(Path directory) throws InvalidInput, IOException {
    Path establishmentsFile = directory.resolve(ESTABLISHMENTS);
    Path observationsFile = directory.resolve(OBSERVATIONS);
    if (Files.size(establishmentsFile) > MAX_ESTABLISHMENTS_BYTES) {
      throw new InvalidInput(List.of(ESTABLISHMENTS + ": larger than " + MAX_ESTABLISHMENTS_BYTES + " bytes"));
    }
    if (Files.size(observationsFile) > AssessInput.MAX_DOCUMENT_BYTES) {
      throw new InvalidInput(List.of(OBSERVATIONS + ": larger than " + AssessInput.MAX_DOCUMENT_BYTES + " bytes"));
    }
    return read(Files.readAllBytes(establishmentsFile), Files.readAllBytes(observationsFile));
  }

  /**
   * Reads the two documents.
   *
   * @param establishmentsJson the establishments document
   * @param observationsJson the assess input document
   * @return the establishments in document order, each with its observations
   * @throws InvalidInput if a document breaks a rule
   */
  public static List<Entry> read(byte[] establishmentsJson, byte[] observationsJson) throws InvalidInput {
    List<String> problems = new ArrayList<>();
    Map<String, Sector> sectors = sectors(establishmentsJson, problems);
    List<Subject> subjects = List.of();
    try {
      subjects = AssessInput.read(observationsJson);
      AssessInput.requireKind(subjects, SubjectKind.ESTABLISHMENT);
    } catch (AssessInputException e) {
      e.problems().forEach(p -> problems.add(OBSERVATIONS + ": " + p));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Map<String, Subject> byKey = new HashMap<>();
    for (int i = 0; i < subjects.size(); i++) {
      Subject s = subjects.get(i);
      if (!sectors.containsKey(s.reference().key())) {
        problems.add(OBSERVATIONS + ": /subjects/" + i + "/id: no establishment with this id in " + ESTABLISHMENTS);
      }
      byKey.put(s.reference().key(), s);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    List<Entry> entries = new ArrayList<>(sectors.size());
    for (Map.Entry<String, Sector> e : sectors.entrySet()) {
      Subject subject = byKey.get(e.getKey());
      if (subject == null) {
        subject = new Subject(eu.barrier.core.observation.SubjectReference.of(SubjectKind.ESTABLISHMENT, e.getKey()),
            List.of());
      }
      entries.add(new Entry(e.getValue(), subject));
    }
    return entries;
  }

  private static Map<String, Sector> sectors(byte[] json, List<String> problems) {
    Map<String, Sector> sectors = new LinkedHashMap<>();
    JsonNode root;
    try {
      root = BarrierJson.create().read(json, JsonNode.class);
    } catch (BarrierException e) {
      problems.add(ESTABLISHMENTS + ": not a JSON document within limits [" + e.code() + "]");
      return sectors;
    }
    JsonNode list = root == null ? null : root.get("establishments");
    if (list == null || !list.isArray()) {
      problems.add(ESTABLISHMENTS + ": /establishments: must be an array");
      return sectors;
    }
    for (int i = 0; i < list.size(); i++) {
      String at = ESTABLISHMENTS + ": /establishments/" + i;
      JsonNode item = list.get(i);
      JsonNode id = item.get("id");
      JsonNode sector = item.get("sector");
      if (id == null || !id.isString() || !validKey(id.asString())) {
        problems.add(at + "/id: must be a subject key such as be-establishment:<10 digits>");
        continue;
      }
      Optional<Sector> parsed = sector != null && sector.isString()
          ? BarrierJson.enumFromId(Sector.class, sector.asString()) : Optional.empty();
      if (parsed.isEmpty()) {
        problems.add(at + "/sector: must be a sector id such as carwash, massage or other");
        continue;
      }
      if (sectors.put(id.asString(), parsed.get()) != null) {
        problems.add(at + "/id: repeats an earlier establishment");
      }
    }
    return sectors;
  }

  private static boolean validKey(String key) {
    try {
      eu.barrier.core.observation.SubjectReference.of(SubjectKind.ESTABLISHMENT, key);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
