package eu.barrier.core.validation;

import eu.barrier.core.CoreError;
import eu.barrier.core.ErrorCode;
import eu.barrier.core.Language;
import eu.barrier.core.internal.json.JsonAccess;
import eu.barrier.core.internal.json.CollectingReader;
import eu.barrier.core.internal.json.JsonLog;
import eu.barrier.core.internal.json.Problem;
import eu.barrier.core.internal.validation.BoundaryMessages;
import eu.barrier.core.internal.validation.ConstraintPaths;
import eu.barrier.core.json.BarrierJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Parses untrusted JSON and validates it in one call, returning every problem at once.
 *
 * <p>{@link #parse} first binds the document with the strict rules of {@link BarrierJson}, but
 * instead of stopping at the first problem it records it and goes on: an unknown property, a value
 * of the wrong JSON type, an unknown enum constant or a value its type rejects (for example an
 * identifier with wrong check digits) becomes a {@link Violation} and the value is bound as {@code
 * null}. It then runs Jakarta Bean Validation on what was bound and adds those violations. A
 * constraint violation at a path that binding already reported, or at a value binding replaced
 * (for example a list dropped because of a {@code null} element), is dropped: the value there is
 * not the sender's.
 *
 * <p>Some problems stop reading because nothing after them can be trusted: malformed JSON, a
 * duplicate property, a breached limit, trailing content, empty input. They are reported as the
 * last violation, after any found before them.
 *
 * <p>At most {@value #MAX_VIOLATIONS} violations are reported; if there are more, a final
 * violation with code {@link CoreError#BOUNDARY_TOO_MANY_VIOLATIONS} at the root path says so.
 *
 * <p>Codes: {@code 01xx} for binding problems (or the value type's own code, such as an
 * identifier's check-digit code, when there is one), {@link CoreError#BOUNDARY_REQUIRED} for
 * {@code @NotNull}, {@code @NotEmpty} and {@code @NotBlank}, {@link
 * CoreError#BOUNDARY_CONSTRAINT_VIOLATED} for any other constraint.
 *
 * <p>An identifier problem always carries both its specific code and a specific message: an
 * identifier with wrong check digits gets {@code BARRIER-CORE-0006} and the message of that rule for
 * that type ("Belgisch ondernemingsnummer: controlecijfers kloppen niet: …"), whether binding found
 * it or an identifier constraint ({@link ValidIdentifier}, {@link ValidBeEnterpriseNumber}, …, {@link
 * ValidBagId}) did. With the host's validator the code is still the specific one; the message is the
 * host's.
 *
 * <p>Messages come in English, Dutch and French ({@link Language}). Constraint messages are interpolated by Hibernate
 * Validator's {@code ParameterMessageInterpolator}: constraint attributes such as {@code {max}}
 * are filled in, Expression Language is not evaluated, and the validated value never appears. With
 * {@link #create(BarrierJson, Validator) a validator of the host} the host's configuration decides
 * the constraint messages and their language.
 *
 * <p>An instance is thread-safe. One built by the library creates its Hibernate Validator factory
 * lazily, on first use, and never registers anything globally.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Boundary {

  /** The most violations a result reports (plus one saying there were more). */
  public static final int MAX_VIOLATIONS = 100;

  private final CollectingReader reader;
  private final Validator hostValidator;
  private final Map<Language, Validator> validators = new ConcurrentHashMap<>();
  private volatile ValidatorFactory factory;

  private Boundary(BarrierJson json, Validator hostValidator) {
    this.reader = JsonAccess.reader(json);
    this.hostValidator = hostValidator;
  }

  /**
   * Creates a boundary with a {@link BarrierJson#create() default codec} and a validator built by
   * the library.
   *
   * @return a new boundary
   */
  public static Boundary create() {
    return new Boundary(BarrierJson.create(), null);
  }

  /**
   * Creates a boundary with the given codec and a validator built by the library.
   *
   * @param json the codec, whose limits apply
   * @return a new boundary
   */
  public static Boundary create(BarrierJson json) {
    return new Boundary(Objects.requireNonNull(json, "json"), null);
  }

  /**
   * Creates a boundary with the given codec and the host's validator. Constraint messages then
   * follow the host's configuration; the {@code Language} given to {@link #parse(byte[], Class,
   * Language)} applies only to Barrier's own messages.
   *
   * @param json the codec, whose limits apply
   * @param validator the validator
   * @return a new boundary
   */
  public static Boundary create(BarrierJson json, Validator validator) {
    return new Boundary(Objects.requireNonNull(json, "json"), Objects.requireNonNull(validator, "validator"));
  }

  /**
   * Parses and validates a document, with English messages.
   *
   * @param json the document
   * @param type the type to bind to
   * @param <T> the value type
   * @return the value, or all violations
   */
  public <T> BoundaryResult<T> parse(byte[] json, Class<T> type) {
    return parse(json, type, Language.EN);
  }

  /**
   * Parses and validates a document, with messages in the locale's language: Dutch ({@code nl}),
   * French ({@code fr}), or English for any other.
   *
   * @param json the document
   * @param type the type to bind to
   * @param locale the language of the messages
   * @param <T> the value type
   * @return the value, or all violations
   * @throws IllegalArgumentException if {@code type} cannot be bound from JSON at all
   * @deprecated Barrier asks for a language with {@link Language} everywhere: use {@link
   *     #parse(byte[], Class, Language) parse(json, type, Language.of(locale))}.
   */
  @Deprecated(since = "0.1.0")
  public <T> BoundaryResult<T> parse(byte[] json, Class<T> type, Locale locale) {
    return parse(json, type, Language.of(Objects.requireNonNull(locale, "locale")));
  }

  /**
   * Parses and validates a document, with messages in the given language.
   *
   * @param json the document
   * @param type the type to bind to
   * @param language the language of the messages; a host with a {@code Locale} passes {@link
   *     Language#of(Locale)}
   * @param <T> the value type
   * @return the value, or all violations
   * @throws IllegalArgumentException if {@code type} cannot be bound from JSON at all
   */
  public <T> BoundaryResult<T> parse(byte[] json, Class<T> type, Language language) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(language, "language");

    CollectingReader.Collected<T> bound = reader.readCollecting(json, type, MAX_VIOLATIONS);
    List<Violation> violations = new ArrayList<>();
    Set<String> boundPaths = new HashSet<>();
    for (Problem problem : bound.problems()) {
      ErrorCode code = problem.specificCode();
      violations.add(IdentifierViolations.ofCause(problem.safeCause(), language)
          .map(specific -> new Violation(problem.path(), specific.code().code(), specific.message()))
          .orElseGet(() -> new Violation(problem.path(), code.code(),
              BoundaryMessages.message(code, problem.code(), language))));
      boundPaths.add(problem.path());
    }
    boundPaths.addAll(bound.replacedPaths());
    boolean truncated = bound.limitReached();
    T value = bound.value();
    if (value != null && !truncated) {
      Set<Violation> constraintViolations = new LinkedHashSet<>();
      for (ConstraintViolation<T> cv : validator(language).validate(value)) {
        String path = ConstraintPaths.toPointer(cv.getPropertyPath());
        if (!boundPaths.contains(path)) {
          constraintViolations.add(IdentifierViolations
              .ofConstraint(cv.getConstraintDescriptor().getAnnotation(), cv.getInvalidValue(), language)
              .map(specific -> new Violation(path, specific.code().code(),
                  hostValidator == null ? specific.message() : cv.getMessage()))
              .orElseGet(() -> new Violation(path, constraintCode(cv).code(), cv.getMessage())));
        }
      }
      violations.addAll(constraintViolations);
    }
    violations.sort(ORDER);
    if (violations.size() > MAX_VIOLATIONS) {
      violations = new ArrayList<>(violations.subList(0, MAX_VIOLATIONS));
      truncated = true;
    }
    if (truncated) {
      ErrorCode tooMany = CoreError.BOUNDARY_TOO_MANY_VIOLATIONS;
      violations.add(new Violation("", tooMany.code(), BoundaryMessages.message(tooMany, tooMany, language)));
    }
    JsonLog.checked(violations.size(), json.length);
    return violations.isEmpty() ? BoundaryResult.valid(value) : BoundaryResult.invalid(violations);
  }

  /**
   * Returns a description; the boundary holds no data.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "Boundary[" + (hostValidator == null ? "library validator" : "host validator") + "]";
  }

  private static ErrorCode constraintCode(ConstraintViolation<?> cv) {
    Class<? extends Annotation> type = cv.getConstraintDescriptor().getAnnotation().annotationType();
    return type == NotNull.class || type == NotEmpty.class || type == NotBlank.class
        ? CoreError.BOUNDARY_REQUIRED
        : CoreError.BOUNDARY_CONSTRAINT_VIOLATED;
  }

  private Validator validator(Language language) {
    if (hostValidator != null) {
      return hostValidator;
    }
    return validators.computeIfAbsent(
        language,
        l -> factory().usingContext().messageInterpolator(new FixedLocaleInterpolator(factory().getMessageInterpolator(), l.locale())).getValidator());
  }

  private ValidatorFactory factory() {
    ValidatorFactory f = factory;
    if (f == null) {
      synchronized (this) {
        f = factory;
        if (f == null) {
          f =
              Validation.byProvider(HibernateValidator.class)
                  .providerResolver(() -> List.of(new HibernateValidator()))
                  .configure()
                  .messageInterpolator(new ParameterMessageInterpolator())
                  .buildValidatorFactory();
          factory = f;
        }
      }
    }
    return f;
  }

  /** Interpolates every message in one fixed locale. */
  private static final class FixedLocaleInterpolator implements MessageInterpolator {

    private final MessageInterpolator delegate;
    private final Locale locale;

    FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
      return delegate.interpolate(messageTemplate, context, locale);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
      return delegate.interpolate(messageTemplate, context, this.locale);
    }
  }

  /** By path segment (array indexes numerically, shorter paths first), then code, then message. */
  private static final Comparator<Violation> ORDER =
      Comparator.<Violation, String>comparing(Violation::path, Boundary::comparePaths)
          .thenComparing(Violation::code)
          .thenComparing(Violation::message);

  private static int comparePaths(String a, String b) {
    String[] x = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
    String[] y = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareSegments(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareSegments(String a, String b) {
    boolean na = isIndex(a);
    boolean nb = isIndex(b);
    if (na && nb) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
