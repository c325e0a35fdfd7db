package io.portex.core.bundle;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names inputs are shown under, relative to the ticket roots the user gave, so that a report
 * never carries the folders of the engineer's machine. One folder given: names are relative to it
 * ({@code netstat.txt}, {@code WEB01/netstat.txt}); anything else (a file, a zip, several roots):
 * names start at each root's own name ({@code ticket.zip!/netstat.txt}, {@code WEB01/netstat.txt}).
 * Entries of an archive keep their name inside it after {@code !/}. Immutable.
 */
public final class InputNames {

  private final List<Path> roots;
  private final boolean oneFolder;

  private InputNames(List<Path> roots, boolean oneFolder) {
    this.roots = roots;
    this.oneFolder = oneFolder;
  }

  /** The names of inputs found under {@code roots}, the paths a user gave. */
  public static InputNames of(List<Path> roots) {
    List<Path> normal = roots.stream().map(Path::normalize).toList();
    return new InputNames(normal, normal.size() == 1 && Files.isDirectory(normal.get(0)));
  }

  /** The shown name of {@code file}, which lies under one of the roots (or is one). */
  public String name(Path file) {
    Path normal = file.normalize();
    for (Path root : roots) {
      if (under(root, normal)) {
        return shown(root, normal);
      }
    }
    return file.toString();
  }

  /**
   * The shown name of a name made from a path under a root (a path, possibly followed by {@code
   * !/entry}), or {@code name} itself when it lies under none.
   */
  public String name(String name) {
    int bang = name.indexOf("!/");
    String file = bang < 0 ? name : name.substring(0, bang);
    String rest = bang < 0 ? "" : name.substring(bang);
    try {
      Path path = Path.of(file).normalize();
      for (Path root : roots) {
        if (under(root, path)) {
          return shown(root, path) + rest;
        }
      }
    } catch (InvalidPathException e) {
      return name;
    }
    return name;
  }

  /**
   * {@code text} (a message, such as an I/O error's) with every root written out in it, as given,
   * absolute or real, replaced by its shown name: so that no message names the folders of the
   * machine portex ran on.
   */
  public String inText(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    String separator = File.separator;
    for (Path root : roots) {
      boolean folder = Files.isDirectory(root);
      String shownRoot = shown(root, root);
      String prefix = folder ? (oneFolder ? "" : shownRoot + separator) : shownRoot;
      for (String form : forms(root)) {
        out = out.replace(folder ? form + separator : form, prefix);
      }
    }
    return out;
  }

  /** A root as given, absolute and real, longest first, the empty form left out. */
  private static List<String> forms(Path root) {
    Set<String> forms =
        new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    forms.add(root.toString());
    forms.add(root.toAbsolutePath().normalize().toString());
    try {
      forms.add(root.toRealPath().toString());
    } catch (IOException | SecurityException e) {
      // a root that is gone is named as given
    }
    forms.remove("");
    return List.copyOf(forms);
  }

  /**
   * Whether {@code file} lies under {@code root}; "." (normalized: empty) holds every relative
   * path.
   */
  private static boolean under(Path root, Path file) {
    return root.toString().isEmpty() ? !file.isAbsolute() : file.startsWith(root);
  }

  private String shown(Path root, Path file) {
    if (oneFolder && !file.equals(root)) {
      return root.relativize(file).toString();
    }
    Path own = root.getFileName();
    Path parent = root.getParent();
    if (own == null || own.toString().isEmpty()) {
      // "." or "/": the name below it is the best there is
      return file.equals(root) ? "." : root.relativize(file).toString();
    }
    return parent == null ? file.toString() : parent.relativize(file).toString();
  }
}
