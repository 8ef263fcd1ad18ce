package eu.barrier.core.establishment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import eu.barrier.core.address.Country;
import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.NlKvkNumber;
import eu.barrier.core.id.NlRsin;
import eu.barrier.core.internal.Shapes;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An enterprise: a company, a partnership or a sole trader, registered in the Belgian KBO/BCE or
 * the Dutch Handelsregister (KvK).
 *
 * <p>Exactly one registration number is set: {@link BeEnterpriseNumber} for Belgium or {@link
 * NlKvkNumber} for the Netherlands; a Dutch legal entity or partnership may also carry its
 * {@link NlRsin}. The numbers are held in their specific types, one field each, rather than as
 * one {@link Identifier}: a JSON reader can then bind each from its canonical string without
 * guessing the type (an RSIN and a BSN are both nine digits). {@link #registrationNumber()}
 * returns whichever is set.
 *
 * <p>The canonical constructor accepts anything; a Jakarta validator reports the component rules
 * and the cross-field rules {@code singleRegistration} (exactly one of the two numbers) and
 * {@code rsinWithKvk} (an RSIN only next to a KvK number).
 *
 * <p>The legal name of a sole trader is a person's name, and a sole trader's enterprise number
 * identifies a person, so {@link #toString()} shows only the country.
 *
 * @param beEnterpriseNumber the Belgian enterprise number, or {@code null}
 * @param nlKvkNumber the Dutch KvK number, or {@code null}
 * @param nlRsin the Dutch RSIN, or {@code null}; only with a KvK number
 * @param legalName the registered name, or {@code null}; one line, at most 300 characters
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Organisation(
    BeEnterpriseNumber beEnterpriseNumber,
    NlKvkNumber nlKvkNumber,
    NlRsin nlRsin,
    @Size(max = 300) @Pattern(regexp = SINGLE_LINE_SHAPE) String legalName) {
  // a local alias: javac warns when an exported annotation names an internal class
  private static final String SINGLE_LINE_SHAPE = Shapes.SINGLE_LINE;


  /**
   * Creates an organisation without checking it (see the class comment).
   *
   * @param beEnterpriseNumber the Belgian enterprise number, or {@code null}
   * @param nlKvkNumber the Dutch KvK number, or {@code null}
   * @param nlRsin the Dutch RSIN, or {@code null}
   * @param legalName the registered name, or {@code null}
   */
  public Organisation {}

  /**
   * Returns a Belgian organisation.
   *
   * @param enterpriseNumber the enterprise number
   * @param legalName the registered name, or {@code null}
   * @return the organisation; validate it if the name comes from outside
   */
  public static Organisation belgian(BeEnterpriseNumber enterpriseNumber, String legalName) {
    java.util.Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    return new Organisation(enterpriseNumber, null, null, legalName);
  }

  /**
   * Returns a Dutch organisation.
   *
   * @param kvkNumber the KvK number
   * @param rsin the RSIN, or {@code null} (a sole trader has none)
   * @param legalName the registered name, or {@code null}
   * @return the organisation; validate it if the name comes from outside
   */
  public static Organisation dutch(NlKvkNumber kvkNumber, NlRsin rsin, String legalName) {
    java.util.Objects.requireNonNull(kvkNumber, "kvkNumber");
    return new Organisation(null, kvkNumber, rsin, legalName);
  }

  /**
   * Returns the registration number, whichever country's is set.
   *
   * @return the enterprise number or KvK number; empty if neither is set (an invalid
   *     organisation)
   */
  public Optional<Identifier> registrationNumber() {
    return Optional.ofNullable(beEnterpriseNumber != null ? beEnterpriseNumber : nlKvkNumber);
  }

  /**
   * Returns the country of registration.
   *
   * @return {@link Country#BE} or {@link Country#NL}; empty if not exactly one number is set
   */
  public Optional<Country> country() {
    if (!isSingleRegistration()) {
      return Optional.empty();
    }
    return Optional.of(beEnterpriseNumber != null ? Country.BE : Country.NL);
  }

  /**
   * Cross-field rule (property {@code singleRegistration}): exactly one of {@code
   * beEnterpriseNumber} and {@code nlKvkNumber} is set.
   *
   * @return {@code true} if exactly one is set
   */
  @JsonIgnore
  @AssertTrue
  public boolean isSingleRegistration() {
    return (beEnterpriseNumber == null) != (nlKvkNumber == null);
  }

  /**
   * Cross-field rule (property {@code rsinWithKvk}): an RSIN is only set next to a KvK number.
   *
   * @return {@code true} if there is no RSIN or there is a KvK number
   */
  @JsonIgnore
  @AssertTrue
  public boolean isRsinWithKvk() {
    return nlRsin == null || nlKvkNumber != null;
  }

  /**
   * Returns the country only; the name and numbers may identify a sole trader.
   *
   * @return {@code Organisation[country=…, redacted]}
   */
  @Override
  public String toString() {
    return "Organisation[country=" + country().map(Country::name).orElse("unknown") + ", redacted]";
  }
}
