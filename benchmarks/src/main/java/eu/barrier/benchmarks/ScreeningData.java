package eu.barrier.benchmarks;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic establishments for the screening benchmarks, made on the fly from a seed: a sector
 * mix with a quarter in the four profiled sectors, 60 % without any observation and the rest with
 * one to eight observations of indicators of the default catalogues that apply to their sector,
 * over the year before {@link #AS_OF}, a third graded. Keys are Belgian establishment unit numbers
 * in the unissued 2999 range with valid check digits. Nothing is real.
 */
final class ScreeningData {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static final Sector[] SECTORS = Sector.values();
  private static final Agency[] SOURCES = {Agency.PERMIT_DESK, Agency.POPULATION_REGISTER, Agency.LOCAL_POLICE,
      Agency.SOCIAL_INSPECTION, Agency.BUILDING_INSPECTION};
  private static final String[] GRADES = {"A1", "B2", "B3", "C3", "X4"};

  private final List<List<String>> indicatorsBySector = new ArrayList<>();

  ScreeningData(Screening screening) {
    for (Sector sector : SECTORS) {
      List<String> ids = new ArrayList<>();
      screening.models().forEach(m -> {
        for (Indicator i : m.catalogue().catalogue().indicators()) {
          if (i.appliesTo(sector)) {
            ids.add(i.id());
          }
        }
      });
      indicatorsBySector.add(ids);
    }
  }

  /** The establishment with a serial, always the same for the same serial and seed. */
  ObservedEstablishment establishment(long serial, long seed) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + serial);
    String base = String.format(Locale.ROOT, "2999%04d", serial % 10_000);
    long check = 97 - Long.parseLong(base) % 97;
    // unique key per serial: the check-digit number plus a serial suffix keeps the key format valid
    String key = "be-establishment:" + base + String.format(Locale.ROOT, "%02d", check)
        + (serial < 10_000 ? "" : "." + serial / 10_000);
    SubjectReference ref = SubjectReference.of(SubjectKind.ESTABLISHMENT, key);
    Sector sector = random.nextInt(4) == 0 ? new Sector[] {Sector.CARWASH, Sector.MASSAGE,
        Sector.NAIL_AND_BEAUTY_SALON, Sector.HORECA}[random.nextInt(4)] : SECTORS[random.nextInt(SECTORS.length)];
    if (random.nextInt(10) < 6) {
      return new ObservedEstablishment(ref, sector, List.of());
    }
    List<String> ids = indicatorsBySector.get(sector.ordinal());
    int n = 1 + random.nextInt(8);
    List<Observation> observations = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate day = AS_OF.minusDays(random.nextInt(365));
      String g = random.nextInt(3) == 0 ? GRADES[random.nextInt(GRADES.length)] : null;
      observations.add(new Observation(ids.get(random.nextInt(ids.size())), ref, ObservedPeriod.of(day, day),
          SOURCES[random.nextInt(SOURCES.length)],
          g == null ? null : Grading.of(GradingScheme.EUROPOL_4X4, g.substring(0, 1), g.substring(1)), null, null));
    }
    return new ObservedEstablishment(ref, sector, observations);
  }

  /** {@code count} establishments made one at a time while iterated: nothing is held. */
  Iterable<ObservedEstablishment> stream(long count, long seed) {
    return () -> new Iterator<>() {
      private long next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public ObservedEstablishment next() {
        return establishment(next++, seed);
      }
    };
  }

  /**
   * Screens a national-size batch made on the fly and prints time and memory. Run with a bounded
   * heap, for example {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar
   * eu.barrier.benchmarks.ScreeningData 1000000}.
   *
   * @param args the number of establishments (default 1 000 000)
   */
  public static void main(String[] args) {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    Screening screening = Screening.builder().build();
    ScreeningData data = new ScreeningData(screening);
    long start = System.nanoTime();
    ScreeningResult result = screening.screenAll(data.stream(count, 1), AS_OF);
    double seconds = (System.nanoTime() - start) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.gc();
    System.out.printf(Locale.ROOT, "screened %d establishments in %.1f s (%.0f /s), max heap %d MiB, "
            + "kept %d (high %d, medium %d, low %d, none %d), heap used after %d MiB%n", result.total(), seconds,
        result.total() / seconds, rt.maxMemory() >> 20, result.establishments().size(),
        result.count(eu.barrier.indicators.scoring.Outcome.HIGH), result.count(eu.barrier.indicators.scoring.Outcome.MEDIUM),
        result.count(eu.barrier.indicators.scoring.Outcome.LOW), result.count(eu.barrier.indicators.scoring.Outcome.NONE),
        (rt.totalMemory() - rt.freeMemory()) >> 20);
  }
}
