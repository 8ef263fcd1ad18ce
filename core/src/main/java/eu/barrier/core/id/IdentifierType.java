package eu.barrier.core.id;

import eu.barrier.core.CoreError;
import eu.barrier.core.Language;
import eu.barrier.core.internal.IdentifierScheme;
import eu.barrier.core.internal.Labels;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The identifier types Barrier validates, each with a stable lower-case {@linkplain #id() id} for
 * configuration files and the command line.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum IdentifierType {

  /** Belgian enterprise number (ondernemingsnummer, KBO/BCE), see {@link BeEnterpriseNumber}. */
  BE_ENTERPRISE("be-enterprise", false, IdentifierScheme.BE_ENTERPRISE, BeEnterpriseNumber::parse),

  /** Belgian establishment unit number, see {@link BeEstablishmentUnitNumber}. */
  BE_ESTABLISHMENT(
      "be-establishment",
      false,
      IdentifierScheme.BE_ESTABLISHMENT,
      BeEstablishmentUnitNumber::parse),

  /** Belgian national register or bis number, see {@link BeNationalNumber}. Personal. */
  BE_NATIONAL_NUMBER(
      "be-national-number", true, IdentifierScheme.BE_NATIONAL_NUMBER, BeNationalNumber::parse),

  /** Dutch citizen service number (burgerservicenummer), see {@link NlBsn}. Personal. */
  NL_BSN("nl-bsn", true, IdentifierScheme.NL_BSN, NlBsn::parse),

  /** Dutch legal-entity and partnership number, see {@link NlRsin}. */
  NL_RSIN("nl-rsin", false, IdentifierScheme.NL_RSIN, NlRsin::parse),

  /** Dutch chamber of commerce number (KvK-nummer), see {@link NlKvkNumber}. */
  NL_KVK("nl-kvk", false, IdentifierScheme.NL_KVK, NlKvkNumber::parse),

  /** Dutch establishment number (vestigingsnummer), see {@link NlEstablishmentNumber}. */
  NL_ESTABLISHMENT(
      "nl-establishment", false, IdentifierScheme.NL_ESTABLISHMENT, NlEstablishmentNumber::parse);

  private final String id;
  private final boolean personal;
  private final IdentifierScheme scheme;
  private final Function<CharSequence, Identifier> parser;

  IdentifierType(
      String id,
      boolean personal,
      IdentifierScheme scheme,
      Function<CharSequence, Identifier> parser) {
    this.id = id;
    this.personal = personal;
    this.scheme = scheme;
    this.parser = parser;
  }

  /**
   * Returns the stable id, for example {@code be-enterprise}.
   *
   * @return the id; never {@code null}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the name of this type for a reader, for example {@code Belgisch ondernemingsnummer} in
   * Dutch.
   *
   * @param language the language
   * @return the label
   * @throws NullPointerException if {@code language} is {@code null}
   */
  public String label(Language language) {
    return Labels.label(this, language);
  }

  /**
   * Returns the type with the given {@linkplain #id() id}.
   *
   * @param id an id such as {@code nl-bsn}
   * @return the type
   * @throws IllegalArgumentException if no type has this id
   * @throws NullPointerException if {@code id} is {@code null}
   */
  public static IdentifierType fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (IdentifierType type : values()) {
      if (type.id.equals(id)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown identifier type id; known ids: " + knownIds());
  }

  /**
   * Returns whether the identifier identifies a natural person (national number, BSN). Such values
   * are personal data and should be pseudonymised before exchange.
   *
   * @return {@code true} for personal identifiers
   */
  public boolean isPersonal() {
    return personal;
  }

  /**
   * Returns whether {@code input} is a valid identifier of this type, in any written form that
   * {@link #parse} accepts. Never throws for bad input.
   *
   * @param input the text, may be {@code null} (not valid)
   * @return {@code true} if {@link #parse} would succeed
   */
  public boolean isValid(CharSequence input) {
    return input != null && scheme.check(input, new StringBuilder(16)) == null;
  }

  /**
   * Parses {@code input} as an identifier of this type.
   *
   * @param input the text, in any written form the type's class accepts
   * @return the identifier, an instance of the class of this type
   * @throws InvalidIdentifierException if the input is not a valid identifier of this type
   * @throws NullPointerException if {@code input} is {@code null}
   */
  public Identifier parse(CharSequence input) {
    return parser.apply(input);
  }

  /** Checks a written form and returns its canonical digits, or throws. */
  String canonicalDigits(CharSequence input) {
    Objects.requireNonNull(input, "input");
    StringBuilder digits = new StringBuilder(16);
    CoreError error = scheme.check(input, digits);
    if (error != null) {
      throw new InvalidIdentifierException(this, error);
    }
    return digits.toString();
  }

  IdentifierScheme scheme() {
    return scheme;
  }

  private static String knownIds() {
    StringBuilder ids = new StringBuilder();
    for (IdentifierType type : values()) {
      ids.append(ids.length() == 0 ? "" : ", ").append(type.id);
    }
    return ids.toString();
  }
}
