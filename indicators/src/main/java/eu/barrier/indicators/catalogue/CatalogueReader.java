package eu.barrier.indicators.catalogue;

import eu.barrier.core.json.BarrierJson;
import eu.barrier.indicators.IndicatorsError;
import eu.barrier.core.observation.Agency;
import eu.barrier.indicators.catalogue.Basis;
import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.CatalogueFormatException;
import eu.barrier.indicators.catalogue.CatalogueScoring;
import eu.barrier.indicators.catalogue.CatalogueFormatException.Problem;
import eu.barrier.indicators.catalogue.Category;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.core.Language;
import eu.barrier.indicators.catalogue.LocalizedText;
import eu.barrier.indicators.catalogue.Provenance;
import eu.barrier.indicators.catalogue.Purpose;
import eu.barrier.core.establishment.Sector;
import eu.barrier.indicators.catalogue.SemanticVersion;
import eu.barrier.indicators.catalogue.SourceDocument;
import eu.barrier.indicators.catalogue.Strength;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.indicators.catalogue.Verification;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns a parsed catalogue tree into a {@link Catalogue}, collecting every format problem with its
 * JSON Pointer before failing. The field names and limits here are the catalogue format v1; the
 * JSON Schema {@code catalogue-v1.schema.json} states the same rules.
 */
final class CatalogueReader {

  /** The value of the {@code format} field of version 1 documents. */
  public static final String FORMAT = "barrier-catalogue-v1";
  /** Most indicators in one catalogue. */
  public static final int MAX_INDICATORS = 2000;
  /** Most source documents in one catalogue. */
  public static final int MAX_SOURCES = 50;
  /** Most related-indicator references on one indicator. */
  public static final int MAX_RELATED = 50;
  /** Longest title or label, in characters. */
  public static final int MAX_SHORT_TEXT = 200;
  /** Longest description or note, in characters. */
  public static final int MAX_LONG_TEXT = 4000;
  /** Longest source title or review note, in characters. */
  public static final int MAX_MEDIUM_TEXT = 1000;
  /** Longest URL, in characters. */
  public static final int MAX_URL = 2000;

  /** Catalogue and source ids: lower-kebab, at most 64 characters. */
  public static final Pattern CATALOGUE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+){0,15}");
  /** Indicator ids: upper-case words joined by hyphens, at most 40 characters. */
  public static final Pattern INDICATOR_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+){0,9}");
  /** Related-indicator references: {@code INDICATOR-ID} or {@code catalogue-id/INDICATOR-ID}. */
  public static final Pattern REFERENCE =
      Pattern.compile("(" + CATALOGUE_ID.pattern() + "/)?" + INDICATOR_ID.pattern());
  private static final Pattern URL = Pattern.compile("https?://[^\\s\\p{Cntrl}]+");
  private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{6}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

  private static final Set<String> ROOT_FIELDS = Set.of("format", "id", "version", "title", "description",
      "subjectKind", "purpose", "childProtection", "provenance", "indicators", "scoring");
  private static final Set<String> SCORING_FIELDS = Set.of("points", "categoryCap", "halfLifeDays", "thresholds");
  private static final Set<String> POINTS_FIELDS = Set.of("strong", "medium", "weak", "provisional");
  private static final Set<String> THRESHOLD_FIELDS = Set.of("low", "medium", "high");
  private static final Set<String> PROVENANCE_FIELDS = Set.of("verification", "sources", "notes");
  private static final Set<String> SOURCE_FIELDS = Set.of("id", "title", "url", "date");
  private static final Set<String> INDICATOR_FIELDS = Set.of("id", "label", "description", "category",
      "strength", "observedBy", "sectors", "basis", "sources", "related", "protectedTermReview");

  private final List<Problem> problems = new ArrayList<>();

  private CatalogueReader() {}

  /**
   * Reads a catalogue from a parsed tree.
   *
   * @param root the document root
   * @return the catalogue
   * @throws CatalogueFormatException listing every problem found
   */
  public static Catalogue read(JsonNode root) {
    CatalogueReader reader = new CatalogueReader();
    Catalogue catalogue = reader.catalogue(root);
    if (!reader.problems.isEmpty() || catalogue == null) {
      if (reader.problems.isEmpty()) {
        throw new IllegalStateException("catalogue reader failed without a problem");
      }
      throw new CatalogueFormatException(reader.problems);
    }
    return catalogue;
  }

  // ---- structure ----

  private Catalogue catalogue(JsonNode root) {
    if (!object(root, "", ROOT_FIELDS)) {
      return null;
    }
    String format = string(root, "", "format", 64, true);
    if (format != null && !format.equals(FORMAT)) {
      problem("/format", IndicatorsError.UNKNOWN_VALUE, "format must be '" + FORMAT + "'");
    }
    String id = pattern(string(root, "", "id", 64, true), "/id", CATALOGUE_ID, "a lower-kebab catalogue id");
    String versionText = string(root, "", "version", 32, true);
    SemanticVersion version = null;
    if (versionText != null) {
      if (SemanticVersion.isValid(versionText)) {
        version = SemanticVersion.parse(versionText);
      } else {
        problem("/version", IndicatorsError.BAD_FORMAT, "version must be MAJOR.MINOR.PATCH without leading zeros");
      }
    }
    LocalizedText title = text(root, "", "title", MAX_SHORT_TEXT, false, true);
    LocalizedText description = text(root, "", "description", MAX_LONG_TEXT, false, true);
    SubjectKind subjectKind = name(root, "", "subjectKind", SubjectKind.values(), BarrierJson::enumId, true);
    Purpose purpose = name(root, "", "purpose", Purpose.values(), Purpose::id, true);
    Boolean childProtection = bool(root, "", "childProtection");
    Provenance provenance = provenance(root.get("provenance"), "/provenance");
    List<Indicator> indicators = indicators(root.get("indicators"), "/indicators");
    Optional<CatalogueScoring> scoring = scoring(root.get("scoring"), "/scoring");
    if (!problems.isEmpty()) {
      return null;
    }
    return new Catalogue(id, version, title, description, subjectKind, purpose, childProtection, provenance, indicators,
        scoring);
  }

  private Optional<CatalogueScoring> scoring(JsonNode node, String path) {
    if (node == null) {
      return Optional.empty();
    }
    if (!object(node, path, SCORING_FIELDS)) {
      return Optional.empty();
    }
    int before = problems.size();
    CatalogueScoring d = CatalogueScoring.DEFAULTS;
    int strong = d.strongPoints();
    int medium = d.mediumPoints();
    int weak = d.weakPoints();
    int provisional = d.provisionalPoints();
    JsonNode points = node.get("points");
    if (points != null && object(points, path + "/points", POINTS_FIELDS)) {
      strong = integer(points, path + "/points", "strong", 0, CatalogueScoring.MAX_POINTS, strong);
      medium = integer(points, path + "/points", "medium", 0, CatalogueScoring.MAX_POINTS, medium);
      weak = integer(points, path + "/points", "weak", 0, CatalogueScoring.MAX_POINTS, weak);
      provisional = integer(points, path + "/points", "provisional", 0, CatalogueScoring.MAX_POINTS, provisional);
    }
    int cap = integer(node, path, "categoryCap", 1, CatalogueScoring.MAX_TOTAL, d.categoryCap());
    int halfLife = integer(node, path, "halfLifeDays", 0, CatalogueScoring.MAX_HALF_LIFE_DAYS, d.halfLifeDays());
    int low = d.lowThreshold();
    int mid = d.mediumThreshold();
    int high = d.highThreshold();
    JsonNode thresholds = node.get("thresholds");
    if (thresholds != null && object(thresholds, path + "/thresholds", THRESHOLD_FIELDS)) {
      low = integer(thresholds, path + "/thresholds", "low", 1, CatalogueScoring.MAX_TOTAL, low);
      mid = integer(thresholds, path + "/thresholds", "medium", 1, CatalogueScoring.MAX_TOTAL, mid);
      high = integer(thresholds, path + "/thresholds", "high", 1, CatalogueScoring.MAX_TOTAL, high);
    }
    if (problems.size() != before) {
      return Optional.empty();
    }
    if (!(low < mid && mid < high)) {
      problem(path + "/thresholds", IndicatorsError.BAD_SCORING, "thresholds must rise: low < medium < high");
      return Optional.empty();
    }
    return Optional.of(new CatalogueScoring(strong, medium, weak, provisional, cap, halfLife, low, mid, high));
  }

  private int integer(JsonNode parent, String parentPath, String field, int min, int max, int fallback) {
    String path = parentPath + "/" + field;
    JsonNode node = parent.get(field);
    if (node == null) {
      return fallback;
    }
    if (!node.isIntegralNumber()) {
      problem(path, IndicatorsError.WRONG_TYPE, "must be a whole number");
      return fallback;
    }
    if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
      problem(path, IndicatorsError.BAD_SCORING, String.format(Locale.ROOT, "must be between %d and %d", min, max));
      return fallback;
    }
    return node.intValue();
  }

  private Provenance provenance(JsonNode node, String path) {
    if (node == null) {
      problem(path, IndicatorsError.MISSING_FIELD, "required field is missing");
      return null;
    }
    if (!object(node, path, PROVENANCE_FIELDS)) {
      return null;
    }
    Verification verification = name(node, path, "verification", Verification.values(), Verification::id, true);
    List<SourceDocument> sources = new ArrayList<>();
    JsonNode array = node.get("sources");
    if (array(array, path + "/sources", 1, MAX_SOURCES, true)) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < array.size(); i++) {
        String p = path + "/sources/" + i;
        JsonNode source = array.get(i);
        if (!object(source, p, SOURCE_FIELDS)) {
          continue;
        }
        String sid = pattern(string(source, p, "id", 64, true), p + "/id", CATALOGUE_ID, "a lower-kebab source id");
        if (sid != null && !seen.add(sid)) {
          problem(p + "/id", IndicatorsError.DUPLICATE_VALUE, "source ids are unique");
        }
        String title = string(source, p, "title", MAX_MEDIUM_TEXT, true);
        String url = pattern(string(source, p, "url", MAX_URL, false), p + "/url", URL, "an http or https URL");
        String date = date(string(source, p, "date", 10, false), p + "/date");
        if (sid != null && title != null) {
          sources.add(new SourceDocument(sid, title, Optional.ofNullable(url), Optional.ofNullable(date)));
        }
      }
    }
    String notes = string(node, path, "notes", MAX_LONG_TEXT, false);
    if (verification == null) {
      return null;
    }
    return new Provenance(verification, sources, Optional.ofNullable(notes));
  }

  private List<Indicator> indicators(JsonNode array, String path) {
    List<Indicator> result = new ArrayList<>();
    if (!array(array, path, 0, MAX_INDICATORS, true)) {
      return result;
    }
    for (int i = 0; i < array.size(); i++) {
      Indicator indicator = indicator(array.get(i), path + "/" + i);
      if (indicator != null) {
        result.add(indicator);
      }
    }
    return result;
  }

  private Indicator indicator(JsonNode node, String path) {
    if (!object(node, path, INDICATOR_FIELDS)) {
      return null;
    }
    int before = problems.size();
    String id = pattern(string(node, path, "id", 40, true), path + "/id", INDICATOR_ID, "an upper-case indicator id");
    LocalizedText label = text(node, path, "label", MAX_SHORT_TEXT, false, true);
    LocalizedText description = text(node, path, "description", MAX_LONG_TEXT, true, true);
    Category category = name(node, path, "category", Category.values(), Category::id, true);
    Strength strength = name(node, path, "strength", Strength.values(), Strength::id, true);
    List<Agency> observedBy = names(node, path, "observedBy", Agency.values(), BarrierJson::enumId, 1, true);
    List<Sector> sectors = names(node, path, "sectors", Sector.values(), BarrierJson::enumId, 0, true);
    Basis basis = name(node, path, "basis", Basis.values(), Basis::id, true);
    List<String> sources = strings(node, path, "sources", CATALOGUE_ID, "a lower-kebab source id", MAX_SOURCES);
    List<String> related = strings(node, path, "related", REFERENCE, "INDICATOR-ID or catalogue-id/INDICATOR-ID",
        MAX_RELATED);
    String review = string(node, path, "protectedTermReview", MAX_MEDIUM_TEXT, false);
    if (problems.size() != before) {
      return null;
    }
    return new Indicator(id, label, description, category, strength, Set.copyOf(observedBy), Set.copyOf(sectors),
        basis, sources, related, Optional.ofNullable(review));
  }

  // ---- typed field readers; each returns null after recording a problem ----

  private boolean object(JsonNode node, String path, Set<String> allowed) {
    if (node == null || !node.isObject()) {
      problem(path, IndicatorsError.WRONG_TYPE, "must be an object");
      return false;
    }
    for (String key : node.propertyNames()) {
      if (!allowed.contains(key)) {
        // an unknown member name is input (it may be a national number or a name): shown as *, never echoed
        problem(path + "/*", IndicatorsError.UNKNOWN_FIELD, "field is not part of the catalogue format");
      }
    }
    return true;
  }

  private boolean array(JsonNode node, String path, int min, int max, boolean required) {
    if (node == null) {
      if (required) {
        problem(path, IndicatorsError.MISSING_FIELD, "required field is missing");
      }
      return false;
    }
    if (!node.isArray()) {
      problem(path, IndicatorsError.WRONG_TYPE, "must be an array");
      return false;
    }
    if (node.size() < min || node.size() > max) {
      problem(path, IndicatorsError.BAD_LENGTH,
          String.format(Locale.ROOT, "must hold between %d and %d items", min, max));
      return false;
    }
    return true;
  }

  private String string(JsonNode parent, String parentPath, String field, int max, boolean required) {
    String path = parentPath + "/" + field;
    JsonNode node = parent.get(field);
    if (node == null) {
      if (required) {
        problem(path, IndicatorsError.MISSING_FIELD, "required field is missing");
      }
      return null;
    }
    return stringValue(node, path, max);
  }

  private String stringValue(JsonNode node, String path, int max) {
    if (!node.isString()) {
      problem(path, IndicatorsError.WRONG_TYPE, "must be a string");
      return null;
    }
    String value = node.stringValue();
    if (value.isBlank()) {
      problem(path, IndicatorsError.BAD_LENGTH, "must not be blank");
      return null;
    }
    if (value.length() > max) {
      problem(path, IndicatorsError.BAD_LENGTH, String.format(Locale.ROOT, "must be at most %d characters", max));
      return null;
    }
    if (!value.strip().equals(value)) {
      problem(path, IndicatorsError.BAD_LENGTH, "must not start or end with white space");
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n') {
        problem(path, IndicatorsError.BAD_LENGTH, "must not hold control characters other than line feeds");
        return null;
      }
    }
    return value;
  }

  private Boolean bool(JsonNode parent, String parentPath, String field) {
    String path = parentPath + "/" + field;
    JsonNode node = parent.get(field);
    if (node == null) {
      problem(path, IndicatorsError.MISSING_FIELD, "required field is missing");
      return null;
    }
    if (!node.isBoolean()) {
      problem(path, IndicatorsError.WRONG_TYPE, "must be true or false");
      return null;
    }
    return node.booleanValue();
  }

  private String pattern(String value, String path, Pattern pattern, String what) {
    if (value != null && !pattern.matcher(value).matches()) {
      problem(path, IndicatorsError.BAD_FORMAT, "must be " + what);
      return null;
    }
    return value;
  }

  private String date(String value, String path) {
    if (value == null) {
      return null;
    }
    boolean ok = DATE.matcher(value).matches();
    if (ok) {
      try {
        if (value.length() == 10) {
          LocalDate.parse(value);
        } else if (value.length() == 7) {
          YearMonth.parse(value);
        }
      } catch (DateTimeException e) {
        ok = false;
      }
    }
    if (!ok) {
      problem(path, IndicatorsError.BAD_FORMAT, "must be a date YYYY, YYYY-MM or YYYY-MM-DD");
      return null;
    }
    return value;
  }

  private LocalizedText text(JsonNode parent, String parentPath, String field, int max, boolean englishRequired,
      boolean required) {
    String path = parentPath + "/" + field;
    JsonNode node = parent.get(field);
    if (node == null) {
      if (required) {
        problem(path, IndicatorsError.MISSING_FIELD, "required field is missing");
      }
      return null;
    }
    if (!node.isObject()) {
      problem(path, IndicatorsError.WRONG_TYPE, "must be an object of language to text");
      return null;
    }
    int before = problems.size();
    Map<Language, String> texts = new EnumMap<>(Language.class);
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      Language language = null;
      for (Language l : Language.values()) {
        if (l.id().equals(entry.getKey())) {
          language = l;
        }
      }
      if (language == null) {
        // not a language: input, shown as *, never echoed
        problem(path + "/*", IndicatorsError.BAD_FORMAT, "language key must be nl, fr or en");
        continue;
      }
      String p = path + "/" + language.id();
      String value = stringValue(entry.getValue(), p, max);
      if (value != null) {
        texts.put(language, value);
      }
    }
    if (node.isEmpty()) {
      problem(path, IndicatorsError.BAD_LENGTH, "must hold at least one language");
    }
    if (englishRequired && node.get(Language.EN.id()) == null) {
      problem(path + "/en", IndicatorsError.MISSING_FIELD, "an English text is required");
    }
    return problems.size() == before ? LocalizedText.of(texts) : null;
  }

  private <E> E name(JsonNode parent, String parentPath, String field, E[] values, Function<E, String> id,
      boolean required) {
    String path = parentPath + "/" + field;
    JsonNode node = parent.get(field);
    if (node == null) {
      if (required) {
        problem(path, IndicatorsError.MISSING_FIELD, "required field is missing");
      }
      return null;
    }
    return nameValue(node, path, values, id);
  }

  private <E> E nameValue(JsonNode node, String path, E[] values, Function<E, String> id) {
    if (!node.isString()) {
      problem(path, IndicatorsError.WRONG_TYPE, "must be a string");
      return null;
    }
    String text = node.stringValue();
    for (E value : values) {
      if (id.apply(value).equals(text)) {
        return value;
      }
    }
    problem(path, IndicatorsError.UNKNOWN_VALUE, "must be one of the names the format defines");
    return null;
  }

  private <E> List<E> names(JsonNode parent, String parentPath, String field, E[] values, Function<E, String> id,
      int min, boolean required) {
    String path = parentPath + "/" + field;
    JsonNode node = parent.get(field);
    List<E> result = new ArrayList<>();
    if (!array(node, path, min, values.length, required)) {
      return result;
    }
    Set<E> seen = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      E value = nameValue(node.get(i), path + "/" + i, values, id);
      if (value != null && !seen.add(value)) {
        problem(path + "/" + i, IndicatorsError.DUPLICATE_VALUE, "each name appears once");
      } else if (value != null) {
        result.add(value);
      }
    }
    return result;
  }

  private List<String> strings(JsonNode parent, String parentPath, String field, Pattern pattern, String what,
      int max) {
    String path = parentPath + "/" + field;
    JsonNode node = parent.get(field);
    List<String> result = new ArrayList<>();
    if (!array(node, path, 0, max, false)) {
      return result;
    }
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < node.size(); i++) {
      String p = path + "/" + i;
      String value = pattern(stringValue(node.get(i), p, 120), p, pattern, what);
      if (value != null && seen.putIfAbsent(value, i) != null) {
        problem(p, IndicatorsError.DUPLICATE_VALUE, "each reference appears once");
      } else if (value != null) {
        result.add(value);
      }
    }
    return result;
  }

  private void problem(String path, IndicatorsError error, String message) {
    problems.add(new Problem(path, error, message));
  }

  /**
   * Returns an object key as a JSON Pointer segment if it is safe to show, otherwise {@code *}: the
   * same rule as core's JSON codec (at most 64 characters of {@code [A-Za-z0-9_.-]} and no run of
   * six digits, which may be part of an identifier or a birth date).
   *
   * @param key the object key
   * @return the key or {@code *}
   */
  public static String escape(String key) {
    return SAFE_KEY.matcher(key).matches() && !DIGIT_RUN.matcher(key).find() ? key : "*";
  }
}
