package io.portex.report;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Objects;

/** The version of portex, from the jar's manifest; classes outside a jar (tests) say so. */
public final class PortexVersion {

  private static final String VERSION =
      Objects.requireNonNullElse(
          PortexVersion.class.getPackage().getImplementationVersion(), "development build");

  private static final String BUILD = VERSION + jar();

  private PortexVersion() {}

  /** The version, e.g. {@code 0.1.0}. */
  public static String get() {
    return VERSION;
  }

  /**
   * The version and, run from a jar, that jar's size and time, so that two builds of one version
   * (snapshots) tell apart.
   */
  public static String build() {
    return BUILD;
  }

  private static String jar() {
    CodeSource source = PortexVersion.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "";
    }
    try {
      Path jar = Path.of(source.getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        return "";
      }
      return " (jar of " + Files.size(jar) + " bytes, " + Files.getLastModifiedTime(jar) + ")";
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      return ""; // not a file that can be looked at: the version alone says it
    }
  }
}
