package eu.barrier.screening.picture;

import eu.barrier.core.Language;
import eu.barrier.core.id.IdentifierType;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/** What an entity of a picture is, from the type of the identifier behind its pseudonym. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum EntityKind {
  /** An establishment unit (BE) or establishment (NL): a place where a business is run. */
  ESTABLISHMENT("vestiging", "établissement", "establishment"),
  /** An enterprise or legal entity (BE enterprise number, NL KvK or RSIN). */
  ENTERPRISE("onderneming", "entreprise", "enterprise"),
  /** A person (BE national number, NL BSN). */
  PERSON("persoon", "personne", "person");

  private final String nl;
  private final String fr;
  private final String en;

  EntityKind(String nl, String fr, String en) {
    this.nl = nl;
    this.fr = fr;
    this.en = en;
  }

  /**
   * Returns the kind of an identifier type.
   *
   * @param type the identifier type
   * @return the kind
   */
  public static EntityKind of(IdentifierType type) {
    Objects.requireNonNull(type, "type");
    if (type.isPersonal()) {
      return PERSON;
    }
    return type == IdentifierType.BE_ESTABLISHMENT || type == IdentifierType.NL_ESTABLISHMENT ? ESTABLISHMENT
        : ENTERPRISE;
  }

  /**
   * Returns the id used in {@code picture.json}: the lower-case name.
   *
   * @return the id
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the name in a language.
   *
   * @param language the language
   * @return the name
   */
  public String label(Language language) {
    switch (Objects.requireNonNull(language, "language")) {
      case NL:
        return nl;
      case FR:
        return fr;
      default:
        return en;
    }
  }
}
