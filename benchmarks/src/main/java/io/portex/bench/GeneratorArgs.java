package io.portex.bench;

import java.nio.file.Path;

/**
 * The command line of {@link NetstatDumpGenerator#main}.
 *
 * @param output the file to write
 * @param generator the generator the options describe
 */
record GeneratorArgs(Path output, NetstatDumpGenerator generator) {

  static final String USAGE =
      "usage: NetstatDumpGenerator OUT [--lines N] [--bytes SIZE(k|m|g)] [--snapshots N]"
          + " [--rows-per-snapshot N] [--seed N]   (default: --lines 1000000)";

  static final long DEFAULT_LINES = 1_000_000;

  /**
   * @throws IllegalArgumentException when the arguments are wrong
   */
  static GeneratorArgs parse(String[] args) {
    Path output = null;
    NetstatDumpGenerator.Builder builder = NetstatDumpGenerator.builder();
    boolean limited = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        if (output != null) {
          throw new IllegalArgumentException("more than one output file: " + arg);
        }
        output = Path.of(arg);
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(arg + " needs a value");
      }
      String value = args[++i];
      switch (arg) {
        case "--lines" -> builder.lines(count(value));
        case "--bytes" -> builder.bytes(ByteSize.parse(value));
        case "--snapshots" -> builder.snapshots((int) Math.min(count(value), Integer.MAX_VALUE));
        case "--rows-per-snapshot" ->
            builder.rowsPerSnapshot((int) Math.min(count(value), 1 << 24));
        case "--seed" -> builder.seed(Long.parseLong(value));
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
      limited |= !arg.equals("--seed") && !arg.equals("--rows-per-snapshot");
    }
    if (output == null) {
      throw new IllegalArgumentException("no output file");
    }
    if (!limited) {
      builder.lines(DEFAULT_LINES);
    }
    return new GeneratorArgs(output, builder.build());
  }

  /** A count such as {@code 1000000} or {@code 1_000_000}. */
  private static long count(String text) {
    return Long.parseLong(text.strip().replace("_", ""));
  }
}
