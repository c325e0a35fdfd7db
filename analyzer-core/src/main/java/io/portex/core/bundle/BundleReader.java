package io.portex.core.bundle;

import io.portex.core.diag.Severity;
import io.portex.core.source.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the paths a user gave into the inputs of one ticket: loose files as they are, folders
 * walked recursively without leaving them ({@link FolderWalk}), {@code .zip} archives read in
 * place, nested ones too, under {@link BundleLimits}; special files are never opened. Nothing is
 * extracted to disk; entry names are labels only. Inputs are named relative to the paths given
 * ({@link InputNames}). Thread-safe; the {@link InputFile}s it returns each open their content
 * anew.
 */
public final class BundleReader {

  private final BundleLimits limits;

  public BundleReader(BundleLimits limits) {
    this.limits = limits;
  }

  public Bundle read(List<Path> paths) {
    List<InputFile> files = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<AutoCloseable> resources = new ArrayList<>();
    ArchiveBudget budget = new ArchiveBudget(limits);
    InputNames names = InputNames.of(paths);
    for (Path path : paths) {
      List<InputFile> found = new ArrayList<>();
      Expansion expansion = new Expansion(found, skipped, budget, resources, names);
      if (Files.isDirectory(path)) {
        walk(path, expansion);
      } else if (FolderWalk.isSpecial(path)) {
        skipped.add(FolderWalk.special(names.name(path)));
      } else {
        add(path, expansion);
      }
      found.sort(Comparator.comparing(InputFile::name));
      files.addAll(found);
    }
    List<Skipped> shown = new ArrayList<>();
    for (Skipped item : skipped) {
      shown.add(
          new Skipped(item.name(), item.severity(), item.code(), names.inText(item.message())));
    }
    return new Bundle(files, shown, resources);
  }

  /**
   * The inputs of one ticket given as streams (from object storage, say): each is kept as it is,
   * except a zip archive, which is read as {@link #read} reads one on disk. A zip needs random
   * access, so its bytes are first copied to a temporary file of at most {@link
   * BundleLimits#maxTotalBytes()} bytes, removed when the bundle is closed. The inputs found are
   * sorted by name, as a folder's are.
   */
  public Bundle readInputs(List<InputFile> inputs) {
    List<InputFile> found = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<AutoCloseable> resources = new ArrayList<>();
    ArchiveBudget budget = new ArchiveBudget(limits);
    for (InputFile input : inputs) {
      try {
        if (Archives.isZip(input)) {
          new SpilledArchive(budget, limits, resources).expand(input, found, skipped);
        } else {
          found.add(input);
        }
      } catch (IOException e) {
        skipped.add(new Skipped(input.name(), Severity.ERROR, "bundle.unreadable", describe(e)));
      }
    }
    found.sort(Comparator.comparing(InputFile::name));
    return new Bundle(found, skipped, resources);
  }

  /** Where one path's inputs go. */
  private record Expansion(
      List<InputFile> found,
      List<Skipped> skipped,
      ArchiveBudget budget,
      List<AutoCloseable> resources,
      InputNames names) {}

  private void walk(Path root, Expansion expansion) {
    FolderWalk walk = FolderWalk.of(root);
    for (Skipped skipped : walk.skipped()) {
      expansion
          .skipped()
          .add(
              new Skipped(
                  expansion.names().name(skipped.name()),
                  skipped.severity(),
                  skipped.code(),
                  skipped.message()));
    }
    for (Path file : walk.files()) {
      add(file, expansion);
    }
  }

  private void add(Path file, Expansion expansion) {
    String name = expansion.names().name(file);
    try {
      InputFile input = InputFile.of(name, file);
      if (Archives.isZip(input)) {
        new ZipArchive(expansion.budget(), limits, expansion.resources())
            .expand(file, name, expansion.found(), expansion.skipped());
      } else {
        expansion.found().add(input);
      }
    } catch (IOException e) {
      expansion.skipped().add(new Skipped(name, Severity.ERROR, "bundle.unreadable", describe(e)));
    }
  }

  static String describe(IOException e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return "cannot be read: "
        + (e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")");
  }

  /** True when an input starts like a zip archive (local file header). */
  static boolean startsLikeZip(InputStream in) throws IOException {
    byte[] magic = in.readNBytes(4);
    return magic.length == 4
        && magic[0] == 'P'
        && magic[1] == 'K'
        && magic[2] == 3
        && magic[3] == 4;
  }
}
