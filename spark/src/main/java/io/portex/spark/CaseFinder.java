package io.portex.spark;

import io.portex.report.batch.CaseResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Finds the cases on the driver: each folder or {@code .zip} a {@code --cases} pattern matches is
 * one case, as each entry of {@code portex batch}'s root is. Only the patterns are expanded here
 * (one listing per level of the glob); each case's own files are listed by its task.
 */
final class CaseFinder {

  /**
   * What the patterns matched.
   *
   * @param cases the cases, by name
   * @param clashes cases whose name another case already has: failed, since their outputs would
   *     overwrite the other's
   * @param ignored the matches that are no case, each with the reason
   */
  record Found(List<Path> cases, List<CaseResult> clashes, List<String> ignored) {}

  private CaseFinder() {}

  static Found find(List<String> patterns, Path out, Configuration conf) throws IOException {
    Path output = Locations.qualified(out, conf);
    Map<String, Path> byName = new LinkedHashMap<>();
    List<CaseResult> clashes = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    for (String pattern : patterns) {
      Path glob = new Path(pattern);
      FileSystem fs = Locations.fileSystem(glob, conf);
      FileStatus[] matches = fs.globStatus(glob);
      if (matches == null || matches.length == 0) {
        ignored.add(pattern + ": matches nothing");
        continue;
      }
      List<FileStatus> sorted = new ArrayList<>(List.of(matches));
      sorted.sort(Comparator.comparing(status -> status.getPath().toString()));
      for (FileStatus match : sorted) {
        Path path = match.getPath();
        if (holds(path, output)) {
          ignored.add(Locations.display(path) + ": it holds the output folder");
        } else if (!match.isDirectory() && !isZip(path)) {
          ignored.add(Locations.display(path) + ": neither a folder nor a .zip archive");
        } else if (byName.containsKey(path.getName())) {
          clashes.add(
              CaseResult.failed(
                  path.getName(),
                  Locations.display(path)
                      + " has the name of "
                      + Locations.display(byName.get(path.getName()))
                      + "; its results would overwrite that case's: not analyzed",
                  0));
        } else {
          byName.put(path.getName(), path);
        }
      }
    }
    List<Path> cases = new ArrayList<>(byName.values());
    cases.sort(Comparator.comparing(Path::getName));
    return new Found(cases, clashes, ignored);
  }

  /** Whether {@code folder} is the output folder or holds it. */
  private static boolean holds(Path folder, Path output) {
    for (Path p = output; p != null; p = p.getParent()) {
      if (p.equals(folder)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isZip(Path path) {
    return path.getName().toLowerCase(Locale.ROOT).endsWith(".zip");
  }
}
