package eu.barrier.architecture.logging;

import java.util.logging.Logger;

/** A planted class that logs through java.util.logging: the logging rule must report it. */
public final class JulUser {
  private static final Logger LOG = Logger.getLogger(JulUser.class.getName());

  private JulUser() {}

  /** Logs. */
  public static void log() {
    LOG.info("planted");
  }
}
