package eu.barrier.indicators.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The assess input document: {@code {"subjects": [...]}}.
 *
 * @param subjects the subjects, at most 1 000 000
 */
record InputDocument(@NotNull @Size(max = 1_000_000) List<@NotNull @Valid InputSubject> subjects) {

  @Override
  public String toString() {
    return "InputDocument[subjects=" + (subjects == null ? 0 : subjects.size()) + "]";
  }
}
