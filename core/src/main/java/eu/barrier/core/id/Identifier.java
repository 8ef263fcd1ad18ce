package eu.barrier.core.id;

import org.apiguardian.api.API;

/**
 * A Belgian or Dutch identifier whose structure and check digits have been verified.
 *
 * <p>Instances come only from the {@code parse} methods of the implementing classes (or {@link
 * IdentifierType#parse}), so holding an {@code Identifier} means holding a valid one. Two
 * identifiers are equal when they have the same class and the same {@linkplain #canonical()
 * canonical digits}.
 *
 * <p>Privacy: {@code toString()} never shows the digits; it returns the simple class name followed
 * by {@code [redacted]}, for example {@code NlBsn[redacted]}. Ask for {@link #canonical()} or
 * {@link #display()} explicitly where the value is needed.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public sealed interface Identifier
    permits BeEnterpriseNumber,
        BeEstablishmentUnitNumber,
        BeNationalNumber,
        NlBsn,
        NlRsin,
        NlKvkNumber,
        NlEstablishmentNumber {

  /**
   * Returns the type of this identifier.
   *
   * @return the type; never {@code null}
   */
  IdentifierType type();

  /**
   * Returns the digits only, for storage and exchange, for example {@code 0203201340}.
   *
   * @return the canonical form; never {@code null}
   */
  String canonical();

  /**
   * Returns the usual written form, for example {@code 0203.201.340}. {@code parse} accepts it.
   *
   * @return the display form; never {@code null}
   */
  String display();
}
