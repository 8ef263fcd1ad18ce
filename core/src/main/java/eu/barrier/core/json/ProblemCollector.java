package eu.barrier.core.json;

import eu.barrier.core.internal.json.JsonPaths;
import eu.barrier.core.internal.json.Problem;
import eu.barrier.core.CoreError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Collects the problems of one read in boundary mode. One instance per call: it is attached to
 * the reader as an attribute and as the problem handler, never to the shared mapper.
 */
final class ProblemCollector extends DeserializationProblemHandler {

  /** The reader attribute under which the collector is stored. */
  static final Object ATTRIBUTE = ProblemCollector.class;

  private final int limit;
  private final Set<String> declared;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> replaced = new HashSet<>();
  private boolean limitReached;

  /**
   * Creates a collector.
   *
   * @param limit the largest number of problems to collect; reading stops at the next one
   * @param declared the member names the target type declares; all others are hidden in paths
   */
  public ProblemCollector(int limit, Set<String> declared) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    this.limit = limit;
    this.declared = declared;
  }

  /**
   * Returns the member names shown in paths.
   *
   * @return the declared names of the target type
   */
  Set<String> declared() {
    return declared;
  }

  /**
   * Returns the collected problems in the order they were found.
   *
   * @return the problems, unmodifiable
   */
  public List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /**
   * Returns the paths of values that were replaced by {@code null} (or a primitive default)
   * because of a problem at or inside them.
   *
   * @return the paths, unmodifiable
   */
  public Set<String> replacedPaths() {
    return Collections.unmodifiableSet(replaced);
  }

  void replaced(String path) {
    replaced.add(path);
  }

  /**
   * Returns whether reading stopped because the limit was reached.
   *
   * @return {@code true} if more problems may exist
   */
  public boolean limitReached() {
    return limitReached;
  }

  void add(Problem problem) {
    if (problems.size() >= limit) {
      limitReached = true;
      throw new ProblemLimitReached();
    }
    problems.add(problem);
  }

  void markLimitReached() {
    limitReached = true;
  }

  static ProblemCollector of(DeserializationContext ctxt) {
    Object value = ctxt.getAttribute(ATTRIBUTE);
    return value instanceof ProblemCollector c ? c : null;
  }

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
    // for records, p may replay buffered tokens; the document's parser knows the real position
    add(new Problem(CoreError.JSON_UNKNOWN_PROPERTY, JsonPaths.propertyPointer(ctxt.getParser(), propertyName, declared), null, null));
    p.skipChildren();
    return true;
  }
}
