package eu.barrier.core.internal.json;

import tools.jackson.databind.module.SimpleModule;

/** Writes identifiers as their canonical string and reads them through their {@code parse}. */
final class IdentifierModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  IdentifierModule() {
    super("barrier-identifiers");
  }
}
