package eu.barrier.workbench.evaluation;

import org.apiguardian.api.API;

/**
 * The figures at one level threshold: a subject is flagged when it reaches the level or a higher
 * one.
 *
 * @param level the level name, for example {@code medium}
 * @param rank the level's rank, 1 for the lowest level
 * @param matrix the confusion matrix
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record LevelResult(String level, int rank, ConfusionMatrix matrix) {}
