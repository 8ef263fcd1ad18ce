package eu.barrier.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text bundle of every module (a {@code NAME_nl.properties} under {@code src/main/resources})
 * has the same keys in Dutch, French and English, and no empty text: a reader never gets a key, a
 * blank or another language's text because a translation was forgotten.
 */
final class TextBundlesTest {

  private static final Path ROOT = Path.of("..");

  /**
   * Bundles of documents that exist only in Dutch: the Algoritmeregister record and the DPIA and
   * IAMA prefill files are Dutch government formats (see docs/transparency.md).
   */
  private static final Set<String> DUTCH_ONLY = Set.of("transparency/register", "transparency/prefill");

  private static List<Path> dutchBundles() throws IOException {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.sorted().toList()) {
        Path resources = module.resolve("src/main/resources");
        if (!Files.isDirectory(resources)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(resources)) {
          files.filter(f -> f.getFileName().toString().endsWith("_nl.properties")).sorted().forEach(found::add);
        }
      }
    }
    return found;
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    }
    return p;
  }

  @Test
  void everyBundle_sameKeysInDutchFrenchEnglish_noEmptyText() throws IOException {
    List<Path> bundles = dutchBundles();
    assertThat(bundles).as("the bundles of core, report, screening, linkage, transparency").hasSizeGreaterThanOrEqualTo(11);
    for (Path dutch : bundles) {
      String name = dutch.getFileName().toString();
      String base = name.substring(0, name.length() - "_nl.properties".length());
      if (DUTCH_ONLY.contains(dutch.getParent().getFileName() + "/" + base)) {
        assertThat(dutch.resolveSibling(base + "_fr.properties")).as("a Dutch-only bundle").doesNotExist();
        continue;
      }
      Path french = dutch.resolveSibling(base + "_fr.properties");
      Path english = dutch.resolveSibling(base + "_en.properties");
      Path fallback = dutch.resolveSibling(base + ".properties");
      assertThat(french).as("French beside %s", dutch).exists();
      assertThat(Files.exists(english) || Files.exists(fallback)).as("English beside %s", dutch).isTrue();
      Set<String> keys = new TreeSet<>(load(dutch).stringPropertyNames());
      // English is the fallback file, which a NAME_en.properties may leave to inherit
      Properties englishTexts = Files.exists(fallback) ? load(fallback) : new Properties();
      if (Files.exists(english)) {
        englishTexts.putAll(load(english));
      }
      for (Properties texts : List.of(load(french), englishTexts)) {
        String which = texts == englishTexts ? "English" : "French";
        assertThat(new TreeSet<>(texts.stringPropertyNames())).as("%s keys against %s", which, dutch)
            .isEqualTo(keys);
        for (String key : keys) {
          assertThat(texts.getProperty(key)).as("%s in %s beside %s", key, which, dutch).isNotBlank();
        }
      }
      for (String key : keys) {
        assertThat(load(dutch).getProperty(key)).as("%s in %s", key, dutch).isNotBlank();
      }
    }
  }
}
