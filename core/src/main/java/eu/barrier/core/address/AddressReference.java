package eu.barrier.core.address;

import com.fasterxml.jackson.annotation.JsonIgnore;
import eu.barrier.core.internal.Shapes;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A reference to an address in an official register: the {@code namespace / objectId /
 * versionId} triplet of Belgian BeSt-Address, which also carries the Flemish OSLO
 * <em>identificator</em> ({@code naamruimte}, {@code objectId}, {@code versieId}) and the Dutch
 * BAG <em>nummeraanduidingIdentificatie</em> without lossy conversion.
 *
 * <p>Build references with the validating factories {@link #oslo}, {@link #best} and {@link
 * #bagNummeraanduiding}. The canonical constructor accepts anything, so a JSON binder can build
 * the object; a Jakarta validator then reports every broken rule ({@code namespace},
 * {@code objectId}, {@code versionId} shapes and the cross-field rule {@code objectIdValid}).
 *
 * <p>A reference can point at a person's home, so {@link #toString()} shows only the namespace.
 *
 * @param namespace the register namespace: {@link #OSLO_ADDRESS_NAMESPACE}, {@link
 *     #BAG_NUMMERAANDUIDING_NAMESPACE} or a BeSt namespace such as {@code
 *     BE.BRUSSELS.BRIC.ADM.ADDR}; required, at most 256 characters without spaces
 * @param objectId the register's local identifier of the address; required, 1 to 64 characters
 *     of {@code [A-Za-z0-9._:-]}; digits only in the OSLO namespace, a BAG nummeraanduiding in
 *     the BAG namespace
 * @param versionId the register's version identifier (OSLO {@code versieId}, a timestamp; BeSt
 *     version number), or {@code null}; at most 64 characters without control characters
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record AddressReference(
    @NotNull @Size(min = 1, max = 256) @Pattern(regexp = "\\S*") String namespace,
    @NotNull @Size(min = 1, max = 64) @Pattern(regexp = KEY_SHAPE) String objectId,
    @Size(min = 1, max = 64) @Pattern(regexp = SINGLE_LINE_SHAPE) String versionId) {
  // a local alias: javac warns when an exported annotation names an internal class
  private static final String KEY_SHAPE = Shapes.KEY;

  // a local alias: javac warns when an exported annotation names an internal class
  private static final String SINGLE_LINE_SHAPE = Shapes.SINGLE_LINE;


  /**
   * The namespace of Flemish address-register addresses; an address URI is this namespace,
   * {@code /} and the object id.
   */
  public static final String OSLO_ADDRESS_NAMESPACE = "https://data.vlaanderen.be/id/adres";

  /**
   * The namespace of Dutch BAG nummeraanduidingen: the BAG linked-data URI prefix as published
   * (for example in the {@code rdf_seealso} field of the PDOK location server), {@code http}
   * scheme included. Barrier treats it as an opaque label and never dereferences it.
   */
  public static final String BAG_NUMMERAANDUIDING_NAMESPACE =
      "http://bag.basisregistraties.overheid.nl/bag/id/nummeraanduiding";

  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9]+");
  private static final java.util.regex.Pattern BEST_NAMESPACE =
      java.util.regex.Pattern.compile("[A-Z]{2}(\\.[A-Z0-9]+)+");

  /**
   * Creates a reference with every component as given; it does not validate (see the class
   * comment).
   *
   * @param namespace the register namespace
   * @param objectId the register's local identifier
   * @param versionId the version identifier, or {@code null}
   */
  public AddressReference {}

  /**
   * Returns a reference to an address of the Flemish address register (OSLO).
   *
   * @param objectId the persistent local id, digits only
   * @param versionId the {@code versieId}, or {@code null}
   * @return the reference
   * @throws IllegalArgumentException if the object id is not 1 to 64 digits, or the version id is
   *     blank, longer than 64 characters or holds control characters
   */
  public static AddressReference oslo(String objectId, String versionId) {
    return checked(new AddressReference(OSLO_ADDRESS_NAMESPACE, objectId, versionId));
  }

  /**
   * Returns a reference in a BeSt-Address namespace, such as {@code BE.BRUSSELS.BRIC.ADM.ADDR}.
   * For Flemish addresses use {@link #oslo}.
   *
   * @param namespace the BeSt namespace: a country code and dot-separated upper-case segments
   * @param objectId the object id
   * @param versionId the version id, or {@code null}
   * @return the reference
   * @throws IllegalArgumentException if a component breaks its rule
   */
  public static AddressReference best(String namespace, String objectId, String versionId) {
    Objects.requireNonNull(namespace, "namespace");
    if (!BEST_NAMESPACE.matcher(namespace).matches() || namespace.length() > 256) {
      throw new IllegalArgumentException(
          "BeSt namespace must be a country code followed by dot-separated upper-case segments");
    }
    return checked(new AddressReference(namespace, objectId, versionId));
  }

  /**
   * Returns a reference to a Dutch BAG nummeraanduiding.
   *
   * @param nummeraanduidingId the 16-digit identifier: 4-digit municipality code, object-type
   *     code {@code 20}, 10-digit sequence number
   * @return the reference, without version
   * @throws IllegalArgumentException if the identifier is not 16 digits with {@code 20} at
   *     positions 5 and 6
   */
  public static AddressReference bagNummeraanduiding(String nummeraanduidingId) {
    Objects.requireNonNull(nummeraanduidingId, "nummeraanduidingId");
    if (!isBagNummeraanduiding(nummeraanduidingId)) {
      throw new IllegalArgumentException(
          "BAG nummeraanduiding must be 16 digits with object-type code 20 at positions 5-6");
    }
    return new AddressReference(BAG_NUMMERAANDUIDING_NAMESPACE, nummeraanduidingId, null);
  }

  /**
   * Tells whether a string is a well-formed BAG nummeraanduiding identifier: 16 digits with the
   * object-type code {@code 20} at positions 5 and 6.
   *
   * @param value the candidate, may be {@code null}
   * @return {@code true} if well formed
   */
  public static boolean isBagNummeraanduiding(CharSequence value) {
    return value != null
        && value.length() == 16
        && DIGITS.matcher(value).matches()
        && value.charAt(4) == '2'
        && value.charAt(5) == '0';
  }

  /**
   * Cross-field rule (property {@code objectIdValid}): in the OSLO namespace the object id is
   * digits; in the BAG namespace it is a {@linkplain #isBagNummeraanduiding BAG
   * nummeraanduiding}. A missing namespace or object id is reported by their own rules.
   *
   * @return {@code true} if the object id fits its namespace
   */
  @JsonIgnore
  @AssertTrue
  public boolean isObjectIdValid() {
    if (namespace == null || objectId == null) {
      return true;
    }
    if (OSLO_ADDRESS_NAMESPACE.equals(namespace)) {
      return DIGITS.matcher(objectId).matches();
    }
    if (BAG_NUMMERAANDUIDING_NAMESPACE.equals(namespace)) {
      return isBagNummeraanduiding(objectId);
    }
    return true;
  }

  /**
   * Tells whether this reference points into the Dutch BAG.
   *
   * @return {@code true} for the BAG namespace
   */
  @JsonIgnore
  public boolean isBag() {
    return BAG_NUMMERAANDUIDING_NAMESPACE.equals(namespace);
  }

  /**
   * Returns the reference with the namespace only; the object id can locate a home.
   *
   * @return {@code AddressReference[namespace=…, redacted]}
   */
  @Override
  public String toString() {
    return "AddressReference[namespace=" + namespace + ", redacted]";
  }

  private static AddressReference checked(AddressReference reference) {
    Objects.requireNonNull(reference.objectId(), "objectId");
    if (reference.objectId().isEmpty()
        || reference.objectId().length() > 64
        || !reference.isObjectIdValid()
        || !Shapes.isKey(reference.objectId())) {
      throw new IllegalArgumentException("address objectId does not fit its namespace");
    }
    String version = reference.versionId();
    if (version != null && (version.length() > 64 || !version.matches(Shapes.SINGLE_LINE))) {
      throw new IllegalArgumentException(
          "address versionId must be 1 to 64 characters without control characters");
    }
    return reference;
  }
}
