package eu.barrier.spring.problem;

import eu.barrier.core.CoreError;
import eu.barrier.core.validation.Violation;
import eu.barrier.spring.SpringError;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a {@link BoundaryViolationException} as an RFC 9457 problem ({@code
 * application/problem+json}).
 *
 * <pre>{@code
 * {"type": "urn:barrier:problem:BARRIER-SPRING-0001", "title": "The request is not valid",
 *  "status": 422, "detail": "1 error; each names where (a JSON Pointer) and the rule broken.",
 *  "instance": "/establishments/screen", "code": "BARRIER-SPRING-0001",
 *  "errors": [{"pointer": "/establishment/beEnterpriseNumber", "code": "BARRIER-CORE-0006",
 *              "detail": "value is not valid for its type"}]}
 * }</pre>
 *
 * <p>The status is 400 (Bad Request) when the document could not be read at all: malformed JSON,
 * a duplicate member, trailing content, a breached limit, an empty document or one that is not
 * UTF-8 ({@link #UNREADABLE}). Otherwise the document was read and broke its type's rules, and the
 * status is 422 (Unprocessable Content), as in the library's permit example. No value from the
 * request is ever copied into the answer: pointers name members only where the library judged the
 * name safe, and details are the rules' texts in the language the Boundary was asked for.
 *
 * <p>Registered by {@link BarrierProblemAutoConfiguration} unless {@code
 * barrier.problems.enabled=false} or the application declares its own bean of this type.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@RestControllerAdvice
public class BoundaryProblems {

  /** The {@code type} of every problem: {@code urn:barrier:problem:} and the code. */
  public static final URI TYPE = URI.create("urn:barrier:problem:" + SpringError.REQUEST_INVALID.code());

  /** The codes of violations that stop reading the document: the answer is 400, not 422. */
  public static final Set<String> UNREADABLE = Set.of(
      CoreError.JSON_SYNTAX.code(), CoreError.JSON_DUPLICATE_PROPERTY.code(), CoreError.JSON_TRAILING_DATA.code(),
      CoreError.JSON_TOO_DEEP.code(), CoreError.JSON_TOO_LARGE.code(), CoreError.JSON_STRING_TOO_LONG.code(),
      CoreError.JSON_NUMBER_TOO_LONG.code(), CoreError.JSON_NAME_TOO_LONG.code(),
      CoreError.JSON_TOO_MANY_TOKENS.code(), CoreError.JSON_EMPTY.code(), CoreError.JSON_IO.code(),
      CoreError.INPUT_ENCODING.code(), CoreError.INPUT_TOO_LARGE.code(), CoreError.INPUT_IO.code());

  /** HTTP 400; by number, as HttpStatus names 422 differently in Spring 6 and 7. */
  static final int BAD_REQUEST = 400;

  /** HTTP 422 (RFC 9110 "Unprocessable Content"). */
  static final int UNPROCESSABLE_CONTENT = 422;

  /** Creates the advice; the auto-configuration does this. */
  public BoundaryProblems() {}

  /**
   * Builds the problem for the violations.
   *
   * @param exception the violations
   * @return the problem; Spring MVC fills in {@code instance} with the request path
   */
  @ExceptionHandler(BoundaryViolationException.class)
  public ProblemDetail problem(BoundaryViolationException exception) {
    List<Violation> violations = exception.violations();
    boolean unreadable = violations.stream().anyMatch(v -> UNREADABLE.contains(v.code()));
    ProblemDetail problem = ProblemDetail.forStatus(unreadable ? BAD_REQUEST : UNPROCESSABLE_CONTENT);
    problem.setType(TYPE);
    problem.setTitle(unreadable ? "The request document cannot be read" : "The request is not valid");
    problem.setDetail(violations.size() + (violations.size() == 1 ? " error" : " errors")
        + "; each names where (a JSON Pointer) and the rule broken.");
    problem.setProperty("code", exception.code());
    List<Map<String, String>> errors = new ArrayList<>();
    for (Violation v : violations) {
      Map<String, String> error = new LinkedHashMap<>();
      error.put("pointer", v.path());
      error.put("code", v.code());
      error.put("detail", v.message());
      errors.add(error);
    }
    problem.setProperty("errors", errors);
    return problem;
  }
}
