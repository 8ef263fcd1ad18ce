package eu.barrier.registers.kvk;

/**
 * One entry of {@code sbiActiviteiten}.
 *
 * @param sbiCode {@code sbiCode}, digits
 * @param description {@code sbiOmschrijving}, or {@code null}
 * @param main {@code indHoofdactiviteit} is {@code Ja}
 */
public record KvkActivity(String sbiCode, String description, boolean main) {}
