package eu.barrier.privacy.internal;

import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonLimits;

/**
 * The privacy module's instances of core's strict {@link BarrierJson} codec: one with tight limits
 * for key files and audit lines, one with the default limits for exchange messages. Both read
 * through the same strict configuration (duplicate names, trailing content, comments, leading
 * zeros, non-finite numbers and over-long input are rejected); {@code JsonFormatException}
 * messages never quote input.
 */
public final class PrivacyJson {

  /** For key set files, party key files and audit lines: 4 MiB, depth 16, strings up to 64 KiB. */
  public static final BarrierJson KEYS =
      BarrierJson.create(
          JsonLimits.defaults()
              .withMaxDocumentBytes(4L * 1024 * 1024)
              .withMaxNestingDepth(16)
              .withMaxStringLength(64 * 1024)
              .withMaxNumberLength(32));

  /** For exchange messages: core's default limits (16 MiB, depth 64). */
  public static final BarrierJson MESSAGES = BarrierJson.create();

  private PrivacyJson() {}
}
