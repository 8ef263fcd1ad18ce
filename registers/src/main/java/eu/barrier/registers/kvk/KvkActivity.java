package eu.barrier.registers.kvk;

import org.apiguardian.api.API;

/**
 * One entry of {@code sbiActiviteiten}.
 *
 * @param sbiCode {@code sbiCode}, digits
 * @param description {@code sbiOmschrijving}, or {@code null}
 * @param main {@code indHoofdactiviteit} is {@code Ja}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KvkActivity(String sbiCode, String description, boolean main) {}
