package eu.barrier.core.observation;

import eu.barrier.core.id.Identifier;
import eu.barrier.core.internal.Shapes;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The subject of an observation: its kind and an opaque local key.
 *
 * <p>The key is whatever the host uses to find the subject again: a local database key, a keyed
 * pseudonym, or an identifier in the form {@code type-id:canonical} built by {@link
 * #of(Identifier)} (for example {@code be-enterprise:0203201340}). Because the key may be an
 * identifier of a natural person, {@link #toString()} shows only the kind.
 *
 * <p>The canonical constructor accepts anything; a Jakarta validator reports a missing kind and a
 * missing or malformed key.
 *
 * @param kind the kind of subject; required
 * @param key the opaque local key; required, 1 to 128 characters of {@code [A-Za-z0-9._:-]}
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record SubjectReference(
    @NotNull SubjectKind kind,
    @NotNull @Size(min = 1, max = 128) @Pattern(regexp = KEY_SHAPE) String key) {
  // a local alias: javac warns when an exported annotation names an internal class
  private static final String KEY_SHAPE = Shapes.KEY;


  /**
   * Creates a reference without checking it (see the class comment).
   *
   * @param kind the kind of subject
   * @param key the opaque local key
   */
  public SubjectReference {}

  /**
   * Returns a checked reference.
   *
   * @param kind the kind of subject
   * @param key the key: 1 to 128 characters of {@code [A-Za-z0-9._:-]}
   * @return the reference
   * @throws IllegalArgumentException if the key breaks its rule
   */
  public static SubjectReference of(SubjectKind kind, String key) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    if (key.isEmpty() || key.length() > 128 || !Shapes.isKey(key)) {
      throw new IllegalArgumentException(
          "subject key must be 1 to 128 characters of [A-Za-z0-9._:-]");
    }
    return new SubjectReference(kind, key);
  }

  /**
   * Returns a reference to the subject an identifier names: enterprise numbers, KvK numbers and
   * RSINs name an {@link SubjectKind#ORGANISATION}, establishment numbers an {@link
   * SubjectKind#ESTABLISHMENT}, national numbers and BSNs a {@link SubjectKind#PERSON}. The key is
   * {@code type-id:canonical}, for example {@code nl-kvk:12345678}.
   *
   * <p>A key built from a BSN or national number is a direct identifier of a person: pseudonymise
   * it before the observation leaves the organisation that holds it.
   *
   * @param identifier the identifier
   * @return the reference
   */
  public static SubjectReference of(Identifier identifier) {
    Objects.requireNonNull(identifier, "identifier");
    SubjectKind kind =
        switch (identifier.type()) {
          case BE_ENTERPRISE, NL_KVK, NL_RSIN -> SubjectKind.ORGANISATION;
          case BE_ESTABLISHMENT, NL_ESTABLISHMENT -> SubjectKind.ESTABLISHMENT;
          case BE_NATIONAL_NUMBER, NL_BSN -> SubjectKind.PERSON;
        };
    return new SubjectReference(kind, identifier.type().id() + ":" + identifier.canonical());
  }

  /**
   * Returns the kind only; the key may identify a person.
   *
   * @return {@code SubjectReference[kind=…, redacted]}
   */
  @Override
  public String toString() {
    return "SubjectReference[kind=" + kind + ", redacted]";
  }
}
