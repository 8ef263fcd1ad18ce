package eu.barrier.spark.linkage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import eu.barrier.linkage.block.HammingLshBlocking;
import eu.barrier.linkage.clk.Clk;
import eu.barrier.linkage.match.CandidatePair;
import eu.barrier.linkage.match.CandidateSearch;
import eu.barrier.linkage.match.Candidates;
import eu.barrier.linkage.match.ClkSet;
import eu.barrier.linkage.match.GreedySolver;
import eu.barrier.spark.SparkError;
import eu.barrier.spark.SparkJobException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Matches two or more CLK tables on Spark and gives the candidate pairs and greedy matches the
 * library gives on one machine: with a Hamming-LSH blocking, those of {@link
 * HammingLshBlocking#search}; without, those of {@link CandidateSearch#search(List)} (anonlink's
 * {@code find_candidate_pairs}), with the same Dice coefficients; and the matches of {@link
 * GreedySolver#matchedPairs}.
 *
 * <p>Each table has an integer column {@value #ID}, the record's index (from 0, distinct; the
 * index into the CLK file for data read from one), and a binary column {@value #CLK}, the CLK's
 * bytes (a multiple of 64 bits). Dataset indexes are the tables' positions in the list.
 *
 * <p>How: every record is put in groups. With blocking, a group is one band key: {@link
 * HammingLshBlocking#bandKeys} gives each CLK its key in every band, the records are grouped by
 * {@code (band, key)}, and two records are compared exactly when they share a group, as the
 * blocking compares them. Without blocking, a group is a chunk of one table with the whole of
 * another. In each group the library's {@link CandidateSearch} finds the pairs at or above the
 * threshold; pairs found in several groups are kept once. The pairs come back in the library's
 * order ({@link #ordered}: a distributed sort on the same keys, which a test checks against {@link
 * Candidates#of}), and greedy solving runs on the driver over all candidates, since it is
 * sequential by nature.
 */
public final class SparkMatching {

  /** The id column of a CLK table. */
  public static final String ID = "id";

  /** The CLK column of a CLK table. */
  public static final String CLK = "clk";

  /** The schema of candidate pairs. */
  public static final StructType PAIRS = new StructType()
      .add("dataset_a", DataTypes.IntegerType, false)
      .add("a", DataTypes.IntegerType, false)
      .add("dataset_b", DataTypes.IntegerType, false)
      .add("b", DataTypes.IntegerType, false)
      .add("dice", DataTypes.DoubleType, false);

  private static final StructType MEMBERS = new StructType()
      .add("band", DataTypes.IntegerType, false)
      .add("key", DataTypes.LongType, false)
      .add("dataset", DataTypes.IntegerType, false)
      .add("id", DataTypes.IntegerType, false)
      .add("clk", DataTypes.BinaryType, false);

  private SparkMatching() {}

  /**
   * Finds the candidate pairs between every two tables.
   *
   * @param tables two or more CLK tables
   * @param threshold the least Dice coefficient, in {@code (0, 1]}
   * @param blocking the Hamming-LSH blocking, or {@code null} to compare every pair
   * @param chunks without blocking, the number of chunks each table is cut into (the parallelism
   *     of the comparison); at least 1
   * @return the candidate pairs ({@link #PAIRS}), unordered; lazy
   * @throws SparkJobException ({@link SparkError#INPUT_COLUMNS}) if a table lacks its columns
   */
  public static Dataset<Row> candidates(List<Dataset<Row>> tables, double threshold, HammingLshBlocking blocking,
      int chunks) {
    Objects.requireNonNull(tables, "tables");
    if (tables.size() < 2) {
      throw new IllegalArgumentException("give at least two tables");
    }
    if (!(threshold > 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("the threshold must be in (0, 1]");
    }
    if (chunks < 1) {
      throw new IllegalArgumentException("chunks must be at least 1");
    }
    long[] shipped = blocking == null ? null : new long[] {blocking.bands(), blocking.bitsPerBand(), blocking.seed()};
    Dataset<Row> members = null;
    for (int d = 0; d < tables.size(); d++) {
      Dataset<Row> t = checked(tables.get(d)).select(col(ID).cast(DataTypes.IntegerType), col(CLK));
      Dataset<Row> m = t.mapPartitions(new Members(d, tables.size(), shipped, chunks), Encoders.row(MEMBERS));
      members = members == null ? m : members.union(m);
    }
    Column member = struct(col("dataset"), col("id"), col("clk"));
    return members.groupBy(col("band"), col("key")).agg(collect_list(member).as("members"))
        .flatMap(new CompareGroup(threshold), Encoders.row(PAIRS))
        .dropDuplicates(new String[] {"dataset_a", "a", "dataset_b", "b"});
  }

  /**
   * Orders candidate pairs as the library does (Dice descending, then first dataset, second
   * dataset, first record, second record), with a distributed sort.
   *
   * @param pairs candidate pairs ({@link #PAIRS})
   * @return the same pairs, ordered
   */
  public static Dataset<Row> ordered(Dataset<Row> pairs) {
    return pairs.orderBy(col("dice").desc(), col("dataset_a").asc(), col("dataset_b").asc(), col("a").asc(),
        col("b").asc());
  }

  /**
   * Brings candidate pairs to the driver in the library's order.
   *
   * @param pairs candidate pairs ({@link #PAIRS})
   * @return the candidates
   */
  public static Candidates collect(Dataset<Row> pairs) {
    List<CandidatePair> list = new ArrayList<>();
    for (Row r : pairs.collectAsList()) {
      list.add(new CandidatePair(r.getInt(0), r.getInt(1), r.getInt(2), r.getInt(3), r.getDouble(4)));
    }
    return Candidates.of(list, 0);
  }

  /**
   * Solves on the driver with the library's greedy solver.
   *
   * @param pairs candidate pairs ({@link #PAIRS})
   * @return every pair within each group of the solution, in the library's order
   */
  public static List<CandidatePair> matches(Dataset<Row> pairs) {
    return GreedySolver.matchedPairs(collect(pairs));
  }

  private static Dataset<Row> checked(Dataset<Row> t) {
    List<String> names = Arrays.asList(t.columns());
    if (!names.contains(ID) || !names.contains(CLK)) {
      throw new SparkJobException(SparkError.INPUT_COLUMNS, "a CLK table has the columns " + ID + " and " + CLK);
    }
    DataType id = t.schema().apply(ID).dataType();
    if (!(id.equals(DataTypes.IntegerType) || id.equals(DataTypes.LongType))
        || !t.schema().apply(CLK).dataType().equals(DataTypes.BinaryType)) {
      throw new SparkJobException(SparkError.INPUT_COLUMNS, "column " + ID + " is an integer and " + CLK
          + " binary");
    }
    return t;
  }

  /** Puts each record of one table in its groups. */
  static final class Members implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int dataset;
    private final int datasets;
    private final long[] blocking;
    private final int chunks;

    Members(int dataset, int datasets, long[] blocking, int chunks) {
      this.dataset = dataset;
      this.datasets = datasets;
      this.blocking = blocking == null ? null : blocking.clone();
      this.chunks = chunks;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      List<Integer> ids = new ArrayList<>();
      List<byte[]> clks = new ArrayList<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        if (r.isNullAt(0) || r.getInt(0) < 0 || r.getInt(0) == Integer.MAX_VALUE) {
          throw new SparkJobException(SparkError.RECORD_ID, "dataset " + dataset + " has an id outside 0 to 2^31 - 2");
        }
        ids.add(r.getInt(0));
        clks.add((byte[]) r.get(1));
      }
      List<Row> out = new ArrayList<>();
      if (blocking != null) {
        List<Clk> list = new ArrayList<>(clks.size());
        for (byte[] b : clks) {
          list.add(Clk.of(b, b.length * 8));
        }
        long[][] keys = HammingLshBlocking.of((int) blocking[0], (int) blocking[1], blocking[2])
            .bandKeys(ClkSet.of(list));
        for (int i = 0; i < ids.size(); i++) {
          for (int band = 0; band < keys[i].length; band++) {
            out.add(RowFactory.create(band, keys[i][band], dataset, ids.get(i), clks.get(i)));
          }
        }
        return out.iterator();
      }
      // without blocking: a group per (pair of tables, chunk of the first); the second table is in every chunk
      for (int i = 0; i < ids.size(); i++) {
        for (int other = 0; other < datasets; other++) {
          if (other == dataset) {
            continue;
          }
          int pair = -1 - (Math.min(dataset, other) * datasets + Math.max(dataset, other));
          if (dataset < other) {
            out.add(RowFactory.create(pair, (long) Math.floorMod(ids.get(i), chunks), dataset, ids.get(i), clks.get(i)));
          } else {
            for (int c = 0; c < chunks; c++) {
              out.add(RowFactory.create(pair, (long) c, dataset, ids.get(i), clks.get(i)));
            }
          }
        }
      }
      return out.iterator();
    }

    @Override
    public String toString() {
      return "Members[dataset " + dataset + (blocking == null ? ", " + chunks + " chunks" : ", Hamming LSH") + "]";
    }
  }

  /** Runs the library's candidate search over the records of one group. */
  static final class CompareGroup implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final double threshold;

    CompareGroup(double threshold) {
      this.threshold = threshold;
    }

    @Override
    public Iterator<Row> call(Row group) {
      List<Row> members = group.getList(2);
      TreeMap<Integer, List<Row>> byDataset = new TreeMap<>();
      for (Row m : members) {
        byDataset.computeIfAbsent(m.getInt(0), k -> new ArrayList<>()).add(m);
      }
      if (byDataset.size() < 2) {
        return List.<Row>of().iterator();
      }
      List<Integer> datasets = new ArrayList<>(byDataset.keySet());
      List<ClkSet> sets = new ArrayList<>();
      List<int[]> ids = new ArrayList<>();
      for (int d : datasets) {
        List<Row> rows = byDataset.get(d);
        rows.sort(Comparator.comparingInt(r -> r.getInt(1)));
        List<Clk> clks = new ArrayList<>(rows.size());
        int[] idOf = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
          byte[] b = (byte[]) rows.get(i).get(2);
          clks.add(Clk.of(b, b.length * 8));
          idOf[i] = rows.get(i).getInt(1);
        }
        sets.add(ClkSet.of(clks));
        ids.add(idOf);
      }
      Candidates found = CandidateSearch.withThreshold(threshold).threads(1)
          .maxCandidates(Integer.MAX_VALUE - 8).search(sets);
      List<Row> out = new ArrayList<>(found.size());
      for (CandidatePair p : found) {
        out.add(RowFactory.create(datasets.get(p.datasetA()), ids.get(p.datasetA())[p.a()],
            datasets.get(p.datasetB()), ids.get(p.datasetB())[p.b()], p.dice()));
      }
      return out.iterator();
    }

    @Override
    public String toString() {
      return "CompareGroup[threshold " + threshold + "]";
    }
  }
}
