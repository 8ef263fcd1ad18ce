package eu.barrier.spark.screening;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.registers.observation.MunicipalObservations;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.Screening;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic establishments (Belgian unit numbers with valid check digits, in a range believed never
 * issued) with sectors, and a municipal observations export about some of them, from a seed.
 */
public final class SyntheticScreeningData {

  /** The establishments: key and sector id. */
  public final List<String[]> establishments = new ArrayList<>();

  /** The observations export, CSV. */
  public final byte[] observationsCsv;

  private SyntheticScreeningData(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Sector[] sectors = Sector.values();
    List<Indicator> indicators = new ArrayList<>();
    for (HashedCatalogue c : Screening.defaultCatalogues()) {
      indicators.addAll(c.catalogue().indicators());
    }
    Agency[] agencies = Agency.values();
    StringBuilder csv = new StringBuilder(String.join(",", MunicipalObservations.HEADER)).append('\n');
    long base = 29_990_000L; // the first 8 digits: 2999xxxx
    for (int i = 0; i < size; i++) {
      String digits = unitNumber(base + i);
      String key = SubjectReference.of(BeEstablishmentUnitNumber.parse(digits)).key();
      establishments.add(new String[] {key, BarrierJson.enumId(sectors[random.nextInt(sectors.length)])});
      if (random.nextInt(4) == 0) {
        int n = 1 + random.nextInt(5);
        for (int k = 0; k < n; k++) {
          Indicator ind = indicators.get(random.nextInt(indicators.size()));
          LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(540));
          String grading = random.nextInt(3) == 0 ? "" : "" + "ABCX".charAt(random.nextInt(4)) + (1 + random.nextInt(4));
          csv.append(random.nextBoolean() ? digits : key).append(',').append(ind.id()).append(',').append(day)
              .append(',').append(BarrierJson.enumId(agencies[random.nextInt(agencies.length)])).append(',')
              .append(grading).append('\n');
        }
      }
    }
    this.observationsCsv = csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Generates.
   *
   * @param size the number of establishments
   * @param seed the seed
   * @return the data
   */
  public static SyntheticScreeningData of(int size, long seed) {
    return new SyntheticScreeningData(size, seed);
  }

  /** A unit number: the 8 digits and their mod-97 check digits. */
  static String unitNumber(long first8) {
    long check = 97 - (first8 % 97);
    return String.format("%08d%02d", first8, check);
  }

  /**
   * Returns the establishments as the library screens them, with the observations of each, as
   * {@code barrier screen --kbo} puts them together.
   *
   * @return the establishments
   */
  public List<ObservedEstablishment> observed() {
    Map<String, List<Observation>> byKey = new HashMap<>();
    for (Observation o : MunicipalObservations.readCsv(new ByteArrayInputStream(observationsCsv), "observations.csv")) {
      byKey.computeIfAbsent(o.subject().key(), k -> new ArrayList<>()).add(o);
    }
    List<ObservedEstablishment> list = new ArrayList<>();
    for (String[] e : establishments) {
      list.add(new ObservedEstablishment(SubjectReference.of(SubjectKind.ESTABLISHMENT, e[0]),
          BarrierJson.enumFromId(Sector.class, e[1]).orElseThrow(),
          byKey.getOrDefault(e[0], List.of())));
    }
    return list;
  }
}
