package eu.barrier.privacy.exchange;

import org.apiguardian.api.API;

/** The kind of information a partner holds, never the information itself. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum InformationCategory {
  /** Permits, licences and their conditions; JSON {@code permit}. */
  PERMIT,
  /** Inspection or control findings; JSON {@code inspection}. */
  INSPECTION,
  /** Police information; JSON {@code police}. */
  POLICE,
  /** Tax information; JSON {@code tax}. */
  TAX,
  /** Social security and employment information; JSON {@code social-security}. */
  SOCIAL_SECURITY,
  /** Population register information; JSON {@code population-register}. */
  POPULATION_REGISTER,
  /** Company register information (KBO, KVK); JSON {@code company-register}. */
  COMPANY_REGISTER,
  /** Any other category; JSON {@code other}. */
  OTHER
}
