package eu.barrier.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated {@link CharSequence} must be a valid Dutch BAG id, see {@link
 * eu.barrier.core.id.BagId}. {@code null} is valid. The message states the rule, never the value.
 */
@Documented
@Constraint(validatedBy = BagIdValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public @interface ValidBagId {

  /** {@return the message template; by default the rule, in English, Dutch or French} */
  String message() default "{eu.barrier.core.validation.ValidBagId.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
