package eu.barrier.workbench.evaluation;

import org.apiguardian.api.API;

/**
 * Two scorers on the same subjects: the differences of their AUCs with paired bootstrap
 * intervals (both scorers see the same resamples).
 *
 * @param first the name of the first scorer
 * @param second the name of the second scorer
 * @param deltaRocAuc ROC AUC of the second minus that of the first
 * @param deltaPrAuc PR AUC of the second minus that of the first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Comparison(String first, String second, Estimate deltaRocAuc, Estimate deltaPrAuc) {}
