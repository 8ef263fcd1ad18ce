package eu.barrier.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import eu.barrier.core.Language;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.indicators.scoring.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

final class ScreeningProperties {

  private static final Screening SCREENING = Screening.builder().build();
  private static final Screening KEEP_ALL = Screening.builder().keep(Outcome.NONE).build();
  private static final List<String> INDICATORS = indicators();

  private static List<String> indicators() {
    List<String> ids = new ArrayList<>();
    for (ScreeningResult.CatalogueUse c : SCREENING.catalogues()) {
      for (Indicator i : Catalogues.builtIn(c.id()).indicators()) {
        ids.add(i.id());
      }
    }
    ids.add("UNKNOWN-01");
    return ids;
  }

  @Provide
  Arbitrary<List<ObservedEstablishment>> batches() {
    Arbitrary<ObservedEstablishment> one = Combinators.combine(
            Arbitraries.integers().between(0, 9999),
            Arbitraries.of(Sector.class),
            Combinators.combine(Arbitraries.of(INDICATORS), Arbitraries.integers().between(-400, 30),
                Arbitraries.of(Agency.PERMIT_DESK, Agency.LOCAL_POLICE, Agency.SOCIAL_INSPECTION),
                Arbitraries.of("", "A1", "B2", "C3", "X4"))
                .as((id, day, agency, grading) -> new Object[] {id, day, agency, grading})
                .list().ofMaxSize(12))
        .as((n, sector, obs) -> {
          String key = Fixtures.beKey(n);
          List<Observation> list = new ArrayList<>();
          for (Object[] o : obs) {
            var day = Fixtures.AS_OF.plusDays((Integer) o[1]);
            String g = (String) o[3];
            list.add(new Observation((String) o[0], Fixtures.ref(key), ObservedPeriod.of(day, day), (Agency) o[2],
                g.isEmpty() ? null : Grading.of(GradingScheme.EUROPOL_4X4, g.substring(0, 1), g.substring(1)),
                null, null));
          }
          return new ObservedEstablishment(Fixtures.ref(key), sector, list);
        });
    return one.list().ofMaxSize(40).uniqueElements(ObservedEstablishment::key);
  }

  @Property(tries = 200)
  void screenAll_sameAsOneByOne(@ForAll("batches") List<ObservedEstablishment> batch) {
    ScreeningResult r = SCREENING.screenAll(batch, Fixtures.AS_OF);
    Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    List<ScreenedEstablishment> expected = new ArrayList<>();
    for (ObservedEstablishment e : batch) {
      ScreenedEstablishment s = SCREENING.screen(e, Fixtures.AS_OF);
      counts.merge(s.level(), 1L, Long::sum);
      if (s.level().isAtLeast(Outcome.LOW)) {
        expected.add(s);
      }
    }
    expected.sort(SCREENING.ranking());
    assertThat(r.establishments()).containsExactlyElementsOf(expected);
    for (Outcome level : List.of(Outcome.HIGH, Outcome.MEDIUM, Outcome.LOW, Outcome.NONE)) {
      assertThat(r.count(level)).as(level.id()).isEqualTo(counts.getOrDefault(level, 0L));
    }
  }

  @Property(tries = 200)
  void screen_levelIsTheHighestCatalogueLevel(@ForAll("batches") List<ObservedEstablishment> batch) {
    for (ObservedEstablishment e : batch) {
      ScreenedEstablishment s = SCREENING.screen(e, Fixtures.AS_OF);
      int highest = s.assessments().stream().mapToInt(a -> a.outcome().rank()).max().orElse(0);
      assertThat(s.level().rank()).isEqualTo(highest);
      long reasonPoints = s.reasons().stream().mapToLong(Reason::milliPoints).sum();
      long positive = s.assessments().stream().flatMap(a -> a.contributions().stream())
          .mapToLong(c -> Math.max(0, c.milliPoints())).sum();
      assertThat(reasonPoints).isEqualTo(positive);
    }
  }

  @Property(tries = 200)
  void rankKey_anyBatch_sortsLikeTheRanking(@ForAll("batches") List<ObservedEstablishment> batch) {
    List<ScreenedEstablishment> screened = new ArrayList<>();
    for (ObservedEstablishment e : batch) {
      screened.add(KEEP_ALL.screen(e, Fixtures.AS_OF));
    }
    for (ScreenedEstablishment a : screened) {
      for (ScreenedEstablishment b : screened) {
        assertThat(Integer.signum(KEEP_ALL.rankKey(a).compareTo(KEEP_ALL.rankKey(b))))
            .isEqualTo(Integer.signum(KEEP_ALL.ranking().compare(a, b)));
      }
    }
  }

  @Property(tries = 100)
  void write_entriesWrittenApart_sameBytesAsTheWholeResult(@ForAll("batches") List<ObservedEstablishment> batch,
      @ForAll Language language) throws IOException {
    ScreeningResult r = SCREENING.screenAll(batch, Fixtures.AS_OF);
    ScreeningResult summary = new ScreeningResult(r.asOf(), r.modelId(), r.catalogues(), r.keptFrom(), r.counts(),
        List.of(), r.libraryVersion(), r.source(), r.demoLabel());
    List<byte[]> entries = new ArrayList<>();
    for (ScreenedEstablishment e : r.establishments()) {
      ScreeningResults.Entry entry = ScreeningResults.entry(e, language);
      assertThat(entry.sha256()).isEqualTo(e.sha256());
      entries.add(entry.bytes());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScreeningResults.write(summary, language, entries, out);
    assertThat(out.toByteArray()).isEqualTo(ScreeningResults.toBytes(r, language));
  }

  @Property(tries = 100)
  void results_writeThenRead_equalResultAndSameBytes(@ForAll("batches") List<ObservedEstablishment> batch,
      @ForAll Language language) {
    ScreeningResult r = KEEP_ALL.screenAll(batch, Fixtures.AS_OF);
    byte[] bytes = ScreeningResults.toBytes(r, language);
    ScreeningResult back = ScreeningResults.read(bytes);
    assertThat(back).isEqualTo(r);
    assertThat(ScreeningResults.toBytes(back, language)).isEqualTo(bytes);
  }

  @Property(tries = 300)
  void results_mutatedDocument_onlyScreeningExceptionOrEqualMeaning(
      @ForAll("batches") List<ObservedEstablishment> batch, @ForAll int position, @ForAll byte value) {
    byte[] bytes = ScreeningResults.toBytes(SCREENING.screenAll(batch, Fixtures.AS_OF), Language.NL);
    int at = Math.floorMod(position, bytes.length);
    if (bytes[at] == value) {
      return;
    }
    bytes[at] = value;
    Throwable t = catchThrowable(() -> ScreeningResults.read(bytes));
    if (t != null) {
      assertThat(t).isInstanceOf(ScreeningException.class);
    }
  }
}
