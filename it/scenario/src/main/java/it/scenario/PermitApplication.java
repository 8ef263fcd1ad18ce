package it.scenario;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.validation.ValidBeEnterpriseNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A vendor's own form type, validated by Barrier's Boundary: it lives in the consumer's package,
 * so on the module path that package must be opened to Jackson and Hibernate Validator.
 *
 * @param key the application's key in the permit system
 * @param enterpriseNumber the applicant's Belgian enterprise number
 * @param sector the sector applied for
 */
public record PermitApplication(
    @NotBlank String key, @NotNull @ValidBeEnterpriseNumber String enterpriseNumber, @NotNull Sector sector) {}
