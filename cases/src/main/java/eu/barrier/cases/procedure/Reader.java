package eu.barrier.cases.procedure;

import eu.barrier.cases.Role;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who reads a case, and in which role. Every read names a role, and gets only that role's cells of
 * the need-to-know matrix. A role outside the municipality reads only through a disclosure: a
 * person of the municipality discloses, under a legal basis of the profile that allows it for that
 * role, and the read writes a {@code disclosure-made} event. A reader inside the municipality who
 * names themselves and is shown the risk score writes a {@code score-viewed} event (research §3.5).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Reader {

  final Role role;
  final String actor;
  final Role actorRole;
  final String basis;

  private Reader(Role role, String actor, Role actorRole, String basis) {
    this.role = Objects.requireNonNull(role, "role");
    this.actor = actor;
    this.actorRole = actorRole;
    this.basis = basis;
  }

  /**
   * A reader inside the municipality who does not name themselves: nothing is recorded.
   *
   * @param role a role inside the municipality
   * @return the reader
   */
  public static Reader as(Role role) {
    return new Reader(role, null, null, null);
  }

  /**
   * A named reader inside the municipality: a view that shows the risk score records that they
   * viewed it.
   *
   * @param role a role inside the municipality
   * @param actor their staff id
   * @return the reader
   */
  public static Reader as(Role role, String actor) {
    return new Reader(role, Objects.requireNonNull(actor, "actor"), role, null);
  }

  /**
   * A disclosure to a role outside the municipality.
   *
   * @param recipient the role outside the municipality
   * @param discloser the staff id of who discloses
   * @param discloserRole their role, one that may record a disclosure under the profile
   * @param basis a legal basis id of the profile that allows a disclosure to the recipient
   * @return the reader
   */
  public static Reader disclosure(Role recipient, String discloser, Role discloserRole, String basis) {
    return new Reader(recipient, Objects.requireNonNull(discloser, "discloser"),
        Objects.requireNonNull(discloserRole, "discloserRole"), Objects.requireNonNull(basis, "basis"));
  }

  /**
   * Returns the reader's role.
   *
   * @return the role
   */
  public Role role() {
    return role;
  }

  /**
   * Returns the basis of a disclosure.
   *
   * @return the basis id, or empty for a reader inside the municipality
   */
  public Optional<String> basis() {
    return Optional.ofNullable(basis);
  }

  /**
   * Returns the role only.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Reader[" + role.id() + (basis == null ? "" : ", disclosure") + "]";
  }
}
