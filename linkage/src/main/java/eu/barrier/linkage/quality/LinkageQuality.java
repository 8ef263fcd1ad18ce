package eu.barrier.linkage.quality;

import eu.barrier.linkage.clk.Clk;
import eu.barrier.linkage.clk.ClkEncoder;
import eu.barrier.linkage.clk.Hardening;
import eu.barrier.linkage.clk.InvalidRecordException;
import eu.barrier.linkage.clk.LinkageSecret;
import eu.barrier.linkage.match.CandidateSearch;
import eu.barrier.linkage.match.Candidates;
import eu.barrier.linkage.match.ClkSet;
import eu.barrier.linkage.match.GreedySolver;
import eu.barrier.linkage.match.RecordRef;
import eu.barrier.linkage.schema.LinkageSchema;
import eu.barrier.linkage.schema.LinkageSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Measures linkage quality on synthetic people ({@link SyntheticPeople}): both parties' records are
 * prepared, encoded under one secret, matched at the lowest threshold, and greedily solved at each
 * threshold; precision, recall and F1 are counted against the true matches.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class LinkageQuality {

  /**
   * The thresholds reported by default: 0.65 to 0.95 in steps of 0.05. Below 0.65 nearly every pair
   * of balanced CLKs is a candidate (their Dice coefficient is one minus the share of differing
   * bits, about 0.58 for unrelated people with the example schema).
   */
  public static final List<Double> DEFAULT_THRESHOLDS = List.of(0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95);

  private LinkageQuality() {}

  /**
   * The hardening settings compared in {@code docs/linkage.md}: none; salting of the names with the
   * birth year; one XOR fold; BLIP with flip probability 0.02 and 0.05; balancing; salting with
   * balancing. BLIP draws from a generator seeded with {@code seed}, so that the figures can be
   * reproduced; never seed BLIP in production.
   *
   * @param seed the seed of BLIP's generator
   * @return the settings by name, in that order
   */
  public static java.util.LinkedHashMap<String, Hardening> standardSettings(long seed) {
    java.util.LinkedHashMap<String, Hardening> settings = new java.util.LinkedHashMap<>();
    settings.put("none", Hardening.none());
    settings.put("salt names with birth year", Hardening.builder().salt("birthYear", "givenName", "surname").build());
    settings.put("xor fold 1", Hardening.builder().xorFolds(1).build());
    settings.put("BLIP p=0.02", Hardening.builder().blip(0.02).random(new java.util.SplittableRandom(seed)).build());
    settings.put("BLIP p=0.05", Hardening.builder().blip(0.05).random(new java.util.SplittableRandom(seed)).build());
    settings.put("balance", Hardening.builder().balance().build());
    settings.put("salt + balance", Hardening.builder().salt("birthYear", "givenName", "surname").balance().build());
    return settings;
  }

  /**
   * Measures blocking on synthetic people: how many pairs it spares and how many true matches at or
   * above the threshold it keeps.
   *
   * @param data the two parties' records
   * @param schema the schema
   * @param secret the linkage secret
   * @param preparation the preparation
   * @param blocking the blocking
   * @param threshold the Dice threshold
   * @return the measurement
   */
  public static BlockingQuality blocking(SyntheticPeople.Datasets data, LinkageSchema schema, LinkageSecret secret,
      Preparation preparation, eu.barrier.linkage.block.HammingLshBlocking blocking, double threshold) {
    ClkEncoder encoder = ClkEncoder.create(schema, secret);
    ClkSet a = encode(encoder, data.a(), preparation);
    ClkSet b = encode(encoder, data.b(), preparation);
    Candidates full = CandidateSearch.withThreshold(threshold).search(a, b);
    eu.barrier.linkage.block.BlockedCandidates blocked = blocking.search(List.of(a, b), threshold);
    java.util.Set<eu.barrier.linkage.match.CandidatePair> kept = new java.util.HashSet<>(blocked.candidates());
    int[] truth = data.matches();
    int trueFull = 0;
    int trueKept = 0;
    for (eu.barrier.linkage.match.CandidatePair p : full) {
      if (truth[p.b()] == p.a()) {
        trueFull++;
        if (kept.contains(p)) {
          trueKept++;
        }
      }
    }
    return new BlockingQuality(blocking.toString(), threshold, blocked.totalPairs(), blocked.comparisons(),
        blocked.reductionRatio(), trueFull, trueKept, trueFull == 0 ? 1.0 : (double) trueKept / trueFull);
  }

  /**
   * Returns the example schema for synthetic people ({@link SyntheticPerson#HEADER}): 2-grams of
   * given name and surname, positional 1-grams of the birth date, the sex exactly, each with an
   * empty missing value; the birth year is not hashed (it is there to salt).
   *
   * @return the schema
   */
  public static LinkageSchema peopleSchema() {
    try (InputStream in = LinkageQuality.class.getResourceAsStream("people-schema.json")) {
      return LinkageSchemas.parse(Objects.requireNonNull(in, "people-schema.json").readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Prepares a record's names.
   *
   * @param person the record
   * @param preparation the preparation
   * @return the values to encode, in {@link SyntheticPerson#HEADER} order
   */
  public static List<String> prepare(SyntheticPerson person, Preparation preparation) {
    List<String> v = new ArrayList<>(person.values());
    v.set(0, preparation.apply(v.get(0)));
    v.set(1, preparation.apply(v.get(1)));
    return v;
  }

  /**
   * Encodes prepared records. A record the encoder refuses (with salting: one without a salt
   * value) gets an empty CLK, which matches nothing, so its true match counts as missed.
   *
   * @param encoder the encoder
   * @param people the records
   * @param preparation the preparation
   * @return the CLKs, packed
   */
  public static ClkSet encode(ClkEncoder encoder, List<SyntheticPerson> people, Preparation preparation) {
    List<Clk> clks = new ArrayList<>(people.size());
    Clk empty = Clk.of(new byte[(encoder.clkLength() + 7) / 8], encoder.clkLength());
    for (SyntheticPerson p : people) {
      try {
        clks.add(encoder.encode(prepare(p, preparation)));
      } catch (InvalidRecordException e) {
        // a record the hardening cannot encode (no salt): an empty CLK, which matches nothing
        clks.add(empty);
      }
    }
    return ClkSet.of(clks);
  }

  /**
   * Measures quality at the {@link #DEFAULT_THRESHOLDS}.
   *
   * @param data the two parties' records
   * @param schema the schema, with the identifiers of {@link SyntheticPerson#HEADER}
   * @param secret the linkage secret
   * @param hardening the hardening both parties use
   * @param preparation the preparation both parties use
   * @param seed the seed the data were generated with, for the report
   * @return the report
   */
  public static QualityReport evaluate(SyntheticPeople.Datasets data, LinkageSchema schema, LinkageSecret secret,
      Hardening hardening, Preparation preparation, long seed) {
    ClkEncoder encoder = ClkEncoder.create(schema, secret, hardening);
    ClkSet a = encode(encoder, data.a(), preparation);
    ClkSet b = encode(encoder, data.b(), preparation);
    double lowest = DEFAULT_THRESHOLDS.get(0);
    Candidates all = CandidateSearch.withThreshold(lowest).search(a, b);
    int[] truth = data.matches();
    int trueMatches = data.matchCount();
    List<ThresholdQuality> rows = new ArrayList<>();
    for (double t : DEFAULT_THRESHOLDS) {
      Candidates above = all.atLeast(t);
      int tp = 0;
      int fp = 0;
      for (List<RecordRef> g : GreedySolver.solve(above)) {
        int rowA = g.get(0).row();
        int rowB = g.get(1).row();
        if (truth[rowB] == rowA) {
          tp++;
        } else {
          fp++;
        }
      }
      rows.add(ThresholdQuality.of(t, tp, fp, trueMatches - tp));
    }
    return new QualityReport(data.a().size(), (double) trueMatches / data.a().size(), seed, trueMatches,
        preparation.name(), hardening.toString(), encoder.clkLength(), all.comparisons(), rows);
  }
}
