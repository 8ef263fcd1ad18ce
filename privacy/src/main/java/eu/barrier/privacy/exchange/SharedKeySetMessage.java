package eu.barrier.privacy.exchange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A pseudonym key set shared by its custodian with the partners that must give comparable
 * pseudonyms for one purpose and recipient; message type {@value #TYPE}. It holds secret key
 * material: seal it to each partner (TLP:RED) and never to the recipient. Partners import it
 * with {@code eu.barrier.privacy.key.SharedKeySet#fromMessage} into their keys file. JSON Schema:
 * {@code shared-key-set-v1.schema.json}; format in {@code docs/privacy-keyset-format.md}.
 *
 * <p>The canonical constructor accepts anything so JSON can be bound; {@link Messages#read} and
 * {@link Messages#write} validate. {@link #toString()} shows labels, the version and key ids,
 * never material.
 *
 * @param type the message type, always {@value #TYPE}
 * @param custodian the party id of the custodian that made the key set
 * @param purpose the purpose label of the pseudonym context
 * @param recipient the recipient domain label of the pseudonym context
 * @param version the version of the shared key set, from 1; each rotation adds one
 * @param issued the date the custodian issued this version
 * @param recognisedUntil the last date on which the keys of earlier versions (status {@code
 *     ACTIVE}) are still recognised, or {@code null} when there are none
 * @param keys the keys, 1 to 16, exactly one {@code PRIMARY}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SharedKeySetMessage(
    @NotNull @Pattern(regexp = "^barrier\\.shared-key-set/1$") String type,
    @NotNull @Pattern(regexp = MessagePatterns.PURPOSE) String custodian,
    @NotNull @Pattern(regexp = MessagePatterns.PURPOSE) String purpose,
    @NotNull @Pattern(regexp = MessagePatterns.PURPOSE) String recipient,
    @NotNull @Min(1) @Max(Integer.MAX_VALUE) Integer version,
    @NotNull LocalDate issued,
    LocalDate recognisedUntil,
    @NotNull @Size(min = 1, max = 16) List<@NotNull @Valid SharedKey> keys) {

  /** The message type id. */
  public static final String TYPE = "barrier.shared-key-set/1";

  /**
   * Creates a message without checking it; the list is copied.
   *
   * @param type the message type
   * @param custodian the custodian's party id
   * @param purpose the purpose label
   * @param recipient the recipient domain label
   * @param version the version
   * @param issued the issue date
   * @param recognisedUntil the end of recognition of earlier versions' keys, or {@code null}
   * @param keys the keys
   */
  public SharedKeySetMessage {
    keys = Lists.copy(keys);
  }

  /**
   * Returns labels, version and key ids, never material.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "SharedKeySetMessage[custodian=" + custodian + ", purpose=" + purpose + ", recipient=" + recipient
        + ", version=" + version + ", keys=" + (keys == null ? "null" : keys.stream().map(SharedKey::toString).toList())
        + "]";
  }

  /**
   * One key of a shared key set, as in a {@code barrier-keyset/1} document.
   *
   * @param id the key id, 1 to 2147483647
   * @param status {@code PRIMARY}, {@code ACTIVE}, {@code DISABLED} or {@code DESTROYED}
   * @param parameters the parameter set, {@code HMAC_SHA256_V1}
   * @param material the root key, 43 characters of canonical unpadded base64url (32 bytes);
   *     {@code null} for a destroyed key
   */
  public record SharedKey(
      @NotNull @Min(1) @Max(Integer.MAX_VALUE) Integer id,
      @NotNull @Pattern(regexp = "^(PRIMARY|ACTIVE|DISABLED|DESTROYED)$") String status,
      @NotNull @Pattern(regexp = "^HMAC_SHA256_V1$") String parameters,
      @Pattern(regexp = "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$") String material) {

    /**
     * Creates a key without checking it.
     *
     * @param id the key id
     * @param status the status
     * @param parameters the parameter set
     * @param material the material, or {@code null}
     */
    public SharedKey {}

    /**
     * Returns the id and status, never material.
     *
     * @return for example {@code 1804289383:PRIMARY}
     */
    @Override
    public String toString() {
      return id + ":" + status;
    }
  }
}
