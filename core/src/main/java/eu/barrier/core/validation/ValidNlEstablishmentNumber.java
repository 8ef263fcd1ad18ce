package eu.barrier.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.barrier.core.id.IdentifierType;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated {@link CharSequence} must be a valid Dutch establishment number, see {@link
 * eu.barrier.core.id.NlEstablishmentNumber}. {@code null} is valid. The message states the rule,
 * never the value.
 */
@Documented
@Constraint(validatedBy = {})
@ValidIdentifier(IdentifierType.NL_ESTABLISHMENT)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidNlEstablishmentNumber.List.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public @interface ValidNlEstablishmentNumber {

  /** {@return the message template; by default the rule of the type, in English, Dutch or French} */
  String message() default "{eu.barrier.core.validation.ValidNlEstablishmentNumber.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link ValidNlEstablishmentNumber} constraints on the same element. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {

    /** {@return the constraints} */
    ValidNlEstablishmentNumber[] value();
  }
}
