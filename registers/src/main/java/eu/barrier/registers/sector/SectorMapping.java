package eu.barrier.registers.sector;

import eu.barrier.core.BarrierException;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.registers.RegisterFormatException;
import eu.barrier.registers.RegisterProblem;
import eu.barrier.registers.RegistersError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * The activity-to-sector table, format {@value #FORMAT}: a versioned JSON document, described by the
 * JSON Schema {@value #SCHEMA_RESOURCE}, linted when loaded.
 *
 * <p>{@link #match} finds the entry whose code is the longest prefix of the given code's digits in
 * the same code list: {@code 56} covers {@code 56101}, and {@code 9602203} (manicure and pedicure)
 * is more specific than {@code 96022} (beauty care). An empty result means "no mapping", never
 * "not a risk sector".
 *
 * <p>Lint rules, checked on load, each reported with its JSON Pointer: the format and a semantic
 * version; every code list used is described with its source; codes are digits of a length the
 * list has; a sector is a Barrier sector id and never {@code night-shop}; no code is listed twice in
 * one list; an entry not verified against its list says why in a note. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SectorMapping {

  /** The format name. */
  public static final String FORMAT = "barrier-activity-sectors";

  /** Resource name of the bundled table. */
  public static final String TABLE_RESOURCE = "/eu/barrier/registers/sector/activity-sectors-1.0.0.json";

  /** Resource name of the JSON Schema of the table. */
  public static final String SCHEMA_RESOURCE = "/eu/barrier/registers/schema/activity-sectors-v1.schema.json";

  private static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Set<String> KNOWN = Set.of("format", "version", "codeLists", "mappings");
  private static final Set<String> ENTRY = Set.of("codeList", "code", "sector", "verified", "label", "note");
  private static final Set<String> LIST = Set.of("title", "source", "verifiedAgainst");

  private static final class Holder {
    static final SectorMapping BUNDLED = loadBundled();
  }

  private final String version;
  private final Map<CodeList, Map<String, SectorMatch>> entries;
  private final Map<CodeList, String> sources;

  private SectorMapping(String version, Map<CodeList, Map<String, SectorMatch>> entries,
      Map<CodeList, String> sources) {
    this.version = version;
    this.entries = entries;
    this.sources = sources;
  }

  /**
   * Returns the table bundled in this module ({@value #TABLE_RESOURCE}).
   *
   * @return the table
   */
  public static SectorMapping bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Reads and lints a table.
   *
   * @param json the document, UTF-8
   * @return the table
   * @throws RegisterFormatException with code {@code BARRIER-REG-0201}, listing every broken rule
   */
  public static SectorMapping read(byte[] json) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = BarrierJson.create().read(json, JsonNode.class);
    } catch (BarrierException e) {
      throw new RegisterFormatException(List.of(problem("", "not a JSON document within limits [" + e.code() + "]")), null);
    }
    List<RegisterProblem> problems = new ArrayList<>();
    if (!root.isObject()) {
      throw new RegisterFormatException(List.of(problem("", "must be an object")), null);
    }
    unknown(root, KNOWN, "", problems);
    if (!FORMAT.equals(text(root, "format"))) {
      problems.add(problem("/format", "must be " + FORMAT));
    }
    String version = text(root, "version");
    if (version == null || !VERSION.matcher(version).matches()) {
      problems.add(problem("/version", "must be a semantic version such as 1.0.0"));
    }
    Map<CodeList, String> sources = new EnumMap<>(CodeList.class);
    JsonNode lists = root.get("codeLists");
    if (lists == null || !lists.isObject()) {
      problems.add(problem("/codeLists", "must be an object of code lists"));
    } else {
      for (String name : lists.propertyNames()) {
        String at = "/codeLists/" + name;
        Optional<CodeList> list = BarrierJson.enumFromId(CodeList.class, name);
        JsonNode item = lists.get(name);
        if (list.isEmpty()) {
          problems.add(problem(at, "must be nace-bel-2008, nace-bel-2025, sbi-2008 or sbi-2025"));
          continue;
        }
        if (!item.isObject()) {
          problems.add(problem(at, "must be an object"));
          continue;
        }
        unknown(item, LIST, at, problems);
        String source = text(item, "source");
        if (text(item, "title") == null || source == null) {
          problems.add(problem(at, "must give a title and a source"));
        } else {
          sources.put(list.get(), source);
        }
      }
    }
    Map<CodeList, Map<String, SectorMatch>> entries = new EnumMap<>(CodeList.class);
    JsonNode mappings = root.get("mappings");
    if (mappings == null || !mappings.isArray() || mappings.isEmpty()) {
      problems.add(problem("/mappings", "must be a non-empty array"));
    } else {
      for (int i = 0; i < mappings.size(); i++) {
        entry(mappings.get(i), "/mappings/" + i, sources, entries, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new RegisterFormatException(problems, null);
    }
    Map<CodeList, Map<String, SectorMatch>> frozen = new EnumMap<>(CodeList.class);
    entries.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
    return new SectorMapping(version, frozen, Map.copyOf(sources));
  }

  /**
   * Returns the version of the table.
   *
   * @return for example {@code 1.0.0}
   */
  public String version() {
    return version;
  }

  /**
   * Returns where the codes of a list were taken from.
   *
   * @param list the code list
   * @return the source, or empty if the table maps no code of that list
   */
  public Optional<String> source(CodeList list) {
    return Optional.ofNullable(sources.get(list));
  }

  /**
   * Finds the entry for a code: the longest prefix of its digits that the table lists.
   *
   * @param list the code list
   * @param code the code, with or without dots ({@code 96.022}, {@code 9602203})
   * @return the match; empty if no entry covers the code
   */
  public Optional<SectorMatch> match(CodeList list, String code) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(code, "code");
    Map<String, SectorMatch> table = entries.get(list);
    if (table == null) {
      return Optional.empty();
    }
    String digits = code.replace(".", "");
    if (!DIGITS.matcher(digits).matches()) {
      return Optional.empty();
    }
    for (int length = Math.min(digits.length(), list.maxDigits()); length >= 2; length--) {
      SectorMatch match = table.get(digits.substring(0, length));
      if (match != null) {
        return Optional.of(match);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every entry of a list, keyed by code.
   *
   * @param list the code list
   * @return the entries; empty if none
   */
  public Map<String, SectorMatch> entries(CodeList list) {
    return entries.getOrDefault(list, Map.of());
  }

  private static void entry(JsonNode e, String at, Map<CodeList, String> sources,
      Map<CodeList, Map<String, SectorMatch>> entries, List<RegisterProblem> problems) {
    if (!e.isObject()) {
      problems.add(problem(at, "must be an object"));
      return;
    }
    unknown(e, ENTRY, at, problems);
    String listId = text(e, "codeList");
    Optional<CodeList> list = listId == null ? Optional.empty() : BarrierJson.enumFromId(CodeList.class, listId);
    if (list.isEmpty()) {
      problems.add(problem(at + "/codeList", "must be nace-bel-2008, nace-bel-2025, sbi-2008 or sbi-2025"));
      return;
    }
    if (!sources.containsKey(list.get())) {
      problems.add(problem(at + "/codeList", "must be described in /codeLists with its source"));
    }
    String code = text(e, "code");
    if (code == null || !DIGITS.matcher(code).matches() || code.length() < 2
        || code.length() > list.get().maxDigits() || code.length() == 6) {
      problems.add(problem(at + "/code", "must be digits without dots: 2 to 5, or 7 for NACE-BEL"));
      return;
    }
    String sectorId = text(e, "sector");
    Optional<Sector> sector = sectorId == null ? Optional.empty() : BarrierJson.enumFromId(Sector.class, sectorId);
    if (sector.isEmpty()) {
      problems.add(problem(at + "/sector", "must be a Barrier sector id such as carwash or horeca"));
      return;
    }
    if (sector.get() == Sector.NIGHT_SHOP) {
      problems.add(problem(at + "/sector",
          "night-shop is never derived from an activity code; it comes from the municipal permit"));
      return;
    }
    JsonNode verified = e.get("verified");
    if (verified == null || !verified.isBoolean()) {
      problems.add(problem(at + "/verified", "must be true or false"));
      return;
    }
    if (!verified.booleanValue() && text(e, "note") == null) {
      problems.add(problem(at + "/note", "an entry not verified against its code list must say why"));
    }
    SectorMatch match = new SectorMatch(sector.get(), list.get(), code, verified.booleanValue());
    if (entries.computeIfAbsent(list.get(), k -> new HashMap<>()).put(code, match) != null) {
      problems.add(problem(at + "/code", "is listed twice in the same code list"));
    }
  }

  private static void unknown(JsonNode node, Set<String> known, String at, List<RegisterProblem> problems) {
    for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext();) {
      String name = it.next();
      if (!known.contains(name)) {
        problems.add(problem(at + "/*", "property is not defined for this object"));
      }
    }
  }

  private static String text(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v != null && v.isString() && !v.asString().isBlank() ? v.asString() : null;
  }

  private static RegisterProblem problem(String pointer, String detail) {
    return new RegisterProblem("activity-sectors", 0, pointer, RegistersError.MAPPING_INVALID, detail);
  }

  private static SectorMapping loadBundled() {
    try (InputStream in = SectorMapping.class.getResourceAsStream(TABLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled activity-sector table is missing");
      }
      return read(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
