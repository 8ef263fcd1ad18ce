package eu.barrier.privacy.key;

import org.apiguardian.api.API;

/**
 * The life-cycle status of a key in a {@link KeySet}.
 *
 * <p>Exactly one key is {@link #PRIMARY}. Life cycle: a new key starts {@link #ACTIVE} (or primary
 * through {@link KeySet#rotate}); an active key can be promoted to primary, the old primary then
 * becomes active; an active key can be disabled and enabled again; any key but the primary can be
 * destroyed, which drops its material for good.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum KeyStatus {
  /** Writes new pseudonyms; also used for lookups. */
  PRIMARY,
  /** Used for lookups only, for example during rotation. */
  ACTIVE,
  /** Kept but not used; can be enabled again. */
  DISABLED,
  /** Material dropped; only the id remains, so the id is never reused. */
  DESTROYED;

  /**
   * Tells whether keys with this status take part in lookups.
   *
   * @return {@code true} for {@link #PRIMARY} and {@link #ACTIVE}
   */
  public boolean isUsable() {
    return this == PRIMARY || this == ACTIVE;
  }
}
