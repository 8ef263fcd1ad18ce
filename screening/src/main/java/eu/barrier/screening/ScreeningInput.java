package eu.barrier.screening;

import eu.barrier.core.BarrierException;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.input.InputException;
import eu.barrier.core.input.InputFiles;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonLimits;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.scoring.AssessInput;
import eu.barrier.indicators.scoring.AssessInputException;
import eu.barrier.indicators.scoring.Subject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * The screening input directory: {@value #ESTABLISHMENTS} (the establishments, as {@code barrier
 * synth} and {@code barrier registers kbo} write them) and {@value #OBSERVATIONS} (the assess input
 * about establishments).
 *
 * <p>From {@value #ESTABLISHMENTS} only {@code establishments[*].id} and {@code
 * establishments[*].sector} are read; everything else in that file is never looked at: names,
 * addresses and managers are not needed to screen, and a synthetic file's ground-truth {@code
 * label} and fairness {@code auditGroup} must never reach a score.
 *
 * <p>Limits: {@value #MAX_ESTABLISHMENTS_BYTES} bytes for {@value #ESTABLISHMENTS}, {@link
 * AssessInput#MAX_DOCUMENT_BYTES} for {@value #OBSERVATIONS}; both must be regular files (a device
 * or pipe is refused before it is opened). For national runs use {@link
 * Screening#screenAll(Iterable, java.time.LocalDate)} on a stream instead. Every problem is
 * reported at once in one {@link ScreeningException}, with its file and JSON Pointer, never a
 * value.
 *
 * @param establishments the establishments in the order of {@value #ESTABLISHMENTS}, each with its
 *     observations
 * @param source the directory name and the SHA-256 of both files
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ScreeningInput(List<ObservedEstablishment> establishments, ScreeningResult.Source source) {

  /** The establishments file in the input directory. */
  public static final String ESTABLISHMENTS = "establishments.json";

  /** The observations file in the input directory. */
  public static final String OBSERVATIONS = "observations.json";

  /** Largest accepted {@value #ESTABLISHMENTS}, in bytes (256 MiB). */
  public static final int MAX_ESTABLISHMENTS_BYTES = 256 * 1024 * 1024;

  private static final BarrierJson JSON = BarrierJson.create(JsonLimits.defaults()
      .withMaxDocumentBytes(MAX_ESTABLISHMENTS_BYTES)
      .withMaxNestingDepth(32)
      .withMaxStringLength(64 * 1024)
      .withMaxTokenCount(64_000_000L));

  /**
   * Copies.
   *
   * @param establishments the establishments
   * @param source the source
   */
  public ScreeningInput {
    establishments = List.copyOf(establishments);
    java.util.Objects.requireNonNull(source, "source");
  }

  /**
   * Reads both files of a directory.
   *
   * @param directory the directory
   * @return the input
   * @throws ScreeningException listing every problem: {@link ScreeningError#INPUT_UNREADABLE},
   *     {@link ScreeningError#INPUT_TOO_LARGE} or a rule of the documents
   */
  public static ScreeningInput read(Path directory) {
    byte[] establishments = file(directory.resolve(ESTABLISHMENTS), ESTABLISHMENTS, MAX_ESTABLISHMENTS_BYTES);
    byte[] observations = file(directory.resolve(OBSERVATIONS), OBSERVATIONS, AssessInput.MAX_DOCUMENT_BYTES);
    Path name = directory.toAbsolutePath().normalize().getFileName();
    return read(name == null ? "input" : name.toString(), establishments, observations);
  }

  /**
   * Reads the two documents.
   *
   * @param name a name for the input, for example the directory name
   * @param establishmentsJson the establishments document
   * @param observationsJson the assess input document
   * @return the input
   * @throws ScreeningException listing every problem
   */
  public static ScreeningInput read(String name, byte[] establishmentsJson, byte[] observationsJson) {
    List<ScreeningException.Problem> problems = new ArrayList<>();
    Map<String, Sector> sectors = sectors(establishmentsJson, problems);
    List<Subject> subjects = List.of();
    try {
      subjects = AssessInput.read(observationsJson);
      AssessInput.requireKind(subjects, SubjectKind.ESTABLISHMENT);
    } catch (AssessInputException e) {
      for (AssessInputException.Problem p : e.problems()) {
        problems.add(new ScreeningException.Problem(OBSERVATIONS + " " + p.path() + " [" + p.code() + "]",
            ScreeningError.INPUT_OBSERVATIONS));
      }
    }
    if (!problems.isEmpty()) {
      throw new ScreeningException(problems);
    }
    Map<String, Subject> byKey = new HashMap<>();
    for (int i = 0; i < subjects.size(); i++) {
      Subject s = subjects.get(i);
      if (!sectors.containsKey(s.reference().key())) {
        problems.add(new ScreeningException.Problem(OBSERVATIONS + " /subjects/" + i + "/id",
            ScreeningError.INPUT_UNKNOWN_SUBJECT));
      }
      byKey.put(s.reference().key(), s);
    }
    if (!problems.isEmpty()) {
      throw new ScreeningException(problems);
    }
    List<ObservedEstablishment> list = new ArrayList<>(sectors.size());
    for (Map.Entry<String, Sector> e : sectors.entrySet()) {
      Subject subject = byKey.get(e.getKey());
      SubjectReference reference = SubjectReference.of(SubjectKind.ESTABLISHMENT, e.getKey());
      List<Observation> observations = subject == null ? List.of() : subject.observations();
      list.add(new ObservedEstablishment(reference, e.getValue(), observations));
    }
    TreeMap<String, String> hashes = new TreeMap<>();
    hashes.put(ESTABLISHMENTS, sha256(establishmentsJson));
    hashes.put(OBSERVATIONS, sha256(observationsJson));
    return new ScreeningInput(list, new ScreeningResult.Source(name, hashes));
  }

  /**
   * Reads a regular file of at most {@code limit} bytes through core's bounded reader, refusing
   * directories, devices and pipes unopened and never loading more than the limit.
   */
  static byte[] file(Path file, String name, long limit) {
    try {
      return InputFiles.read(file, limit, name);
    } catch (InputException e) {
      ScreeningError error = switch (e.error()) {
        case INPUT_NOT_REGULAR_FILE, INPUT_TOO_LARGE -> ScreeningError.INPUT_TOO_LARGE;
        case INPUT_ENCODING -> ScreeningError.INPUT_MALFORMED;
        default -> ScreeningError.INPUT_UNREADABLE;
      };
      throw new ScreeningException(error, name, e);
    }
  }

  private static Map<String, Sector> sectors(byte[] json, List<ScreeningException.Problem> problems) {
    Map<String, Sector> sectors = new LinkedHashMap<>();
    JsonNode root;
    try {
      root = JSON.read(json, JsonNode.class);
    } catch (BarrierException e) {
      problems.add(new ScreeningException.Problem(ESTABLISHMENTS + " [" + e.code() + "]",
          ScreeningError.INPUT_MALFORMED));
      return sectors;
    }
    JsonNode list = root == null || !root.isObject() ? null : root.get("establishments");
    if (list == null || !list.isArray()) {
      problems.add(new ScreeningException.Problem(ESTABLISHMENTS + " /establishments", ScreeningError.INPUT_MALFORMED));
      return sectors;
    }
    for (int i = 0; i < list.size(); i++) {
      String at = ESTABLISHMENTS + " /establishments/" + i;
      JsonNode item = list.get(i);
      JsonNode id = item.isObject() ? item.get("id") : null;
      JsonNode sector = item.isObject() ? item.get("sector") : null;
      if (id == null || !id.isString() || !validKey(id.asString())) {
        problems.add(new ScreeningException.Problem(at + "/id", ScreeningError.INPUT_BAD_ID));
        continue;
      }
      Optional<Sector> parsed = sector != null && sector.isString()
          ? BarrierJson.enumFromId(Sector.class, sector.asString()) : Optional.empty();
      if (parsed.isEmpty()) {
        problems.add(new ScreeningException.Problem(at + "/sector", ScreeningError.INPUT_BAD_SECTOR));
        continue;
      }
      if (sectors.put(id.asString(), parsed.get()) != null) {
        problems.add(new ScreeningException.Problem(at + "/id", ScreeningError.INPUT_DUPLICATE_ID));
      }
    }
    return sectors;
  }

  private static boolean validKey(String key) {
    try {
      SubjectReference.of(SubjectKind.ESTABLISHMENT, key);
    } catch (RuntimeException e) {
      return false;
    }
    // a key that names an identifier type must carry a valid identifier of it (check digits);
    // before issue 16, be-establishment:2999000000 was screened although its check digits are wrong
    int colon = key.indexOf(':');
    if (colon > 0) {
      IdentifierType type;
      try {
        type = IdentifierType.fromId(key.substring(0, colon));
      } catch (IllegalArgumentException e) {
        return true; // another kind of key, such as a pseudonym: its shape was checked above
      }
      return type.isValid(key.substring(colon + 1));
    }
    return true;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  /**
   * Returns the number of establishments; never a key.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ScreeningInput[establishments=" + establishments.size() + "]";
  }
}
