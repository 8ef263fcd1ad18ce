package eu.barrier.spring;

import eu.barrier.core.BarrierException;
import eu.barrier.core.input.InputFiles;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonLimits;
import eu.barrier.core.validation.Boundary;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.screening.Screening;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/**
 * Auto-configures Barrier's building blocks from the {@code barrier.*} properties ({@link
 * BarrierProperties}). Every bean is created only if the application has none of its type, so an
 * application replaces one by declaring its own {@code @Bean}.
 *
 * <ul>
 *   <li>{@link BarrierJson}: the library's strict mapper. It is not a Jackson {@code ObjectMapper}
 *       bean and does not change the application's own mapper, which Spring Boot configures as
 *       before.
 *   <li>{@link Boundary}: parses and validates untrusted JSON with that mapper and the library's
 *       own Hibernate Validator set-up (no Expression Language).
 *   <li>{@link BarrierCatalogues}: the configured catalogues, or the screening's defaults.
 *   <li>{@link Screening}: compiled once from those catalogues at start-up.
 *   <li>{@link KeySet}: only if {@code barrier.keys.location} is set, read from that file, which
 *       must be readable by its owner only.
 * </ul>
 *
 * <p>Any set-up problem stops the application at start-up with a coded exception: {@link
 * SpringConfigurationException} ({@code BARRIER-SPRING-09xx}), a {@code ScreeningException} for a
 * catalogue or model a screening may not use, or core's {@code BarrierConfigurationException} for
 * a Jackson set-up Barrier cannot work with.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@AutoConfiguration
@EnableConfigurationProperties(BarrierProperties.class)
public class BarrierAutoConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(BarrierAutoConfiguration.class);

  /** Creates the configuration; Spring Boot does this when the starter is on the class path. */
  public BarrierAutoConfiguration() {}

  /**
   * The library's strict JSON mapper with its default limits.
   *
   * @return the mapper
   */
  @Bean
  @ConditionalOnMissingBean
  public BarrierJson barrierJson() {
    return BarrierJson.create();
  }

  /**
   * The boundary: parse and validate untrusted JSON, all violations at once.
   *
   * @param json the strict mapper
   * @return the boundary
   */
  @Bean
  @ConditionalOnMissingBean
  public Boundary barrierBoundary(BarrierJson json) {
    return Boundary.create(json);
  }

  /**
   * The configured catalogues: {@code barrier.catalogues.built-in} then {@code
   * barrier.catalogues.locations}, or the screening's default catalogues if neither is set.
   *
   * @param properties the properties
   * @return the catalogues
   * @throws SpringConfigurationException with {@link SpringError#CATALOGUE_UNKNOWN} for an id that
   *     is not built in or a file that cannot be read as a catalogue
   */
  @Bean
  @ConditionalOnMissingBean
  public BarrierCatalogues barrierCatalogues(BarrierProperties properties) {
    BarrierProperties.CatalogueProperties config = properties.catalogues();
    if (config.builtIn().isEmpty() && config.locations().isEmpty()) {
      return BarrierCatalogues.of(Screening.defaultCatalogues());
    }
    List<HashedCatalogue> list = new ArrayList<>();
    for (int i = 0; i < config.builtIn().size(); i++) {
      String id = config.builtIn().get(i);
      if (!Catalogues.builtInIds().contains(id)) {
        throw new SpringConfigurationException(SpringError.CATALOGUE_UNKNOWN, "barrier.catalogues.built-in[" + i
            + "] is not a built-in catalogue id; the ids are " + String.join(", ", Catalogues.builtInIds()), null);
      }
      list.add(Catalogues.hashedBuiltIn(id));
    }
    for (int i = 0; i < config.locations().size(); i++) {
      list.add(load(config.locations().get(i), "barrier.catalogues.locations[" + i + "]"));
    }
    return BarrierCatalogues.of(list);
  }

  private static HashedCatalogue load(Resource resource, String name) {
    try (InputStream in = resource.getInputStream()) {
      return Catalogues.loadHashed(InputFiles.read(in, JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES, name));
    } catch (IOException e) {
      throw new SpringConfigurationException(SpringError.CATALOGUE_UNKNOWN, name + " cannot be opened", null);
    } catch (BarrierException e) {
      throw new SpringConfigurationException(SpringError.CATALOGUE_UNKNOWN, name + ": " + e.getMessage(), e);
    }
  }

  /**
   * The screening, compiled once from the configured catalogues.
   *
   * @param catalogues the catalogues
   * @param properties the properties ({@code barrier.screening.*})
   * @return the screening
   * @throws eu.barrier.screening.ScreeningException if a catalogue or the model may not be used
   */
  @Bean
  @ConditionalOnMissingBean
  public Screening barrierScreening(BarrierCatalogues catalogues, BarrierProperties properties) {
    Screening screening = Screening.builder()
        .catalogues(catalogues.list())
        .model(properties.screening().model())
        .keep(Outcome.valueOf(properties.screening().keep().toUpperCase(Locale.ROOT)))
        .build();
    LOG.debug("barrier: screening with model {} and {} catalogue(s)", screening.modelId(), catalogues.list().size());
    return screening;
  }

  /**
   * The pseudonym key set, read from {@code barrier.keys.location}; never from a property value.
   *
   * @param properties the properties
   * @return the key set
   * @throws SpringConfigurationException with {@link SpringError#KEYS_NOT_OWNER_ONLY} if the file
   *     is open to its group or others, or {@link SpringError#KEYS_UNREADABLE} if it cannot be read
   *     as a key set
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "barrier.keys", name = "location")
  public KeySet barrierKeySet(BarrierProperties properties) {
    KeySet keys = KeyFile.read(properties.keys().location());
    LOG.debug("barrier: key set with {} key(s) read from {}", keys.keys().size(), KeyFile.PROPERTY);
    return keys;
  }
}
