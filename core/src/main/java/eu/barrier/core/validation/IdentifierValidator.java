package eu.barrier.core.validation;

import eu.barrier.core.id.IdentifierType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Validates {@link ValidIdentifier} by delegating to {@link IdentifierType#isValid}. Public only so
 * that a validation provider can instantiate it; not meant to be called directly.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class IdentifierValidator
    implements ConstraintValidator<ValidIdentifier, CharSequence> {

  private IdentifierType type;

  /** Creates a validator; the provider calls {@link #initialize} before use. */
  public IdentifierValidator() {}

  @Override
  public void initialize(ValidIdentifier constraint) {
    this.type = Objects.requireNonNull(constraint.value(), "value");
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || type.isValid(value);
  }
}
