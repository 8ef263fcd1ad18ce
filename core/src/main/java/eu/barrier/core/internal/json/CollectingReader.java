package eu.barrier.core.internal.json;

import java.util.List;
import java.util.Set;

/**
 * The collecting read of the strict JSON engine, as the boundary sees it: binding that records every
 * problem it can continue after. Implemented by the engine behind {@code BarrierJson}; reached
 * through {@link JsonAccess}. Depends on nothing of the exported JSON package, so the two packages
 * form no cycle.
 */
public interface CollectingReader {

  /**
   * Reads a value, recording every problem that binding can continue after. A problem after which
   * no further token can be read is the last in the list.
   *
   * @param json the document
   * @param type the target type
   * @param maxProblems the most problems to record
   * @param <T> the value type
   * @return the value and the problems
   */
  <T> Collected<T> readCollecting(byte[] json, Class<T> type, int maxProblems);

  /**
   * The outcome of a collecting read.
   *
   * @param value the bound value; {@code null} if it could not be bound
   * @param problems the problems found while binding, in document order
   * @param limitReached whether binding stopped at the problem limit
   * @param replacedPaths paths of values replaced by {@code null} because of a problem
   * @param <T> the value type
   */
  record Collected<T>(T value, List<Problem> problems, boolean limitReached, Set<String> replacedPaths) {}
}
