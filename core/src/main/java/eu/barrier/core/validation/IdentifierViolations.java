package eu.barrier.core.validation;

import eu.barrier.core.BarrierException;
import eu.barrier.core.ErrorCode;
import eu.barrier.core.Language;
import eu.barrier.core.id.BagId;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.id.InvalidIdentifierException;
import java.lang.annotation.Annotation;
import java.util.Optional;

/**
 * Gives an identifier problem its specific code and a specific message in the requested language,
 * whether binding found it (the value type's exception) or a constraint did ({@link
 * ValidIdentifier}, the per-type constraints such as {@link ValidBeEnterpriseNumber}, {@link
 * ValidBagId}). The messages never hold the value.
 */
final class IdentifierViolations {

  /** A specific code with its message. */
  record Specific(ErrorCode code, String message) {}

  private IdentifierViolations() {}

  /**
   * Returns the code and message of a value type's own exception, when it is an identifier's.
   *
   * @param cause the exception binding recorded, or {@code null}
   * @param language the language of the message
   * @return the specific code and message, or empty for any other cause
   */
  static Optional<Specific> ofCause(Throwable cause, Language language) {
    if (cause instanceof InvalidIdentifierException e) {
      return Optional.of(new Specific(e.errorCode(), e.message(language)));
    }
    if (cause instanceof BagId.InvalidBagIdException e) {
      return Optional.of(new Specific(e.errorCode(), e.message(language)));
    }
    return Optional.empty();
  }

  /**
   * Returns the code and message of a broken identifier constraint, found by checking the value
   * again with its type's own rules.
   *
   * @param constraint the annotation of the broken constraint
   * @param value the value it rejected
   * @param language the language of the message
   * @return the specific code and message, or empty if the constraint is not an identifier's
   */
  static Optional<Specific> ofConstraint(Annotation constraint, Object value, Language language) {
    if (!(value instanceof CharSequence text)) {
      return Optional.empty();
    }
    try {
      if (constraint instanceof ValidBagId) {
        BagId.parse(text);
        return Optional.empty();
      }
      IdentifierType type = type(constraint);
      if (type != null) {
        type.parse(text);
      }
      return Optional.empty();
    } catch (BarrierException e) {
      return ofCause(e, language);
    }
  }

  private static IdentifierType type(Annotation constraint) {
    if (constraint instanceof ValidIdentifier identifier) {
      return identifier.value();
    }
    ValidIdentifier meta = constraint.annotationType().getAnnotation(ValidIdentifier.class);
    return meta == null ? null : meta.value();
  }
}
