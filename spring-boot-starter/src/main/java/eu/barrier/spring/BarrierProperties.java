package eu.barrier.spring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code barrier.*} properties, bound and validated when the application starts.
 *
 * <p>Unknown properties under {@code barrier.} are refused at start-up, so a misspelt property
 * fails instead of being ignored, and key material can never be given as a property value (for
 * example {@code barrier.keys.material}): key sets come only from the file named by {@code
 * barrier.keys.location}. This object holds that location, never the keys, so the actuator's
 * {@code /configprops} and {@code /env} endpoints cannot show material.
 *
 * @param catalogues which indicator catalogues to load
 * @param screening how the auto-configured screening is built
 * @param keys where the pseudonym key set is read from
 * @param problems whether Boundary violations are answered as RFC 9457 problem details
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@ConfigurationProperties(prefix = "barrier", ignoreUnknownFields = false)
@Validated
public record BarrierProperties(
    @Valid @DefaultValue CatalogueProperties catalogues,
    @Valid @DefaultValue ScreeningProperties screening,
    @Valid @DefaultValue KeyProperties keys,
    @Valid @DefaultValue ProblemProperties problems) {

  /**
   * The indicator catalogues. With neither list set, the screening's default catalogues are used:
   * {@code barrier-admin} and the built-in sector profiles.
   *
   * @param builtIn built-in catalogue ids, newest version of each (for example {@code
   *     barrier-admin}); empty by default
   * @param locations catalogue files ({@code barrier-catalogue-v1} JSON), read when the
   *     application starts, for example {@code file:/etc/genk/catalogues/genk-local.json}; empty by
   *     default
   */
  public record CatalogueProperties(
      @DefaultValue List<@NotNull @Pattern(regexp = "[a-z][a-z0-9]*(-[a-z0-9]+){0,15}") String> builtIn,
      @DefaultValue List<@NotNull Resource> locations) {}

  /**
   * The auto-configured screening.
   *
   * @param model the risk model id; {@code weighted} by default
   * @param keep the lowest level a batch keeps: {@code high}, {@code medium}, {@code low} (the
   *     default) or {@code none}
   */
  public record ScreeningProperties(
      @DefaultValue("weighted") @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,63}") String model,
      @DefaultValue("low") @NotNull @Pattern(regexp = "high|medium|low|none") String keep) {}

  /**
   * The pseudonym key set.
   *
   * @param location a {@code barrier-keyset/1} or {@code barrier-keys/1} file on the file system,
   *     readable by its owner only; without it no key set bean is created
   */
  public record KeyProperties(Path location) {}

  /**
   * The RFC 9457 answer to Boundary violations.
   *
   * @param enabled whether the starter's {@code @RestControllerAdvice} is registered; {@code true}
   *     by default
   */
  public record ProblemProperties(@DefaultValue("true") boolean enabled) {}
}
