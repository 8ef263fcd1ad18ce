package eu.barrier.core.establishment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import eu.barrier.core.address.Address;
import eu.barrier.core.address.Country;
import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.NlEstablishmentNumber;
import eu.barrier.core.id.NlKvkNumber;
import eu.barrier.core.internal.Shapes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A place of business: a Belgian establishment unit (vestigingseenheid, unité d'établissement)
 * or a Dutch vestiging.
 *
 * <p>Identifiers are held in their specific types, one field per country, for the reason given
 * in {@link Organisation}: the unit is {@code beEstablishmentUnitNumber} or {@code
 * nlEstablishmentNumber}, the organisation it belongs to {@code beEnterpriseNumber} or {@code
 * nlKvkNumber}. All four are optional (a business found on the street may not be registered yet),
 * but they must all belong to one country, and so must the address: cross-field rule {@code
 * singleCountry}. The host's {@code key} is required.
 *
 * <p>{@code sector} is the sector as recorded by the host. It may differ from what the activity
 * codes suggest (registered codes are often wrong or stale, and some sectors, such as carwashes,
 * have no sourced code mapping); {@link #effectiveSector()} falls back to the codes when it is
 * not set.
 *
 * <p>The canonical constructor never throws for missing or invalid data: it copies the activity
 * list (a {@code null} list becomes empty, {@code null} elements are kept for the validator to
 * report). A Jakarta validator reports every rule at once, including the nested address and
 * codes and the cross-field rules {@code singleCountry} and {@code activityCodesDistinct}.
 *
 * <p>The numbers of a sole trader's establishment and its address identify a person, so {@link
 * #toString()} shows only the sector and the activity codes.
 *
 * @param key the host's opaque local key; required, 1 to 128 characters of {@code
 *     [A-Za-z0-9._:-]}
 * @param beEstablishmentUnitNumber the Belgian establishment unit number, or {@code null}
 * @param nlEstablishmentNumber the Dutch establishment number, or {@code null}
 * @param beEnterpriseNumber the Belgian enterprise number of the organisation, or {@code null}
 * @param nlKvkNumber the Dutch KvK number of the organisation, or {@code null}
 * @param address the address, or {@code null}
 * @param activityCodes the activity codes, in either generation; never {@code null}, at most 32,
 *     no {@code null} elements, no duplicates
 * @param sector the risk sector as recorded, or {@code null}
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Establishment(
    @NotNull @Size(min = 1, max = 128) @Pattern(regexp = KEY_SHAPE) String key,
    BeEstablishmentUnitNumber beEstablishmentUnitNumber,
    NlEstablishmentNumber nlEstablishmentNumber,
    BeEnterpriseNumber beEnterpriseNumber,
    NlKvkNumber nlKvkNumber,
    @Valid Address address,
    @NotNull @Size(max = 32) List<@NotNull @Valid ActivityCode> activityCodes,
    Sector sector) {
  // a local alias: javac warns when an exported annotation names an internal class
  private static final String KEY_SHAPE = Shapes.KEY;


  /**
   * Creates an establishment; copies the activity list and validates nothing (see the class
   * comment).
   *
   * @param key the local key
   * @param beEstablishmentUnitNumber the Belgian establishment unit number, or {@code null}
   * @param nlEstablishmentNumber the Dutch establishment number, or {@code null}
   * @param beEnterpriseNumber the Belgian enterprise number, or {@code null}
   * @param nlKvkNumber the Dutch KvK number, or {@code null}
   * @param address the address, or {@code null}
   * @param activityCodes the activity codes; {@code null} means none
   * @param sector the recorded sector, or {@code null}
   */
  public Establishment {
    activityCodes =
        activityCodes == null
            ? List.of()
            : Collections.unmodifiableList(new ArrayList<>(activityCodes));
  }

  /**
   * Returns the identifier of the unit, whichever country's is set.
   *
   * @return the establishment unit number or establishment number; empty if neither is set
   */
  public Optional<Identifier> unitNumber() {
    return Optional.ofNullable(
        beEstablishmentUnitNumber != null ? beEstablishmentUnitNumber : nlEstablishmentNumber);
  }

  /**
   * Returns the identifier of the organisation, whichever country's is set.
   *
   * @return the enterprise number or KvK number; empty if neither is set
   */
  public Optional<Identifier> organisationNumber() {
    return Optional.ofNullable(beEnterpriseNumber != null ? beEnterpriseNumber : nlKvkNumber);
  }

  /**
   * Returns the recorded sector, or else the sector of the first activity code that has a
   * sourced mapping.
   *
   * @return the sector; empty if none is recorded and no code maps
   */
  public Optional<Sector> effectiveSector() {
    if (sector != null) {
      return Optional.of(sector);
    }
    return activityCodes.stream()
        .filter(code -> code != null)
        .map(Sector::of)
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * Cross-field rule (property {@code singleCountry}): the identifiers and the address belong to
   * one country.
   *
   * @return {@code true} if no Belgian and Dutch data are mixed
   */
  @JsonIgnore
  @AssertTrue
  public boolean isSingleCountry() {
    boolean belgian = beEstablishmentUnitNumber != null || beEnterpriseNumber != null
        || (address != null && address.country() == Country.BE);
    boolean dutch = nlEstablishmentNumber != null || nlKvkNumber != null
        || (address != null && address.country() == Country.NL);
    return !(belgian && dutch);
  }

  /**
   * Cross-field rule (property {@code activityCodesDistinct}): no activity code is listed twice.
   *
   * @return {@code true} if the codes are distinct
   */
  @JsonIgnore
  @AssertTrue
  public boolean isActivityCodesDistinct() {
    return new HashSet<>(activityCodes).size() == activityCodes.size();
  }

  /**
   * Returns the sector and activity codes only; numbers and address may identify a sole trader.
   *
   * @return {@code Establishment[sector=…, activityCodes=[…], redacted]}
   */
  @Override
  public String toString() {
    return "Establishment[sector=" + sector + ", activityCodes=" + activityCodes + ", redacted]";
  }
}
