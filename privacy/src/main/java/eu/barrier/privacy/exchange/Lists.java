package eu.barrier.privacy.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies that keep {@code null} (records are bound before they are validated). */
final class Lists {

  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
