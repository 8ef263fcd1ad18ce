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
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated {@link CharSequence} must be a valid identifier of the given {@linkplain #value()
 * type}, in any written form that {@link IdentifierType#parse} accepts. {@code null} is valid; add
 * {@code @NotNull} to require a value.
 *
 * <p>Prefer the per-type annotations such as {@link ValidNlBsn}, whose messages state the rule of
 * the type. Messages never contain the rejected value.
 */
@Documented
@Constraint(validatedBy = IdentifierValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidIdentifier.List.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public @interface ValidIdentifier {

  /**
   * The identifier type the value must have.
   *
   * @return the type
   */
  IdentifierType value();

  /** {@return the message template; by default the rule of the type, in English, Dutch or French} */
  String message() default "{eu.barrier.core.validation.ValidIdentifier.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link ValidIdentifier} constraints on the same element. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {

    /** {@return the constraints} */
    ValidIdentifier[] value();
  }
}
