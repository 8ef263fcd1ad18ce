package eu.barrier.linkage.match;

import eu.barrier.linkage.LinkageError;
import eu.barrier.linkage.LinkageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;

/**
 * Finds every pair of records from two or more datasets whose Dice coefficient is at or above a
 * threshold, as anonlink's {@code find_candidate_pairs} with {@code dice_coefficient_accelerated}
 * does: the same pairs, the same Dice values, the same order ({@link Candidates}).
 *
 * <p>All datasets are compared with each other, pair by pair ({@code 0-1}, {@code 0-2}, ..., {@code
 * 1-2}, ...). A pair is skipped without computing its Dice value when the popcounts differ by more
 * than anonlink's bound {@code 2 * popcount_a * (1 / t - 1)}, which no pair at or above the
 * threshold exceeds. The rows of each dataset pair are shared out to {@link #threads(int)} threads;
 * the result does not depend on their number.
 *
 * <p>Instances are immutable; the {@code with}-style methods return a copy.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CandidateSearch {

  /** The default limit on candidate pairs (about 0.5 GB of memory). */
  public static final long DEFAULT_MAX_CANDIDATES = 20_000_000L;

  private static final int CHUNK_ROWS = 64;

  private final double threshold;
  private final int threads;
  private final long maxCandidates;

  private CandidateSearch(double threshold, int threads, long maxCandidates) {
    this.threshold = threshold;
    this.threads = threads;
    this.maxCandidates = maxCandidates;
  }

  /**
   * Starts a search with a threshold, on all available processors.
   *
   * @param threshold the least Dice coefficient of a candidate pair, in {@code (0, 1]}
   * @return the search
   * @throws IllegalArgumentException if the threshold is outside {@code (0, 1]}
   */
  public static CandidateSearch withThreshold(double threshold) {
    if (!(threshold > 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("the threshold must be in (0, 1]");
    }
    return new CandidateSearch(threshold, Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_CANDIDATES);
  }

  /**
   * Returns a copy that uses {@code threads} threads.
   *
   * @param threads at least 1
   * @return the copy
   */
  public CandidateSearch threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    return new CandidateSearch(threshold, threads, maxCandidates);
  }

  /**
   * Returns a copy with another limit on candidate pairs.
   *
   * @param maxCandidates at least 1
   * @return the copy
   */
  public CandidateSearch maxCandidates(long maxCandidates) {
    if (maxCandidates < 1 || maxCandidates > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxCandidates must be in [1, 2^31 - 9]");
    }
    return new CandidateSearch(threshold, threads, maxCandidates);
  }

  /**
   * Returns the threshold.
   *
   * @return the threshold
   */
  public double threshold() {
    return threshold;
  }

  /**
   * Finds the candidate pairs between two datasets (indexes 0 and 1).
   *
   * @param a the first dataset
   * @param b the second dataset
   * @return the candidates
   * @throws LinkageException if the CLK lengths differ ({@link LinkageError#MATCH_DATASETS}) or
   *     there are more candidates than the limit ({@link LinkageError#MATCH_TOO_MANY_CANDIDATES})
   */
  public Candidates search(ClkSet a, ClkSet b) {
    return search(List.of(a, b));
  }

  /**
   * Finds the candidate pairs between every two of the datasets.
   *
   * @param datasets at least two datasets of CLKs of one length
   * @return the candidates
   * @throws LinkageException if there are fewer than two datasets or their CLK lengths differ
   *     ({@link LinkageError#MATCH_DATASETS}), or there are more candidates than the limit ({@link
   *     LinkageError#MATCH_TOO_MANY_CANDIDATES})
   */
  public Candidates search(List<ClkSet> datasets) {
    Objects.requireNonNull(datasets, "datasets");
    checkDatasets(datasets);
    int bits = 0;
    for (ClkSet s : datasets) {
      if (s.size() > 0) {
        bits = s.bitLength();
      }
    }
    int[] minC = DiceKernel.minIntersection(Math.max(bits, 64), threshold);
    List<CandidateBuffer> parts = new ArrayList<>();
    AtomicLong total = new AtomicLong();
    for (int x = 0; x < datasets.size(); x++) {
      for (int y = x + 1; y < datasets.size(); y++) {
        parts.addAll(scanPair(datasets.get(x), datasets.get(y), x, y, minC, total));
      }
    }
    return merge(parts);
  }

  /**
   * Checks that datasets can be matched: at least two, and all non-empty ones of one CLK length.
   *
   * @param datasets the datasets
   * @throws LinkageException ({@link LinkageError#MATCH_DATASETS}) if they cannot
   */
  public static void checkDatasets(List<ClkSet> datasets) {
    if (datasets.size() < 2) {
      throw new LinkageException(LinkageError.MATCH_DATASETS, "give at least two datasets");
    }
    int bits = -1;
    for (int i = 0; i < datasets.size(); i++) {
      ClkSet s = datasets.get(i);
      if (s.size() == 0) {
        continue;
      }
      if (bits < 0) {
        bits = s.bitLength();
      } else if (s.bitLength() != bits) {
        throw new LinkageException(LinkageError.MATCH_DATASETS, "dataset " + i + " has CLKs of " + s.bitLength()
            + " bits where an earlier dataset has " + bits);
      }
    }
  }

  private List<CandidateBuffer> scanPair(ClkSet x, ClkSet y, int dsX, int dsY, int[] minC, AtomicLong total) {
    int chunks = (x.size() + CHUNK_ROWS - 1) / CHUNK_ROWS;
    CandidateBuffer[] results = new CandidateBuffer[chunks];
    if (chunks == 0 || y.size() == 0) {
      return List.of();
    }
    AtomicInteger next = new AtomicInteger();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Runnable worker = () -> {
      int chunk;
      while (failure.get() == null && (chunk = next.getAndIncrement()) < chunks) {
        CandidateBuffer buffer = new CandidateBuffer();
        int from = chunk * CHUNK_ROWS;
        DiceKernel.scan(x, y, from, Math.min(x.size(), from + CHUNK_ROWS), threshold, minC, dsX, dsY, buffer);
        results[chunk] = buffer;
        if (total.addAndGet(buffer.size) > maxCandidates) {
          failure.compareAndSet(null, new LinkageException(LinkageError.MATCH_TOO_MANY_CANDIDATES,
              "more than " + maxCandidates + " candidate pairs at threshold " + threshold));
        }
      }
    };
    int n = Math.min(threads, chunks);
    if (n == 1) {
      worker.run();
    } else {
      List<Thread> pool = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        Thread thread = new Thread(worker, "barrier-dice-" + t);
        thread.setDaemon(true);
        pool.add(thread);
        thread.start();
      }
      for (Thread thread : pool) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while matching", e);
        }
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return List.of(results);
  }

  /** Concatenates the parts (already in dataset pair, row order) and sorts stably by Dice, descending. */
  private static Candidates merge(List<CandidateBuffer> parts) {
    int n = 0;
    long comparisons = 0;
    for (CandidateBuffer p : parts) {
      n += p.size;
      comparisons += p.comparisons;
    }
    double[] dice = new double[n];
    int[] datasetA = new int[n];
    int[] a = new int[n];
    int[] datasetB = new int[n];
    int[] b = new int[n];
    int at = 0;
    for (CandidateBuffer p : parts) {
      System.arraycopy(p.dice, 0, dice, at, p.size);
      System.arraycopy(p.datasetA, 0, datasetA, at, p.size);
      System.arraycopy(p.a, 0, a, at, p.size);
      System.arraycopy(p.datasetB, 0, datasetB, at, p.size);
      System.arraycopy(p.b, 0, b, at, p.size);
      at += p.size;
    }
    int[] order = StableOrder.byDescending(dice);
    return new Candidates(permute(dice, order), permute(datasetA, order), permute(a, order),
        permute(datasetB, order), permute(b, order), comparisons);
  }

  private static double[] permute(double[] v, int[] order) {
    double[] out = new double[v.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = v[order[i]];
    }
    return out;
  }

  private static int[] permute(int[] v, int[] order) {
    int[] out = new int[v.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = v[order[i]];
    }
    return out;
  }

  @Override
  public String toString() {
    return "CandidateSearch[threshold " + threshold + ", " + threads + " threads]";
  }
}
