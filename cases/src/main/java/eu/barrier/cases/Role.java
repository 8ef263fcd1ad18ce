package eu.barrier.cases;

import eu.barrier.core.json.BarrierJson;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The columns of the need-to-know matrix (research note §3.4): who acts on or reads a case. Roles
 * outside the municipality receive a case only as a disclosure with a legal basis.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Role {
  /** The permit desk. */
  PERMIT_DESK(true),
  /** The integrity officer (Bibob coordinator). */
  INTEGRITY_OFFICER(true),
  /** The decision maker: mayor, college, or a mandated official. */
  DECISION_MAKER(true),
  /** The municipality's legal adviser. */
  LEGAL_ADVISER(true),
  /** The data protection officer. */
  DPO(true),
  /** The advisory body: LBB (NL) or DIOB (BE). */
  ADVISORY_BODY(false),
  /** The RIEC (NL) or ARIEC (BE). */
  RIEC(false),
  /** The police liaison, or the tripartite consultation (NL). */
  POLICE_LIAISON(false),
  /** The applicant or operator: the person concerned. */
  APPLICANT(false),
  /** A third party named in the reasons. */
  THIRD_PARTY(false),
  /** The objection body or the court. */
  APPEAL_BODY(false);

  private final boolean inside;

  Role(boolean inside) {
    this.inside = inside;
  }

  /**
   * Tells whether the role is part of the municipality that owns the case.
   *
   * @return {@code false} for a role a read discloses to
   */
  public boolean insideMunicipality() {
    return inside;
  }

  /**
   * Returns the kebab-case id.
   *
   * @return for example {@code integrity-officer}
   */
  public String id() {
    return BarrierJson.enumId(this);
  }

  /**
   * Returns the role with an id.
   *
   * @param id the kebab-case id
   * @return the role, or empty
   */
  public static Optional<Role> fromId(String id) {
    return BarrierJson.enumFromId(Role.class, id);
  }
}
