package eu.barrier.registers.kbo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Applying the same update twice changes nothing, whatever the extract and the area. */
final class KboUpdateProperties {

  @Property(tries = 8)
  void update_appliedTwice_changesNothing(@ForAll @IntRange(min = 20, max = 400) int enterprises,
      @ForAll long seed, @ForAll boolean area) throws IOException {
    Path dir = Files.createTempDirectory("kbo-prop");
    try {
      KboSyntheticExtract sample = KboSyntheticExtract.of(enterprises, seed);
      sample.writeFull(dir.resolve("full"));
      sample.writeUpdate(dir.resolve("update"), null);
      KboReader reader = KboReader.builder()
          .area(area ? KboArea.postcodes(List.of(KboSyntheticExtract.AREA_POSTCODE)) : KboArea.all()).build();
      Path base = dir.resolve("base.json");
      try (KboDocument.DocumentWriter w = KboDocument.writer(base)) {
        KboReport r = reader.read(dir.resolve("full"), w);
        w.finish(KboDocument.Header.of(r.meta(), reader.area()), r);
      }
      Path once = apply(reader, dir, base, "once.json");
      Path twice = apply(reader, dir, once, "twice.json");

      assertThat(Files.readAllBytes(twice)).isEqualTo(Files.readAllBytes(once));
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Path apply(KboReader reader, Path dir, Path base, String name) throws IOException {
    Path out = dir.resolve(name);
    try (KboDocument.Base b = KboDocument.openBase(base, dir); KboDocument.DocumentWriter w = KboDocument.writer(out)) {
      KboReport r = reader.update(b.extract(), dir.resolve("update"), w);
      w.finish(b.header().with(r.meta()), r);
    }
    return out;
  }
}
