package eu.barrier.core.validation;

import eu.barrier.core.id.BagId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;

/**
 * Validates {@link ValidBagId} with {@link BagId#isValid}. Public only so that a validation provider
 * can instantiate it; not meant to be called directly.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class BagIdValidator implements ConstraintValidator<ValidBagId, CharSequence> {

  /** Creates a validator. */
  public BagIdValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || BagId.isValid(value);
  }
}
