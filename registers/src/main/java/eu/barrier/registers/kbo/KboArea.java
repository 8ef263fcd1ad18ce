package eu.barrier.registers.kbo;

import eu.barrier.registers.RegisterFormatException;
import eu.barrier.registers.RegisterProblem;
import eu.barrier.registers.RegistersError;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The area whose establishment units a read keeps: the whole extract, a set of Belgian postcodes,
 * or a municipality given by its NIS code. A unit is in the area when the postcode of its own
 * address ({@code BAET}) is one of the area's postcodes. Immutable.
 *
 * <p>A NIS code is turned into postcodes by a table: the bundled one ({@link #BUNDLED_NIS}, which is
 * deliberately small: only municipalities whose codes were checked) or one the caller gives. KBO
 * addresses carry postcodes and names, not NIS codes, and a postcode can span two municipalities,
 * so a NIS filter is as exact as its table.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KboArea {

  private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}");
  private static final Pattern NIS = Pattern.compile("[1-9][0-9]{4}");

  /**
   * The bundled NIS table: NIS code to postcodes. Genk is {@code 71016} (Statistics Belgium REFNIS,
   * as listed in a public 2018 INS table); its postcode {@code 3600} is from recollection, not
   * checked against bpost's list.
   */
  public static final Map<String, Set<String>> BUNDLED_NIS = Map.of("71016", Set.of("3600"));

  private static final KboArea ALL = new KboArea(null, Set.of());

  private final String nis;
  private final Set<String> postcodes;
  private final BitSet bits = new BitSet(10_000);

  private KboArea(String nis, Set<String> postcodes) {
    this.nis = nis;
    this.postcodes = postcodes;
    postcodes.forEach(p -> bits.set(Integer.parseInt(p)));
  }

  /**
   * Returns the whole extract.
   *
   * @return the area without filter
   */
  public static KboArea all() {
    return ALL;
  }

  /**
   * Returns the area of some postcodes.
   *
   * @param postcodes Belgian postcodes, 4 digits from 1000
   * @return the area
   * @throws RegisterFormatException with code {@code BARRIER-REG-0010} if a postcode is not 4
   *     digits or none is given
   */
  public static KboArea postcodes(Collection<String> postcodes) {
    Objects.requireNonNull(postcodes, "postcodes");
    Set<String> set = new TreeSet<>();
    for (String p : postcodes) {
      String s = p == null ? "" : p.strip();
      if (!POSTCODE.matcher(s).matches()) {
        throw invalid("a postcode must be 4 digits from 1000 to 9999");
      }
      set.add(s);
    }
    if (set.isEmpty()) {
      throw invalid("give at least one postcode");
    }
    return new KboArea(null, Set.copyOf(set));
  }

  /**
   * Returns the municipality with a NIS code, from the bundled table.
   *
   * @param nis the NIS code, 5 digits
   * @return the area
   * @throws RegisterFormatException with code {@code BARRIER-REG-0010} if the code is not in the
   *     bundled table
   */
  public static KboArea nis(String nis) {
    return nis(nis, BUNDLED_NIS);
  }

  /**
   * Returns the municipality with a NIS code, from a table.
   *
   * @param nis the NIS code, 5 digits
   * @param table NIS code to postcodes
   * @return the area
   * @throws RegisterFormatException with code {@code BARRIER-REG-0010} if the code is malformed or
   *     not in the table
   */
  public static KboArea nis(String nis, Map<String, Set<String>> table) {
    Objects.requireNonNull(nis, "nis");
    if (!NIS.matcher(nis).matches()) {
      throw invalid("a NIS code is 5 digits from 10000 to 99999");
    }
    Set<String> postcodes = table.get(nis);
    if (postcodes == null) {
      throw invalid("the NIS code is not in the municipality table; give the municipality's postcodes instead");
    }
    return new KboArea(nis, postcodes(postcodes).postcodes);
  }

  /**
   * Tells whether this area is the whole extract.
   *
   * @return {@code true} without filter
   */
  public boolean isAll() {
    return postcodes.isEmpty();
  }

  /**
   * Returns the postcodes, sorted.
   *
   * @return the postcodes; empty for the whole extract
   */
  public Set<String> postcodes() {
    return new TreeSet<>(postcodes);
  }

  /**
   * Returns the NIS code the area was given by.
   *
   * @return the NIS code, or empty
   */
  public Optional<String> nis() {
    return Optional.ofNullable(nis);
  }

  /**
   * Tells whether a postcode is in the area.
   *
   * @param postcode the postcode, may be {@code null}
   * @return {@code true} if in the area (always for the whole extract)
   */
  public boolean contains(String postcode) {
    if (isAll()) {
      return true;
    }
    return postcode != null && POSTCODE.matcher(postcode).matches() && bits.get(Integer.parseInt(postcode));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KboArea a && Objects.equals(nis, a.nis) && postcodes.equals(a.postcodes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nis, postcodes);
  }

  /**
   * Returns the area, for example {@code postcodes 3600, 3620}; postcodes are not personal data.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return isAll() ? "all of Belgium" : (nis != null ? "NIS " + nis + ", " : "") + "postcodes " + String.join(", ", postcodes());
  }

  private static RegisterFormatException invalid(String detail) {
    return new RegisterFormatException(List.of(new RegisterProblem("area", 0, "", RegistersError.KBO_AREA, detail)), null);
  }
}
