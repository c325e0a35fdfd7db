package io.portex.report;

import java.util.Objects;

/** The version of portex, from the jar's manifest; classes outside a jar (tests) say so. */
public final class PortexVersion {

  private static final String VERSION =
      Objects.requireNonNullElse(
          PortexVersion.class.getPackage().getImplementationVersion(), "development build");

  private PortexVersion() {}

  public static String get() {
    return VERSION;
  }
}
