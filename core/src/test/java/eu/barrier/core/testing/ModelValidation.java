package eu.barrier.core.testing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Test helper: a Hibernate Validator without Expression Language, and violation paths. */
public final class ModelValidation {

  private static final Validator VALIDATOR =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  private ModelValidation() {}

  /**
   * Returns the shared validator.
   *
   * @return the validator
   */
  public static Validator validator() {
    return VALIDATOR;
  }

  /**
   * Returns the property paths of all violations, sorted and without repeats.
   *
   * @param bean the object to validate
   * @return the paths
   */
  public static Set<String> paths(Object bean) {
    Set<String> paths = new TreeSet<>();
    for (ConstraintViolation<Object> v : VALIDATOR.validate(bean)) {
      paths.add(v.getPropertyPath().toString());
    }
    return paths;
  }

  /**
   * Returns {@code path:Constraint} for every violation, sorted.
   *
   * @param bean the object to validate
   * @return the violations
   */
  public static Set<String> violations(Object bean) {
    Set<String> out = new TreeSet<>();
    for (ConstraintViolation<Object> v : VALIDATOR.validate(bean)) {
      out.add(v.getPropertyPath() + ":"
          + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
    }
    return out;
  }

  /**
   * Returns the number of violations, to catch a rule reported twice.
   *
   * @param bean the object to validate
   * @return the count
   */
  public static int count(Object bean) {
    return VALIDATOR.validate(bean).size();
  }
}
