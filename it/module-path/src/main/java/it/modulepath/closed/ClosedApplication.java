package it.modulepath.closed;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.validation.ValidBeEnterpriseNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The same form as the scenario's, in a package the module does not open.
 *
 * @param key the application's key
 * @param enterpriseNumber the enterprise number
 * @param sector the sector
 */
public record ClosedApplication(
    @NotBlank String key, @NotNull @ValidBeEnterpriseNumber String enterpriseNumber, @NotNull Sector sector) {}
