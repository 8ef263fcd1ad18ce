package eu.barrier.indicators.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word lists, in Dutch, French and English, of protected characteristics and their obvious proxies,
 * used by the catalogue lint to keep them out of automated scoring.
 *
 * <p>Matching is on whole words after lower-casing and removing accents; a term ending in {@code *}
 * also matches longer words that start with it. The lists are deliberately broad: a false alarm
 * costs a reviewer a minute, a missed proxy can discriminate.
 */
final class ProtectedTerms {

  /** A protected characteristic, with the terms that name it or act as its proxy. */
  public enum Group {
    /** Nationality, citizenship and "foreign" as a proxy. */
    NATIONALITY(false, "nationalit*", "citizenship*", "staatsburgerschap*", "citoyennete*", "nationals",
        "foreign*", "buitenland*", "allochto*", "etranger*", "etrangere*", "non-eu", "niet-eu", "hors ue",
        "non-western", "niet-wester*", "non occidenta*"),
    /** Ethnicity, race, skin colour and ethnic or regional labels. */
    ETHNICITY(false, "ethni*", "etnisch*", "etnici*", "race", "races", "racial*", "raciaal", "ras", "rassen",
        "raciale*", "skin colo*", "huidskleur*", "couleur de peau", "asian*", "aziat*", "asiati*", "chinese",
        "chinees", "chinezen", "chinois*", "african*", "afrikaan*", "africain*", "roma", "arab*", "maghreb*",
        "noord-afrika*", "oost-europe*", "eastern europe*", "east europe*", "europe de l'est", "europe de l est"),
    /** Religion, belief communities and their places and symbols. */
    RELIGION(true, "religi*", "godsdienst*", "geloof*", "faith*", "croyance*", "foi", "muslim*", "moslim*",
        "musulman*", "islam*", "christian*", "christen*", "chretien*", "jewish", "jew", "jews", "jood*",
        "joods*", "juif*", "juive*", "hindu*", "hindoe*", "buddhis*", "boeddhis*", "bouddhis*", "sikh*",
        "church*", "kerk", "kerken", "eglise*", "mosque*", "moskee*", "mosquee*", "synagog*", "headscarf*",
        "hoofddoek*", "foulard*"),
    /** Language, speaking ability and interpreters as a proxy. */
    LANGUAGE(true, "language*", "taal*", "talen", "langue*", "langage*", "speak*", "spoken", "spreek*",
        "spreken", "sprak", "parle*", "parlant", "mother tongue", "moedertaal*", "accent*", "interpreter*",
        "interprete*", "tolk", "tolken", "dutch", "french", "english", "nederlands", "frans", "engels",
        "francais", "neerlandais", "anglais", "arabic", "arabisch", "arabe"),
    /** Country of birth or origin, and "source country". */
    ORIGIN(false, "origin", "origins", "origine", "origines", "herkomst*", "afkomst*", "country of birth",
        "countries of birth", "place of birth", "birthplace*", "born in", "born abroad", "geboorteland*",
        "geboorteplaats*", "geboren in", "pays de naissance", "lieu de naissance", "pays natal", "source countr*",
        "bronland*", "pays source*", "pays d'origine", "home countr*", "thuisland*", "land van herkomst",
        "descent", "ancestry", "ascendance", "roots"),
    /** Name-based signals. */
    NAME(false, "name-based", "name based", "surname*", "family name*", "first name*", "given name*",
        "sounding name*", "sounding", "achternaam*", "familienaam*", "voornaam*", "naam klinkt",
        "klinkende naam*", "nom de famille", "noms de famille", "prenom*", "consonance*", "patronym*");

    private final boolean reviewable;
    private final Pattern pattern;

    Group(boolean reviewable, String... terms) {
      this.reviewable = reviewable;
      List<String> alternatives = new ArrayList<>();
      for (String term : terms) {
        boolean prefix = term.endsWith("*");
        String word = normalise(prefix ? term.substring(0, term.length() - 1) : term);
        alternatives.add(Pattern.quote(word) + (prefix ? "[\\p{L}\\p{N}]*" : ""));
      }
      this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }

    /**
     * Tells whether a reviewer may accept a mention of this group when it describes the exploiter's
     * conduct (religion and language only).
     *
     * @return {@code true} for religion and language
     */
    public boolean reviewable() {
      return reviewable;
    }

    /**
     * Returns a lower-kebab name for messages.
     *
     * @return the name
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private ProtectedTerms() {}

  /**
   * Lower-cases a text and removes accents; hyphens and underscores become spaces.
   *
   * @param text the text
   * @return the normalised text
   */
  public static String normalise(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").replace('\u2019', '\'').replace('-', ' ').replace('_', ' ')
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Finds the first protected term of each group in a text.
   *
   * @param text the text, not yet normalised
   * @return the matched term (normalised) by group, in group order
   */
  public static Map<Group, String> find(String text) {
    String normalised = normalise(text);
    Map<Group, String> found = new EnumMap<>(Group.class);
    for (Group group : Group.values()) {
      first(group, normalised).ifPresent(term -> found.put(group, term));
    }
    return found;
  }

  private static Optional<String> first(Group group, String normalised) {
    Matcher matcher = group.pattern.matcher(normalised);
    return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
  }
}
