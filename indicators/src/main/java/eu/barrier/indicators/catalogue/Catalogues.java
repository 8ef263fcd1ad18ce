package eu.barrier.indicators.catalogue;

import eu.barrier.indicators.catalogue.CatalogueFormatException.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads indicator catalogues: from a stream, or built in.
 *
 * <p>Loading is strict. A catalogue document is one JSON object in UTF-8 of at most 4 MiB, nested
 * at most 16 deep, with no duplicate keys, no unknown fields, no data after it, every required
 * field present with its type, and every name, id, version, URL and date in its format (see {@code
 * docs/catalogue-format.md} and the JSON Schema {@code
 * /eu/barrier/indicators/schema/catalogue-v1.schema.json}). Every problem is reported, with its
 * JSON Pointer, in one {@link CatalogueFormatException}; nothing else is thrown for bad input.
 *
 * <p>{@link #load(InputStream)} also runs {@link CatalogueLint} and rejects catalogues with lint
 * errors; {@link #loadDraft(InputStream)} does not, for authoring tools that show lint findings.
 *
 * <p>All methods are thread-safe; built-in catalogues are loaded once and cached.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Catalogues {

  /** Resource name of the JSON Schema of catalogue format version 1. */
  public static final String SCHEMA_RESOURCE = "/eu/barrier/indicators/schema/catalogue-v1.schema.json";

  private static final Logger LOG = LoggerFactory.getLogger(Catalogues.class);

  private static final Map<String, Catalogue> BUILT_IN = new ConcurrentHashMap<>();
  private static final Map<String, Catalogue> BUILT_IN_DRAFTS = new ConcurrentHashMap<>();
  private static final Map<String, HashedCatalogue> BUILT_IN_HASHED = new ConcurrentHashMap<>();

  private Catalogues() {}

  /**
   * Opens the JSON Schema of catalogue format version 1 ({@link #SCHEMA_RESOURCE}). Works on the
   * module path, where another module cannot read this module's resources directly.
   *
   * @return a new stream over the schema; the caller closes it
   */
  public static InputStream openSchema() {
    InputStream in = Catalogues.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("catalogue schema resource is missing");
    }
    return in;
  }

  /**
   * Loads a catalogue and checks it with {@link CatalogueLint#check(Catalogue)}.
   *
   * @param in the document, UTF-8 JSON; read to its end, not closed
   * @return the catalogue; it has no lint errors (it may have warnings)
   * @throws CatalogueFormatException listing every format problem, or else every lint error
   * @throws NullPointerException if {@code in} is {@code null}
   */
  public static Catalogue load(InputStream in) {
    Catalogue catalogue = loadDraft(in);
    requireLintClean(catalogue);
    return catalogue;
  }

  /**
   * Loads a catalogue without linting it, for authoring tools. Never feed the result to a model
   * without checking {@link CatalogueLint#check(Catalogue)} first.
   *
   * @param in the document, UTF-8 JSON; read to its end, not closed
   * @return the catalogue, which may break lint rules
   * @throws CatalogueFormatException listing every format problem
   * @throws NullPointerException if {@code in} is {@code null}
   */
  public static Catalogue loadDraft(InputStream in) {
    Objects.requireNonNull(in, "in");
    Catalogue catalogue = CatalogueReader.read(CatalogueJson.parse(CatalogueJson.readAll(in)));
    LOG.debug("read catalogue {} with {} indicators", catalogue.reference(), catalogue.indicators().size());
    return catalogue;
  }

  /**
   * Loads a catalogue like {@link #load(InputStream)} and records the SHA-256 of its bytes, for
   * the provenance of assessments.
   *
   * @param document the document, UTF-8 JSON
   * @return the catalogue with its hash; it has no lint errors
   * @throws CatalogueFormatException listing every format problem, or else every lint error
   * @throws NullPointerException if {@code document} is {@code null}
   */
  public static HashedCatalogue loadHashed(byte[] document) {
    Objects.requireNonNull(document, "document");
    Catalogue catalogue = load(new ByteArrayInputStream(document));
    return new HashedCatalogue(catalogue, sha256(document));
  }

  /**
   * Returns the newest version of a built-in catalogue with the SHA-256 of its resource bytes.
   *
   * @param id a built-in catalogue id, see {@link #builtInIds()}
   * @return the catalogue and its hash
   * @throws IllegalArgumentException if there is no built-in catalogue with this id
   * @throws NullPointerException if {@code id} is {@code null}
   */
  public static HashedCatalogue hashedBuiltIn(String id) {
    Catalogue catalogue = builtIn(id);
    return BUILT_IN_HASHED.computeIfAbsent(catalogue.reference(), key -> {
      try (InputStream in = BuiltIns.open(catalogue.id(), catalogue.version())) {
        return new HashedCatalogue(catalogue, sha256(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  /**
   * Returns the newest version of a built-in catalogue.
   *
   * @param id a built-in catalogue id, see {@link #builtInIds()}
   * @return the catalogue
   * @throws IllegalArgumentException if there is no built-in catalogue with this id
   * @throws NullPointerException if {@code id} is {@code null}
   */
  public static Catalogue builtIn(String id) {
    return findBuiltIn(id).orElseThrow(() -> new IllegalArgumentException(
        "no built-in catalogue with this id; known ids: " + String.join(", ", builtInIds())));
  }

  /**
   * Returns a given version of a built-in catalogue.
   *
   * @param id a built-in catalogue id
   * @param version one of its {@link #builtInVersions(String)}
   * @return the catalogue
   * @throws IllegalArgumentException if there is no such built-in catalogue version
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Catalogue builtIn(String id, SemanticVersion version) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    if (!builtInVersions(id).contains(version)) {
      throw new IllegalArgumentException("no built-in catalogue with this id and version");
    }
    return BUILT_IN.computeIfAbsent(id + "@" + version, key -> {
      Catalogue catalogue = readBuiltIn(id, version, BUILT_IN_DRAFTS);
      requireLintClean(catalogue);
      return catalogue;
    });
  }

  /**
   * Returns the newest version of a built-in catalogue, if there is one with this id.
   *
   * @param id the catalogue id
   * @return the catalogue, or empty for an unknown id
   * @throws NullPointerException if {@code id} is {@code null}
   */
  public static Optional<Catalogue> findBuiltIn(String id) {
    Objects.requireNonNull(id, "id");
    return BuiltIns.latest(id).map(version -> builtIn(id, version));
  }

  /**
   * Returns the ids of the built-in catalogues.
   *
   * @return an unmodifiable set, sorted
   */
  public static Set<String> builtInIds() {
    return BuiltIns.versions().keySet();
  }

  /**
   * Returns the versions of a built-in catalogue, oldest first.
   *
   * @param id the catalogue id
   * @return an unmodifiable list; empty for an unknown id
   * @throws NullPointerException if {@code id} is {@code null}
   */
  public static List<SemanticVersion> builtInVersions(String id) {
    Objects.requireNonNull(id, "id");
    return BuiltIns.versions().getOrDefault(id, List.of());
  }

  /**
   * Returns the newest built-in catalogue with this id without linting it; used by the lint to
   * resolve references between built-in catalogues.
   */
  static Optional<Catalogue> builtInDraft(String id) {
    return BuiltIns.latest(id).map(version -> BUILT_IN_DRAFTS.computeIfAbsent(id + "@" + version,
        key -> readBuiltIn(id, version, null)));
  }

  private static Catalogue readBuiltIn(String id, SemanticVersion version, Map<String, Catalogue> drafts) {
    if (drafts != null) {
      Catalogue draft = drafts.get(id + "@" + version);
      if (draft != null) {
        return draft;
      }
    }
    try (InputStream in = BuiltIns.open(id, version)) {
      Catalogue catalogue = loadDraft(in);
      if (!catalogue.id().equals(id) || !catalogue.version().equals(version)) {
        throw new IllegalStateException("built-in catalogue resource does not match its name: " + id + "@" + version);
      }
      return catalogue;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CatalogueFormatException e) {
      throw new IllegalStateException("built-in catalogue is invalid: " + id + "@" + version, e);
    }
  }

  private static void requireLintClean(Catalogue catalogue) {
    LintReport report = CatalogueLint.check(catalogue);
    if (report.hasErrors()) {
      List<Problem> problems = new ArrayList<>();
      for (LintFinding finding : report.errors()) {
        problems.add(new Problem(finding.path(), finding.code(), finding.message()));
      }
      throw new CatalogueFormatException(problems);
    }
    if (!report.isClean()) {
      LOG.debug("catalogue {} has {} lint findings below error", catalogue.reference(), report.findings().size());
    }
  }
}
