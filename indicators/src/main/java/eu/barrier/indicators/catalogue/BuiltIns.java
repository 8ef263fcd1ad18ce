package eu.barrier.indicators.catalogue;

import eu.barrier.indicators.catalogue.SemanticVersion;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The index of built-in catalogues shipped as resources
 * {@code /eu/barrier/indicators/catalogues/<id>/<version>.json}. A published version is never
 * edited in place; a change adds a new version here.
 */
final class BuiltIns {

  private static final String ROOT = "/eu/barrier/indicators/catalogues/";

  private static final Map<String, List<SemanticVersion>> VERSIONS;

  static {
    Map<String, List<SemanticVersion>> map = new TreeMap<>();
    for (String id : List.of(
        "ilo-2009-adult-labour",
        "ilo-2009-child-labour",
        "ilo-2009-adult-sexual",
        "ilo-2009-child-sexual",
        "ilo-2012-forced-labour",
        "barrier-admin",
        "sector-carwash",
        "sector-massage",
        "sector-nail-salon",
        "sector-horeca-nightshop",
        "minors-grooming")) {
      map.put(id, List.of(new SemanticVersion(1, 0, 0)));
    }
    VERSIONS = Collections.unmodifiableMap(map);
  }

  private BuiltIns() {}

  /**
   * Returns the built-in catalogue ids with their versions, oldest first.
   *
   * @return an unmodifiable map sorted by id
   */
  public static Map<String, List<SemanticVersion>> versions() {
    return VERSIONS;
  }

  /**
   * Returns the newest version of a built-in catalogue.
   *
   * @param id the catalogue id
   * @return the version, or empty for an unknown id
   */
  public static Optional<SemanticVersion> latest(String id) {
    List<SemanticVersion> versions = VERSIONS.get(id);
    return versions == null ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  /**
   * Returns the resource name of a built-in catalogue version.
   *
   * @param id the catalogue id
   * @param version the version
   * @return the absolute resource name
   */
  public static String resource(String id, SemanticVersion version) {
    return ROOT + id + "/" + version + ".json";
  }

  /**
   * Opens a built-in catalogue resource.
   *
   * @param id the catalogue id
   * @param version the version
   * @return the stream
   * @throws IllegalStateException if the resource is missing from the jar
   */
  public static InputStream open(String id, SemanticVersion version) {
    InputStream in = BuiltIns.class.getResourceAsStream(resource(id, version));
    if (in == null) {
      throw new IllegalStateException("built-in catalogue resource is missing: " + id + "@" + version);
    }
    return in;
  }
}
