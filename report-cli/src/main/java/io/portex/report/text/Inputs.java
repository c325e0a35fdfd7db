package io.portex.report.text;

import io.portex.core.InputReport;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** Input paths as a person reads them in a ticket: relative to the folder all inputs share. */
final class Inputs {

  private Inputs() {}

  /** The deepest folder every input lies in, or null when they share none. */
  static Path commonFolder(List<InputReport> inputs) {
    Path common = null;
    for (InputReport input : inputs) {
      Path parent = path(input.path()).toAbsolutePath().normalize().getParent();
      if (parent == null) {
        return null;
      }
      if (common == null) {
        common = parent;
      }
      while (common != null && !parent.startsWith(common)) {
        common = common.getParent();
      }
      if (common == null) {
        return null;
      }
    }
    return common;
  }

  /**
   * {@code where} (a path, or a path with {@code :line} or {@code !entry} after it) relative to
   * {@code base}, or as it is when it does not lie under it.
   */
  static String relative(Path base, String where) {
    if (base == null) {
      return where;
    }
    String absolute = base.toString();
    String prefix =
        absolute.endsWith(java.io.File.separator) ? absolute : absolute + java.io.File.separator;
    if (where.startsWith(prefix)) {
      return where.substring(prefix.length());
    }
    Path p = path(where);
    Path full = p.toAbsolutePath().normalize();
    if (!where.isEmpty() && full.startsWith(base)) {
      return base.relativize(full).toString();
    }
    return where;
  }

  /** {@code text} with every input's path in it made relative to the folder they share. */
  static String shorten(List<InputReport> inputs, String text) {
    Path base = commonFolder(inputs);
    if (base == null) {
      return text;
    }
    String out = text;
    for (String path :
        inputs.stream()
            .map(InputReport::path)
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .toList()) {
      if (!path.isEmpty() && out.contains(path)) {
        out = out.replace(path, relative(base, path));
      }
    }
    return out;
  }

  private static Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      return Path.of(".");
    }
  }
}
