package eu.barrier.core.observation;

import eu.barrier.core.Language;
import eu.barrier.core.internal.Labels;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * An intelligence grading scheme: the codes allowed on its source, information and handling
 * axes. A {@link Grading} always names its scheme; Barrier never converts a grading from one
 * scheme to another, because the axes do not correspond one to one.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum GradingScheme {

  /**
   * The EU/Europol "4x4" (Europol Regulation Art. 29): source reliability {@code A B C X} (there
   * is no {@code D}), information accuracy {@code 1 2 3 4}, and an optional handling code {@code
   * H0 H1 H2 H3}.
   */
  EUROPOL_4X4(List.of("A", "B", "C", "X"), List.of("1", "2", "3", "4"),
      List.of("H0", "H1", "H2", "H3"), false, "ABXC", "1234"),

  /**
   * The NATO / Admiralty "6x6": source {@code A} (reliable) to {@code F} (cannot be judged),
   * information {@code 1} (confirmed) to {@code 6} (cannot be judged); no handling code.
   */
  ADMIRALTY_6X6(List.of("A", "B", "C", "D", "E", "F"), List.of("1", "2", "3", "4", "5", "6"),
      List.of(), false, "ABCFDE", "123645"),

  /**
   * The UK police "3x5x2": source evaluation {@code 1} (reliable), {@code 2} (untested), {@code
   * 3} (not reliable); intelligence assessment {@code A} to {@code E}; handling {@code P} (lawful
   * sharing permitted) or {@code C} (permitted with conditions), required. The source axis uses
   * numbers and the intelligence axis letters, the reverse of the legacy 5x5x5.
   */
  UK_3X5X2(List.of("1", "2", "3"), List.of("A", "B", "C", "D", "E"), List.of("P", "C"), true, "123", "ABCDE");

  private final List<String> sourceCodes;
  private final List<String> informationCodes;
  private final List<String> handlingCodes;
  private final boolean handlingRequired;
  private final String sourceByStrength;
  private final String informationByStrength;

  GradingScheme(List<String> sourceCodes, List<String> informationCodes,
      List<String> handlingCodes, boolean handlingRequired, String sourceByStrength, String informationByStrength) {
    this.sourceByStrength = sourceByStrength;
    this.informationByStrength = informationByStrength;
    this.sourceCodes = sourceCodes;
    this.informationCodes = informationCodes;
    this.handlingCodes = handlingCodes;
    this.handlingRequired = handlingRequired;
  }

  /**
   * Returns the rank of a source code by strength: 0 for the most reliable. A source that cannot be
   * judged ranks above one judged unreliable (Europol {@code X} above {@code C}, Admiralty {@code F}
   * above {@code D}), the order of Barrier's evidence factors.
   *
   * @param code a source code of this scheme
   * @return the rank, or -1 for a code of no axis of this scheme
   */
  public int sourceStrengthRank(String code) {
    return code != null && code.length() == 1 ? sourceByStrength.indexOf(code.charAt(0)) : -1;
  }

  /**
   * Returns the rank of an information code by strength: 0 for the most certain. Information that
   * cannot be judged ranks above information judged improbable (Admiralty {@code 6} above {@code 4}).
   *
   * @param code an information code of this scheme
   * @return the rank, or -1 for a code of no axis of this scheme
   */
  public int informationStrengthRank(String code) {
    return code != null && code.length() == 1 ? informationByStrength.indexOf(code.charAt(0)) : -1;
  }

  /**
   * Returns the source-reliability codes in the scheme's published order.
   *
   * @return an unmodifiable list
   */
  public List<String> sourceCodes() {
    return sourceCodes;
  }

  /**
   * Returns the information (or intelligence) assessment codes in the scheme's published order.
   *
   * @return an unmodifiable list
   */
  public List<String> informationCodes() {
    return informationCodes;
  }

  /**
   * Returns the handling codes; empty if the scheme has none.
   *
   * @return an unmodifiable list
   */
  public List<String> handlingCodes() {
    return handlingCodes;
  }

  /**
   * Tells whether every grading in this scheme needs a handling code.
   *
   * @return {@code true} for {@link #UK_3X5X2}
   */
  public boolean handlingRequired() {
    return handlingRequired;
  }

  /**
   * Tells whether a combination of codes is a valid grading in this scheme. Codes are
   * case-sensitive.
   *
   * @param source the source code
   * @param information the information code
   * @param handling the handling code, or {@code null}
   * @return {@code true} if each code is on its axis and the handling code is present exactly
   *     when the scheme requires it (optional for {@link #EUROPOL_4X4}, absent for {@link
   *     #ADMIRALTY_6X6})
   */
  public boolean isValid(String source, String information, String handling) {
    if (!sourceCodes.contains(source) || !informationCodes.contains(information)) {
      return false;
    }
    if (handling == null) {
      return !handlingRequired;
    }
    return handlingCodes.contains(handling);
  }

  /**
   * Returns the display label in Dutch, French or English.
   *
   * @param language the language
   * @return the label
   * @throws NullPointerException if {@code language} is {@code null}
   */
  public String label(Language language) {
    return Labels.label(this, language);
  }

  /**
   * Returns the display label in Dutch, French or English; other languages get English.
   *
   * @param locale the requested locale; only its language counts
   * @return the label
   * @deprecated Barrier asks for a language with {@link Language} everywhere: use {@link
   *     #label(Language) label(Language.of(locale))}.
   */
  @Deprecated(since = "0.1.0")
  public String label(Locale locale) {
    return label(Language.of(locale));
  }
}
