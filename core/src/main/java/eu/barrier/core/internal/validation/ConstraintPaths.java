package eu.barrier.core.internal.validation;

import eu.barrier.core.internal.json.JsonPaths;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Converts Jakarta property paths ({@code observations[3].grading}) to JSON Pointers. */
public final class ConstraintPaths {

  private ConstraintPaths() {}

  /**
   * Returns the JSON Pointer for a property path. Property names are the declared names of the
   * validated types and are shown; map keys come from the input and always become {@code *}.
   *
   * @param path the Jakarta path
   * @return the pointer, empty for the root bean
   */
  public static String toPointer(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          sb.append('/').append(node.getIndex().intValue());
        } else {
          sb.append('/').append(JsonPaths.HIDDEN);
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        sb.append('/').append(node.getName());
      }
    }
    return sb.toString();
  }
}
