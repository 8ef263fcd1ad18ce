package eu.barrier.registers.kbo;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The code descriptions of an extract (code.csv): for a category such as {@code Nace2025}, {@code
 * ActivityGroup} or {@code TypeOfAddress} and a code, its description in Dutch, French and (for some
 * codes) German. The cookbook announces English descriptions, but none are given yet. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KboCodes {

  /** An empty table. */
  static final KboCodes EMPTY = new KboCodes(Map.of());

  private final Map<String, Map<String, String[]>> labels;

  KboCodes(Map<String, Map<String, String[]>> labels) {
    this.labels = labels;
  }

  static final class Builder {
    private final Map<String, Map<String, String[]>> labels = new HashMap<>();

    boolean add(String category, String code, String language, String description) {
      int slot = switch (language) {
        case "NL" -> 0;
        case "FR" -> 1;
        case "DE" -> 2;
        case "EN" -> 3;
        default -> -1;
      };
      if (slot < 0) {
        return false;
      }
      labels.computeIfAbsent(category, k -> new HashMap<>()).computeIfAbsent(code, k -> new String[4])[slot] =
          description;
      return true;
    }

    KboCodes build() {
      return new KboCodes(labels);
    }
  }

  /**
   * Tells whether a code is listed in a category.
   *
   * @param category the category, for example {@code Nace2008}
   * @param code the code
   * @return {@code true} if listed
   */
  public boolean contains(String category, String code) {
    Map<String, String[]> c = labels.get(category);
    return c != null && c.containsKey(code);
  }

  /**
   * Returns the description of a code in a language, falling back to Dutch, then French.
   *
   * @param category the category
   * @param code the code
   * @param locale the language wanted: {@code nl}, {@code fr}, {@code de} or {@code en}
   * @return the description, or empty if the code is not listed
   */
  public Optional<String> label(String category, String code, Locale locale) {
    Map<String, String[]> c = labels.get(category);
    String[] l = c == null ? null : c.get(code);
    if (l == null) {
      return Optional.empty();
    }
    int slot = switch (locale.getLanguage()) {
      case "fr" -> 1;
      case "de" -> 2;
      case "en" -> 3;
      default -> 0;
    };
    return Optional.ofNullable(l[slot] != null ? l[slot] : l[0] != null ? l[0] : l[1]);
  }

  /**
   * Returns the number of categories.
   *
   * @return the count
   */
  public int categories() {
    return labels.size();
  }
}
