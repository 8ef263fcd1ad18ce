package eu.barrier.workbench.evaluation;

import org.apiguardian.api.API;

/**
 * One point of a ROC curve (x = false-positive rate, y = true-positive rate) or of a
 * precision-recall curve (x = recall, y = precision), at a score threshold: a subject is flagged
 * when its score is at least the threshold.
 *
 * @param x the horizontal coordinate, in {@code [0, 1]}
 * @param y the vertical coordinate, in {@code [0, 1]}
 * @param threshold the score threshold; {@code +Infinity} for the point where nothing is flagged
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CurvePoint(double x, double y, double threshold) {}
