package eu.barrier.cases.profile;

import eu.barrier.cases.Access;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One cell of the need-to-know matrix.
 *
 * @param access what the role sees
 * @param condition a condition the library checks, if any
 * @param note what the research note says of the cell beyond its letter, if anything
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Cell(Access access, Optional<Condition> condition, Optional<String> note) {}
