package eu.barrier.core.person;

import com.fasterxml.jackson.annotation.JsonIgnore;
import eu.barrier.core.id.BeNationalNumber;
import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.NlBsn;
import eu.barrier.core.internal.Shapes;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A natural person, minimal by design.
 *
 * <p><strong>Deliberately absent:</strong> nationality, ethnicity, religion, language, country of
 * birth and gender. Barrier's safeguards forbid these as inputs to any automated score, so the
 * model has no field for them; do not add one. Proxies are another matter: the name held here is
 * one, and a Belgian national number encodes the birth date and sex. The risk models never read a
 * person; they score observations of indicators, and the catalogue lint rejects the obvious proxies
 * on its word lists, not every proxy. Keep the birth date only where strictly needed; exchanges
 * should coarsen it to a year or age band.
 *
 * <p>The personal identifier is held in the specific type of its country ({@link
 * BeNationalNumber} or {@link NlBsn}), at most one of them, rather than as an {@link Identifier}:
 * a BSN and an RSIN are both nine digits, so only the field's type tells a JSON reader which
 * identifier it holds. {@link #identifier()} returns whichever is set.
 *
 * <p>The canonical constructor accepts anything; a Jakarta validator reports the component rules
 * and the cross-field rule {@code singleIdentifier}. Everything here is personal data, so {@link
 * #toString()} shows nothing but the type.
 *
 * @param key the host's opaque local key for this person; required, 1 to 128 characters of {@code
 *     [A-Za-z0-9._:-]}
 * @param beNationalNumber the Belgian national (or bis) number, or {@code null}
 * @param nlBsn the Dutch citizen service number, or {@code null}
 * @param name the name as one line of text, or {@code null}; at most 200 characters
 * @param birthDate the date of birth, or {@code null}; in the past
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Person(
    @NotNull @Size(min = 1, max = 128) @Pattern(regexp = KEY_SHAPE) String key,
    BeNationalNumber beNationalNumber,
    NlBsn nlBsn,
    @Size(max = 200) @Pattern(regexp = SINGLE_LINE_SHAPE) String name,
    @Past LocalDate birthDate) {
  // a local alias: javac warns when an exported annotation names an internal class
  private static final String KEY_SHAPE = Shapes.KEY;

  // a local alias: javac warns when an exported annotation names an internal class
  private static final String SINGLE_LINE_SHAPE = Shapes.SINGLE_LINE;


  /**
   * Creates a person without checking the data (see the class comment).
   *
   * @param key the local key
   * @param beNationalNumber the Belgian national number, or {@code null}
   * @param nlBsn the Dutch BSN, or {@code null}
   * @param name the name, or {@code null}
   * @param birthDate the date of birth, or {@code null}
   */
  public Person {}

  /**
   * Returns the personal identifier, whichever country's is set.
   *
   * @return the national number or BSN; empty if neither is set
   */
  public Optional<Identifier> identifier() {
    return Optional.ofNullable(beNationalNumber != null ? beNationalNumber : nlBsn);
  }

  /**
   * Cross-field rule (property {@code singleIdentifier}): at most one of {@code
   * beNationalNumber} and {@code nlBsn} is set.
   *
   * @return {@code true} if at most one identifier is set
   */
  @JsonIgnore
  @AssertTrue
  public boolean isSingleIdentifier() {
    return beNationalNumber == null || nlBsn == null;
  }

  /**
   * Returns the type name only; every component is personal data.
   *
   * @return {@code Person[redacted]}
   */
  @Override
  public String toString() {
    return "Person[redacted]";
  }
}
