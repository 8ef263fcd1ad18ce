package eu.barrier.registers.kbo;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.registers.RegisterProblem;
import eu.barrier.registers.RegistersError;
import eu.barrier.registers.internal.CsvRows;
import eu.barrier.registers.internal.KboDates;
import eu.barrier.registers.internal.KboNumbers;
import eu.barrier.registers.internal.KeyBits;
import eu.barrier.registers.internal.LongIntMap;
import eu.barrier.registers.sector.SectorMapping;
import eu.barrier.registers.sector.SectorMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The read: an index pass (which numbers exist, which units are in the area, which enterprises they
 * refer to), then one or more partition passes, each keeping the rows of a range of enterprise
 * numbers, assembling them and handing them to the sink.
 */
final class Engine {

  private static final int NOT_FOUND = -1;
  private static final String[] ADDRESS_TYPES = {"REGO", "BAET", "ABBR", "OBAD"};

  private final Source source;
  private final KboArea area;
  private final SectorMapping mapping;
  private final KboProgress progress;
  private final long budget;
  private final int forcedPasses;
  private final KboReport report;
  private final Interner interner = new Interner();
  private KboCodes codes = KboCodes.EMPTY;

  // index
  private final LongIntMap enterprises = new LongIntMap(1 << 16);
  private final LongIntMap units = new LongIntMap(1 << 16);
  private long[] unitEnterprise = new long[1 << 16];
  private final LongIntMap branches = new LongIntMap(1 << 10);
  private long[] branchEnterprise = new long[1 << 10];
  private final BitSet unitInArea = new BitSet();
  private final LongIntMap referred = new LongIntMap(1 << 12);
  private long[] bounds = new long[0];
  private int passes;
  private int pass;

  Engine(Source source, KboArea area, SectorMapping mapping, KboProgress progress, long budget, int forcedPasses) {
    this(source, area, mapping, progress, budget, forcedPasses, new KboReport());
  }

  Engine(Source source, KboArea area, SectorMapping mapping, KboProgress progress, long budget, int forcedPasses,
      KboReport report) {
    this.report = report;
    this.source = source;
    this.area = area;
    this.mapping = mapping;
    this.progress = progress;
    this.budget = budget;
    this.forcedPasses = forcedPasses;
  }

  KboReport run(KboSink sink) {
    report.meta(source.meta());
    codes = source.codes(report);
    report.codes(codes);
    if (!area.isAll() && (forcedPasses == 0 || forcedPasses == 1)) {
      passes = 1;
      singlePass(sink);
      report.passes(1);
      return report;
    }
    index();
    for (pass = 0; pass < passes; pass++) {
      partition(pass, sink);
    }
    report.passes(passes);
    return report;
  }

  // ---------------------------------------------------------------- one pass, for an area

  private boolean duplicateRow;

  /**
   * An area keeps few rows, so one pass suffices; rows of other entities are rejected from their
   * first field before parsing. Order: the units' own addresses in the area (address.csv, raw
   * scan), units (establishment.csv), their enterprises, branches, then names, addresses and
   * activities.
   */
  private KeyBits existing;

  private void singlePass(KboSink sink) {
    existing = new KeyBits();
    LongIntMap areaUnits = new LongIntMap(1 << 12);
    started(Table.ADDRESS);
    source.scan(Table.ADDRESS, report, (r, file, count) -> {}, false, (chars, start, end, line) -> {
      long type = eu.barrier.registers.internal.CsvRows.fieldRange(chars, start, end, 1);
      long zip = eu.barrier.registers.internal.CsvRows.fieldRange(chars, start, end, 4);
      if (type >= 0 && zip >= 0 && (int) zip == 4 && (int) type == 4) {
        int t = (int) (type >>> 32);
        int z = (int) (zip >>> 32);
        if (chars[t] == 'B' && chars[t + 1] == 'A' && chars[t + 2] == 'E' && chars[t + 3] == 'T'
            && area.contains(new String(chars, z, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
          long key = KboNumbers.firstKey(chars, start, end);
          if (key != KboNumbers.MALFORMED) {
            areaUnits.put(key, 1);
          }
        }
      }
      return false;
    });
    Holders h = new Holders();
    started(Table.ESTABLISHMENT);
    source.scan(Table.ESTABLISHMENT, report, (r, file, count) -> {
      count.addRead();
      boolean duplicate = duplicateRow;
      long key = checkedUnitRow(r, file, count);
      if (key == NOT_FOUND) {
        return;
      }
      if (duplicate) {
        duplicate(count, file, r.line(), "EstablishmentNumber");
      }
      if (areaUnits.containsKey(key)) {
        h.units.put(key, unitRows(r, file, count, enterpriseKey(r, 2)));
      }
    }, true, (chars, start, end, line) -> {
      long key = KboNumbers.firstKey(chars, start, end);
      if (key == KboNumbers.MALFORMED || KboNumbers.isEnterprise(key) || !KboNumbers.checkDigitsMatch(key)) {
        duplicateRow = false;
        return true;
      }
      duplicateRow = existing.add(key);
      return duplicateRow || areaUnits.containsKey(key);
    });
    h.units.values().forEach(u -> referred.put(u.owner, 1));
    LongIntMap held = new LongIntMap(1 << 12);
    h.units.keySet().forEach(k -> held.put(k, 1));
    started(Table.ENTERPRISE);
    source.scan(Table.ENTERPRISE, report, (r, file, count) -> {
      count.addRead();
      boolean duplicate = duplicateRow;
      long key = checkedEnterpriseRow(r, file, count);
      if (key == NOT_FOUND) {
        return;
      }
      if (duplicate) {
        duplicate(count, file, r.line(), "EnterpriseNumber");
      }
      if (referred(key)) {
        h.enterprises.put(key, enterpriseRows(r, count));
        held.put(key, 1);
      }
    }, true, (chars, start, end, line) -> {
      long key = KboNumbers.firstKey(chars, start, end);
      if (key == KboNumbers.MALFORMED || !KboNumbers.isEnterprise(key) || !KboNumbers.checkDigitsMatch(key)) {
        duplicateRow = false;
        return true;
      }
      duplicateRow = existing.add(key);
      return duplicateRow || referred(key);
    });
    started(Table.BRANCH);
    source.scan(Table.BRANCH, report, (r, file, count) -> {
      int before = branches.size();
      indexBranch(r, file, count);
      long key = r.fieldCount() == 3 ? KboNumbers.key(r.chars(), r.start(0), r.length(0)) : KboNumbers.MALFORMED;
      long enterprise = r.fieldCount() == 3 ? enterpriseKey(r, 2) : NOT_FOUND;
      if (branches.size() > before && referred(enterprise) && date(r, 1) != null) {
        Rows rows = new Rows();
        rows.start = date(r, 1);
        rows.owner = enterprise;
        rows.count = count;
        h.branches.put(key, rows);
        held.put(key, 1);
      }
    }, true);
    CsvRowsFilter children = (chars, start, end, line) -> {
      long key = KboNumbers.firstKey(chars, start, end);
      if (key == KboNumbers.MALFORMED || held.containsKey(key)) {
        return true;
      }
      boolean known = key < 9_000_000_000L ? existing.contains(key) && KboNumbers.checkDigitsMatch(key)
          : branches.containsKey(key);
      return !known;
    };
    started(Table.DENOMINATION);
    source.scan(Table.DENOMINATION, report, (r, file, count) -> child(Table.DENOMINATION, r, file, count, h, 4), true,
        children::keep, true);
    started(Table.ADDRESS);
    source.scan(Table.ADDRESS, report, (r, file, count) -> child(Table.ADDRESS, r, file, count, h, 13), true,
        children::keep, true);
    started(Table.ACTIVITY);
    source.scan(Table.ACTIVITY, report, (r, file, count) -> child(Table.ACTIVITY, r, file, count, h, 5), true,
        children::keep, true);
    started(Table.CONTACT);
    source.scan(Table.CONTACT, report, (r, file, count) -> {
      count.addRead();
      childOwner(r, file, count, 4);
    }, true, (chars, start, end, line) -> {
      long key = KboNumbers.firstKey(chars, start, end);
      return key == KboNumbers.MALFORMED || !(key < 9_000_000_000L
          ? existing.contains(key) && KboNumbers.checkDigitsMatch(key) : branches.containsKey(key));
    }, true);
    emit(h, sink);
  }

  private void started(Table t) {
    progress.rows(1, 1, t.file(), 0);
  }

  /** A row filter on raw characters. */
  @FunctionalInterface
  private interface CsvRowsFilter {
    boolean keep(byte[] chars, int start, int end, long line);
  }

  // ---------------------------------------------------------------- index pass

  private void index() {
    source.scan(Table.ENTERPRISE, report, this::indexEnterprise, true);
    source.scan(Table.ESTABLISHMENT, report, this::indexUnit, true);
    source.scan(Table.BRANCH, report, this::indexBranch, true);
    if (!area.isAll()) {
      source.scan(Table.ADDRESS, report, this::indexArea, false);
    }
    // the enterprises referred to by kept units, sorted: the partitions are ranges of them
    for (long u : units.sortedKeys()) {
      int j = units.get(u, NOT_FOUND);
      if (kept(j)) {
        referred.put(unitEnterprise[j], 1);
      }
    }
    long[] keys = referred.sortedKeys();
    passes = forcedPasses > 0 ? forcedPasses : estimatePasses(keys.length);
    passes = Math.max(1, Math.min(passes, Math.max(1, keys.length)));
    bounds = new long[passes];
    for (int p = 0; p < passes; p++) {
      bounds[p] = keys.length == 0 ? 0 : keys[(int) ((long) p * keys.length / passes)];
    }
    if (passes > 0) {
      bounds[0] = 0;
    }
  }

  private int estimatePasses(int enterprisesKept) {
    if (!area.isAll()) {
      return 1;
    }
    // bytes the kept rows take in memory, per byte of CSV (measured: see benchmarks/README.md)
    double estimate = source.size(Table.ACTIVITY) * 1.6 + source.size(Table.DENOMINATION) * 3.0
        + source.size(Table.ADDRESS) * 2.5 + (source.size(Table.ENTERPRISE) + source.size(Table.ESTABLISHMENT)) * 3.0;
    return (int) Math.max(1, Math.ceil(estimate / Math.max(1, budget)));
  }

  private int partitionOf(long enterpriseKey) {
    int i = Arrays.binarySearch(bounds, enterpriseKey);
    return i >= 0 ? i : -i - 2;
  }

  /** Checks an enterprise.csv row; returns its key, or NOT_FOUND after reporting it malformed. */
  private long checkedEnterpriseRow(CsvRows r, String file, KboReport.FileCount count) {
    if (r.fieldCount() != 7) {
      malformed(count, file, r.line(), "expected 7 fields");
      return NOT_FOUND;
    }
    long key = enterpriseKey(r, 0);
    if (key == NOT_FOUND) {
      malformed(count, file, r.line(), "EnterpriseNumber must be an enterprise number with valid check digits");
      return NOT_FOUND;
    }
    if (r.isEmpty(1) || r.isEmpty(2) || r.isEmpty(3) || date(r, 6) == null) {
      malformed(count, file, r.line(),
          "Status, JuridicalSituation, TypeOfEnterprise and StartDate dd-mm-yyyy are required");
      return NOT_FOUND;
    }
    return key;
  }

  /** Checks an establishment.csv row; returns its key, or NOT_FOUND after reporting it malformed. */
  private long checkedUnitRow(CsvRows r, String file, KboReport.FileCount count) {
    if (r.fieldCount() != 3) {
      malformed(count, file, r.line(), "expected 3 fields");
      return NOT_FOUND;
    }
    long key = unitKey(r, 0);
    if (key == NOT_FOUND || enterpriseKey(r, 2) == NOT_FOUND || date(r, 1) == null) {
      malformed(count, file, r.line(),
          "EstablishmentNumber, EnterpriseNumber (valid check digits) and StartDate dd-mm-yyyy are required");
      return NOT_FOUND;
    }
    return key;
  }

  private Rows enterpriseRows(CsvRows r, KboReport.FileCount count) {
    Rows rows = new Rows();
    rows.fields = new String[] {interner.intern(r, 1), interner.intern(r, 2), interner.intern(r, 3),
        interner.internOrNull(r, 4), interner.internOrNull(r, 5)};
    rows.start = date(r, 6);
    rows.count = count;
    return rows;
  }

  private Rows unitRows(CsvRows r, String file, KboReport.FileCount count, long enterprise) {
    Rows rows = new Rows();
    rows.start = date(r, 1);
    rows.owner = enterprise;
    rows.count = count;
    rows.file = file;
    rows.line = r.line();
    return rows;
  }

  private void indexEnterprise(CsvRows r, String file, KboReport.FileCount count) {
    count.addRead();
    tick(file, count.read());
    long key = checkedEnterpriseRow(r, file, count);
    if (key != NOT_FOUND && enterprises.put(key, enterprises.size()) != Integer.MIN_VALUE) {
      duplicate(count, file, r.line(), "EnterpriseNumber");
    }
  }

  private void indexUnit(CsvRows r, String file, KboReport.FileCount count) {
    count.addRead();
    tick(file, count.read());
    long key = checkedUnitRow(r, file, count);
    if (key == NOT_FOUND) {
      return;
    }
    int j = units.get(key, NOT_FOUND);
    if (j != NOT_FOUND) {
      duplicate(count, file, r.line(), "EstablishmentNumber");
    } else {
      j = units.size();
      units.put(key, j);
      if (j == unitEnterprise.length) {
        unitEnterprise = Arrays.copyOf(unitEnterprise, j * 2);
      }
    }
    unitEnterprise[j] = enterpriseKey(r, 2);
  }

  private void indexBranch(CsvRows r, String file, KboReport.FileCount count) {
    count.addRead();
    if (r.fieldCount() != 3) {
      malformed(count, file, r.line(), "expected 3 fields");
      return;
    }
    long key = KboNumbers.key(r.chars(), r.start(0), r.length(0));
    long enterprise = enterpriseKey(r, 2);
    if (key == KboNumbers.MALFORMED || enterprise == NOT_FOUND || date(r, 1) == null) {
      malformed(count, file, r.line(), "Id (10 digits), EnterpriseNumber (valid check digits) and StartDate are required");
      return;
    }
    int k = branches.get(key, NOT_FOUND);
    if (k != NOT_FOUND) {
      duplicate(count, file, r.line(), "Id");
    } else {
      k = branches.size();
      branches.put(key, k);
      if (k == branchEnterprise.length) {
        branchEnterprise = Arrays.copyOf(branchEnterprise, k * 2);
      }
    }
    branchEnterprise[k] = enterprise;
  }

  private void indexArea(CsvRows r, String file, KboReport.FileCount count) {
    if (r.fieldCount() != 13 || !r.fieldEquals(1, KboAddress.ESTABLISHMENT)) {
      return;
    }
    long key = KboNumbers.key(r.chars(), r.start(0), r.length(0));
    int j = key == KboNumbers.MALFORMED ? NOT_FOUND : units.get(key, NOT_FOUND);
    if (j != NOT_FOUND && r.length(4) == 4 && area.contains(r.field(4))) {
      unitInArea.set(j);
    }
  }

  // ---------------------------------------------------------------- partition pass

  private final class Holders {
    final Map<Long, Rows> enterprises = new HashMap<>();
    final Map<Long, Rows> units = new HashMap<>();
    final Map<Long, Rows> branches = new HashMap<>();
  }

  /** The rows of one entity. */
  static final class Rows {
    String[] fields;
    LocalDate start;
    long owner;
    KboReport.FileCount count;
    String file;
    long line;
    List<KboDenomination> denominations;
    List<KboAddress> addresses;
    List<KboActivity> activities;
  }

  private void partition(int p, KboSink sink) {
    Holders h = new Holders();
    source.scan(Table.ENTERPRISE, report, (r, file, count) -> {
      long key = r.fieldCount() == 7 ? enterpriseKey(r, 0) : NOT_FOUND;
      if (key == NOT_FOUND || partitionOf(key) != p || !referred(key) || date(r, 6) == null) {
        return;
      }
      h.enterprises.put(key, enterpriseRows(r, count));
    }, true, (b, start, end, line) -> {
      long key = KboNumbers.firstKey(b, start, end);
      return key != KboNumbers.MALFORMED && KboNumbers.isEnterprise(key) && partitionOf(key) == p && referred(key);
    });
    source.scan(Table.ESTABLISHMENT, report, (r, file, count) -> {
      long key = r.fieldCount() == 3 ? unitKey(r, 0) : NOT_FOUND;
      if (key == NOT_FOUND) {
        return;
      }
      int j = units.get(key, NOT_FOUND);
      long enterprise = enterpriseKey(r, 2);
      if (j == NOT_FOUND || enterprise != unitEnterprise[j] || !kept(j) || partitionOf(enterprise) != p
          || date(r, 1) == null) {
        return;
      }
      h.units.put(key, unitRows(r, file, count, enterprise));
    }, true, (b, start, end, line) -> {
      long key = KboNumbers.firstKey(b, start, end);
      int j = key == KboNumbers.MALFORMED ? NOT_FOUND : units.get(key, NOT_FOUND);
      return j != NOT_FOUND && kept(j) && partitionOf(unitEnterprise[j]) == p;
    });
    source.scan(Table.BRANCH, report, (r, file, count) -> {
      long key = r.fieldCount() == 3 ? KboNumbers.key(r.chars(), r.start(0), r.length(0)) : KboNumbers.MALFORMED;
      int k = key == KboNumbers.MALFORMED ? NOT_FOUND : branches.get(key, NOT_FOUND);
      long enterprise = r.fieldCount() == 3 ? enterpriseKey(r, 2) : NOT_FOUND;
      if (k == NOT_FOUND || enterprise != branchEnterprise[k] || partitionOf(enterprise) != p || !referred(enterprise)
          || date(r, 1) == null) {
        return;
      }
      Rows rows = new Rows();
      rows.start = date(r, 1);
      rows.owner = enterprise;
      rows.count = count;
      h.branches.put(key, rows);
    }, true);
    eu.barrier.registers.internal.CsvRows.RowFilter mine = (b, start, end, line) -> {
      long key = KboNumbers.firstKey(b, start, end);
      if (key == KboNumbers.MALFORMED) {
        return true;
      }
      if (KboNumbers.isEnterprise(key)) {
        return enterprises.get(key, NOT_FOUND) == NOT_FOUND || (partitionOf(key) == p && referred(key));
      }
      int j = units.get(key, NOT_FOUND);
      if (j != NOT_FOUND) {
        return kept(j) && partitionOf(unitEnterprise[j]) == p;
      }
      int k = branches.get(key, NOT_FOUND);
      return k == NOT_FOUND || partitionOf(branchEnterprise[k]) == p;
    };
    source.scan(Table.DENOMINATION, report, (r, file, count) -> child(Table.DENOMINATION, r, file, count, h, 4), true,
        mine, true);
    source.scan(Table.ADDRESS, report, (r, file, count) -> child(Table.ADDRESS, r, file, count, h, 13), true,
        mine, true);
    source.scan(Table.ACTIVITY, report, (r, file, count) -> child(Table.ACTIVITY, r, file, count, h, 5), true,
        mine, true);
    if (p == 0) {
      source.scan(Table.CONTACT, report, (r, file, count) -> {
        count.addRead();
        childOwner(r, file, count, 4);
      }, true, (b, start, end, line) -> {
        long key = KboNumbers.firstKey(b, start, end);
        if (key == KboNumbers.MALFORMED) {
          return true;
        }
        boolean known = KboNumbers.isEnterprise(key) ? enterprises.get(key, NOT_FOUND) != NOT_FOUND
            : units.get(key, NOT_FOUND) != NOT_FOUND || branches.get(key, NOT_FOUND) != NOT_FOUND;
        return !known;
      }, true);
    }
    emit(h, sink);
  }

  private boolean kept(int unitIndex) {
    return area.isAll() || unitInArea.get(unitIndex);
  }

  private boolean referred(long enterpriseKey) {
    return referred.containsKey(enterpriseKey);
  }

  /**
   * Finds the owner enterprise of a child row; counts read, malformed and absent rows on the first
   * pass. Returns the owner's holder kind: 0 enterprise, 1 unit, 2 branch, or -1.
   */
  private int childOwner(CsvRows r, String file, KboReport.FileCount count, int fields) {
    boolean first = !count.counted();
    if (r.fieldCount() != fields) {
      if (first) {
        malformed(count, file, r.line(), "expected " + fields + " fields");
      }
      return -1;
    }
    long key = KboNumbers.key(r.chars(), r.start(0), r.length(0));
    if (key == KboNumbers.MALFORMED) {
      if (first) {
        malformed(count, file, r.line(), "EntityNumber must be a number of 10 digits");
      }
      return -1;
    }
    if (existing != null) {
      if (key < 9_000_000_000L && existing.contains(key) && KboNumbers.checkDigitsMatch(key)) {
        return KboNumbers.isEnterprise(key) ? 0 : 1;
      }
    } else {
      if (KboNumbers.isEnterprise(key) && enterprises.get(key, NOT_FOUND) != NOT_FOUND) {
        return 0;
      }
      if (units.get(key, NOT_FOUND) != NOT_FOUND) {
        return 1;
      }
    }
    if (branches.get(key, NOT_FOUND) != NOT_FOUND) {
      return 2;
    }
    if (!first) {
      return -1;
    }
    if (source.isUpdate() && (KboNumbers.isEnterprise(key) || !area.isAll())) {
      // not in the base nor in the update: an enterprise without kept units, or a unit outside the
      // base's area, unless a unit's own address in the area says it has just entered it
      if (fields == 13 && r.fieldEquals(1, KboAddress.ESTABLISHMENT) && !KboNumbers.isEnterprise(key)
          && r.length(4) == 4 && area.contains(r.field(4))) {
        count.skip(RegistersError.KBO_ENTERED_AREA);
        report.problem(RegisterProblem.at(file, r.line(), RegistersError.KBO_ENTERED_AREA,
            "the unit's address is now in the area but the unit is not in the base: read a full extract"));
      }
      return -1;
    }
    String digits = KboNumbers.digits(key);
    if (KboNumbers.isEnterprise(key) ? !BeEnterpriseNumber.isValid(digits)
        : key < 9_000_000_000L && !BeEstablishmentUnitNumber.isValid(digits)) {
      malformed(count, file, r.line(), "EntityNumber has check digits that do not match");
      return -1;
    }
    count.skip(RegistersError.KBO_ENTITY_ABSENT);
    report.problem(RegisterProblem.at(file, r.line(), RegistersError.KBO_ENTITY_ABSENT,
        "EntityNumber is not in enterprise.csv, establishment.csv or branch.csv"));
    return -1;
  }

  private void child(Table t, CsvRows r, String file, KboReport.FileCount count, Holders h, int fields) {
    if (!count.counted()) {
      count.addRead();
      tick(file, count.read());
    }
    int kind = childOwner(r, file, count, fields);
    if (kind < 0) {
      return;
    }
    long key = KboNumbers.key(r.chars(), r.start(0), r.length(0));
    Rows rows = switch (kind) {
      case 0 -> h.enterprises.get(key);
      case 1 -> h.units.get(key);
      default -> h.branches.get(key);
    };
    if (rows == null) {
      return;
    }
    switch (t) {
      case DENOMINATION -> denomination(r, file, count, rows);
      case ADDRESS -> address(r, file, count, rows);
      case ACTIVITY -> activity(r, file, count, rows);
      default -> throw new IllegalStateException();
    }
  }

  private void denomination(CsvRows r, String file, KboReport.FileCount count, Rows rows) {
    if (r.isEmpty(1) || r.length(2) != 3 || r.isEmpty(3) || r.length(3) > 320) {
      malformed(count, file, r.line(), "Language, TypeOfDenomination (3 characters) and Denomination (1 to 320) are required");
      return;
    }
    KboDenomination d = new KboDenomination(interner.intern(r, 1), interner.intern(r, 2), r.field(3));
    if (rows.denominations == null) {
      rows.denominations = new ArrayList<>(2);
    }
    if (rows.denominations.contains(d)) {
      duplicate(count, file, r.line(), "row");
      return;
    }
    check(count, file, r.line(), "Language", d.language());
    check(count, file, r.line(), "TypeOfDenomination", d.type());
    rows.denominations.add(d);
    count.addKept();
  }

  private void address(CsvRows r, String file, KboReport.FileCount count, Rows rows) {
    String type = null;
    for (String t : ADDRESS_TYPES) {
      if (r.fieldEquals(1, t)) {
        type = t;
      }
    }
    LocalDate struck = r.isEmpty(12) ? null : KboDates.parse(r.chars(), r.start(12), r.length(12));
    if (type == null || (!r.isEmpty(12) && struck == null) || r.length(4) > 20) {
      malformed(count, file, r.line(), "TypeOfAddress must be REGO, BAET, ABBR or OBAD; Zipcode at most 20 characters;"
          + " DateStrikingOff dd-mm-yyyy or empty");
      return;
    }
    KboAddress a = new KboAddress(type, interner.internOrNull(r, 2), interner.internOrNull(r, 3),
        interner.internOrNull(r, 4), interner.internOrNull(r, 5), interner.internOrNull(r, 6), r.fieldOrNull(7),
        r.fieldOrNull(8), r.fieldOrNull(9), r.fieldOrNull(10), r.fieldOrNull(11), struck);
    if (rows.addresses == null) {
      rows.addresses = new ArrayList<>(1);
    }
    for (int i = 0; i < rows.addresses.size(); i++) {
      if (rows.addresses.get(i).type().equals(type)) {
        duplicate(count, file, r.line(), "EntityNumber and TypeOfAddress");
        rows.addresses.set(i, a);
        return;
      }
    }
    rows.addresses.add(a);
    count.addKept();
  }

  private void activity(CsvRows r, String file, KboReport.FileCount count, Rows rows) {
    NaceVersion version = r.fieldEquals(2, "2025") ? NaceVersion.NACE_2025
        : r.fieldEquals(2, "2008") ? NaceVersion.NACE_2008 : r.fieldEquals(2, "2003") ? NaceVersion.NACE_2003 : null;
    KboClassification classification = r.fieldEquals(4, "MAIN") ? KboClassification.MAIN
        : r.fieldEquals(4, "SECO") ? KboClassification.SECO : r.fieldEquals(4, "ANCI") ? KboClassification.ANCI : null;
    int codeLength = r.length(3);
    if (version == null || classification == null || r.length(1) != 3 || !(codeLength == 5 || codeLength == 7)
        || !digits(r, 3)) {
      malformed(count, file, r.line(), "ActivityGroup (3 digits), NaceVersion (2003, 2008 or 2025),"
          + " NaceCode (5 or 7 digits) and Classification (MAIN, SECO or ANCI) are required");
      return;
    }
    KboActivity a = new KboActivity(interner.intern(r, 1), version, interner.intern(r, 3), classification);
    if (rows.activities == null) {
      rows.activities = new ArrayList<>(4);
    }
    if (rows.activities.contains(a)) {
      duplicate(count, file, r.line(), "row");
      return;
    }
    check(count, file, r.line(), version.codeTable(), a.naceCode());
    rows.activities.add(a);
    count.addKept();
  }

  private void check(KboReport.FileCount count, String file, long line, String category, String code) {
    if (codes.categories() > 0 && !codes.contains(category, code)) {
      count.warn();
      report.problem(RegisterProblem.at(file, line, RegistersError.KBO_UNKNOWN_CODE,
          "the " + category + " code is not in code.csv; the row is kept"));
    }
  }

  // ---------------------------------------------------------------- assembly

  private void emit(Holders h, KboSink sink) {
    long[] enterpriseKeys = h.enterprises.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    Map<Long, List<KboBranch>> branchesByOwner = new HashMap<>();
    h.branches.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      Rows b = e.getValue();
      branchesByOwner.computeIfAbsent(b.owner, k -> new ArrayList<>()).add(new KboBranch(KboNumbers.digits(e.getKey()),
          b.start, sorted(b.denominations, KboDenomination.ORDER), addresses(b.addresses)));
      b.count.addKept();
    });
    Map<Long, KboEnterprise> built = new HashMap<>();
    for (long key : enterpriseKeys) {
      Rows e = h.enterprises.get(key);
      KboEnterprise enterprise = new KboEnterprise(BeEnterpriseNumber.parse(KboNumbers.digits(key)), e.fields[0],
          e.fields[1], e.fields[2], e.fields[3], e.fields[4], e.start, sorted(e.denominations, KboDenomination.ORDER),
          addresses(e.addresses), sorted(e.activities, KboActivity.ORDER),
          branchesByOwner.getOrDefault(key, List.of()));
      e.count.addKept();
      built.put(key, enterprise);
      report.emitted(true);
      sink.enterprise(enterprise);
    }
    long[][] unitOrder = h.units.entrySet().stream()
        .map(e -> new long[] {e.getValue().owner, e.getKey()})
        .sorted((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]))
        .toArray(long[][]::new);
    for (long[] ou : unitOrder) {
      Rows u = h.units.get(ou[1]);
      KboEnterprise enterprise = built.get(ou[0]);
      List<KboActivity> activities = sorted(u.activities, KboActivity.ORDER);
      KboEstablishmentUnit unit = new KboEstablishmentUnit(BeEstablishmentUnitNumber.parse(KboNumbers.digits(ou[1])),
          u.start, BeEnterpriseNumber.parse(KboNumbers.digits(ou[0])), enterprise,
          sorted(u.denominations, KboDenomination.ORDER), addresses(u.addresses), activities,
          sector(activities, enterprise, mapping));
      u.count.addKept();
      if (enterprise == null) {
        u.count.warn();
        report.problem(source.isUpdate()
            ? RegisterProblem.at(u.file, u.line, RegistersError.KBO_ENTERED_AREA,
                "the unit's enterprise is not in the base nor in the update; the unit is kept without it")
            : RegisterProblem.at(u.file, u.line, RegistersError.KBO_ENTITY_ABSENT,
                "EnterpriseNumber is not in enterprise.csv; the unit is kept without its enterprise"));
      }
      report.emitted(false);
      sink.unit(unit);
    }
  }

  static KboSector sector(List<KboActivity> own, KboEnterprise enterprise, SectorMapping mapping) {
    return KboSector.derive(own, enterprise == null ? List.of() : enterprise.activities(), mapping);
  }

  private static <T> List<T> sorted(List<T> list, java.util.Comparator<T> order) {
    if (list == null) {
      return List.of();
    }
    list.sort(order);
    return list;
  }

  private static List<KboAddress> addresses(List<KboAddress> list) {
    return sorted(list, java.util.Comparator.comparing(KboAddress::type));
  }

  // ---------------------------------------------------------------- helpers

  private long enterpriseKey(CsvRows r, int i) {
    long key = KboNumbers.key(r.chars(), r.start(i), r.length(i));
    if (key == KboNumbers.MALFORMED || !KboNumbers.isEnterprise(key)) {
      return NOT_FOUND;
    }
    if (enterprises.get(key, NOT_FOUND) != NOT_FOUND) {
      return key;
    }
    return BeEnterpriseNumber.isValid(KboNumbers.digits(key)) ? key : NOT_FOUND;
  }

  private long unitKey(CsvRows r, int i) {
    long key = KboNumbers.key(r.chars(), r.start(i), r.length(i));
    if (key == KboNumbers.MALFORMED) {
      return NOT_FOUND;
    }
    if (units.get(key, NOT_FOUND) != NOT_FOUND) {
      return key;
    }
    return BeEstablishmentUnitNumber.isValid(KboNumbers.digits(key)) ? key : NOT_FOUND;
  }

  private static LocalDate date(CsvRows r, int i) {
    return KboDates.parse(r.chars(), r.start(i), r.length(i));
  }

  private static boolean digits(CsvRows r, int i) {
    char[] c = r.chars();
    for (int k = r.start(i), end = k + r.length(i); k < end; k++) {
      if (c[k] < '0' || c[k] > '9') {
        return false;
      }
    }
    return true;
  }

  private void malformed(KboReport.FileCount count, String file, long line, String detail) {
    count.skip(RegistersError.KBO_ROW_MALFORMED);
    report.problem(RegisterProblem.at(file, line, RegistersError.KBO_ROW_MALFORMED, detail));
  }

  private void duplicate(KboReport.FileCount count, String file, long line, String key) {
    count.skip(RegistersError.KBO_DUPLICATE);
    report.problem(RegisterProblem.at(file, line, RegistersError.KBO_DUPLICATE,
        "repeats the " + key + " of an earlier row; the last one wins"));
  }

  private void tick(String file, long rows) {
    if (rows < 0 || rows % 1_000_000 == 0) {
      progress.rows(pass + 1, passes + 1, file, Math.max(0, rows));
    }
  }

  /** Shares the strings of repeated codes (NACE codes, activity groups, postcodes). */
  static final class Interner {
    private String[] table = new String[1 << 14];
    private int size;

    String intern(CsvRows r, int i) {
      char[] c = r.chars();
      int start = r.start(i);
      int len = r.length(i);
      if (len > 40) {
        return r.field(i);
      }
      int h = 0;
      for (int k = start; k < start + len; k++) {
        h = 31 * h + c[k];
      }
      int mask = table.length - 1;
      int slot = (h ^ (h >>> 16)) & mask;
      while (true) {
        String s = table[slot];
        if (s == null) {
          String v = new String(c, start, len);
          table[slot] = v;
          if (++size * 2 > table.length) {
            grow();
          }
          return v;
        }
        if (s.length() == len && r.fieldEquals(i, s)) {
          return s;
        }
        slot = (slot + 1) & mask;
      }
    }

    String internOrNull(CsvRows r, int i) {
      return r.isEmpty(i) ? null : intern(r, i);
    }

    private void grow() {
      String[] old = table;
      table = new String[old.length * 2];
      int mask = table.length - 1;
      for (String s : old) {
        if (s != null) {
          int slot = (s.hashCode() ^ (s.hashCode() >>> 16)) & mask;
          while (table[slot] != null) {
            slot = (slot + 1) & mask;
          }
          table[slot] = s;
        }
      }
    }
  }
}
