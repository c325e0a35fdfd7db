package io.portex.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes a realistic capture of a {@code netstat -ano} loop, as support engineers receive them:
 * snapshot after snapshot, each after a timestamp banner ({@code ==== 2026-03-11 10:00:00 ====}),
 * with CRLF line ends and the column layout of Windows. Most rows are outbound TCP connections from
 * the dynamic port range in {@code TIME_WAIT}, with {@code ESTABLISHED}, {@code CLOSE_WAIT} and a
 * few other states, listeners, IPv6 and UDP rows. The same settings give the same bytes.
 *
 * <p>It streams: memory use does not grow with the size written, so it can write gigabytes. Stop
 * after a number of lines, of bytes or of snapshots, whichever comes first; a size limit may cut
 * the last snapshot short, but never before its first row.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.portex.bench.NetstatDumpGenerator OUT --lines 1000000
 * java -cp benchmarks/target/benchmarks.jar io.portex.bench.NetstatDumpGenerator OUT --bytes 1g
 * }</pre>
 */
public final class NetstatDumpGenerator {

  /** Rows per snapshot unless set. */
  public static final int DEFAULT_ROWS_PER_SNAPSHOT = 10_000;

  /** Seed unless set. */
  public static final long DEFAULT_SEED = 20260311L;

  /** The header row of {@code netstat -ano} in English. */
  static final String HEADER =
      "  Proto  Local Address          Foreign Address        State           PID";

  private static final DateTimeFormatter BANNER_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final long seed;
  private final int rowsPerSnapshot;
  private final long maxLines;
  private final long maxBytes;
  private final int maxSnapshots;
  private final LocalDateTime start;
  private final Duration interval;

  private NetstatDumpGenerator(Builder builder) {
    this.seed = builder.seed;
    this.rowsPerSnapshot = builder.rowsPerSnapshot;
    this.maxLines = builder.maxLines;
    this.maxBytes = builder.maxBytes;
    this.maxSnapshots = builder.maxSnapshots;
    this.start = builder.start;
    this.interval = builder.interval;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Writes the capture to a file, replacing it. */
  public DumpStats write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      return write(out);
    }
  }

  /** Writes the capture to a stream, which is flushed but not closed. */
  public DumpStats write(OutputStream stream) throws IOException {
    AsciiOut out = new AsciiOut(stream);
    StateTally tally = new StateTally();
    SplittableRandom random = new SplittableRandom(seed);
    int snapshots = 0;
    while (snapshots < maxSnapshots && !full(out)) {
      writeBanner(out, start.plus(interval.multipliedBy(snapshots)));
      snapshots++;
      if (!writeRows(out, new SnapshotRows(random, rowsPerSnapshot), tally)) {
        break;
      }
    }
    out.flush();
    stream.flush();
    return tally.stats(out.lines(), out.bytes(), snapshots);
  }

  /**
   * Writes the rows of one snapshot.
   *
   * @return false when a size limit was reached
   */
  private boolean writeRows(AsciiOut out, SnapshotRows rows, StateTally tally) throws IOException {
    while (rows.hasNext()) {
      NetstatRow row = rows.next();
      row.writeTo(out);
      out.endLine();
      tally.add(row);
      if (full(out)) {
        return false;
      }
    }
    return true;
  }

  private static void writeBanner(AsciiOut out, LocalDateTime time) throws IOException {
    out.text("==== ").text(BANNER_TIME.format(time)).text(" ====").endLine();
    out.endLine();
    out.text("Active Connections").endLine();
    out.endLine();
    out.text(HEADER).endLine();
  }

  private boolean full(AsciiOut out) {
    return out.lines() >= maxLines || out.bytes() >= maxBytes;
  }

  /**
   * Writes a capture file: {@code OUT [--lines N] [--bytes SIZE] [--snapshots N]
   * [--rows-per-snapshot N] [--seed N]}; without a limit, 1,000,000 lines.
   */
  public static void main(String[] args) throws IOException {
    GeneratorArgs parsed;
    try {
      parsed = GeneratorArgs.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(GeneratorArgs.USAGE);
      System.exit(2);
      return;
    }
    long started = System.nanoTime();
    DumpStats stats = parsed.generator().write(parsed.output());
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "%s: %s in %.1f s (%.0f MB/s)%n",
        parsed.output(), stats, seconds, stats.bytes() / 1e6 / seconds);
  }

  /** Settings of a {@link NetstatDumpGenerator}. */
  public static final class Builder {
    private long seed = DEFAULT_SEED;
    private int rowsPerSnapshot = DEFAULT_ROWS_PER_SNAPSHOT;
    private long maxLines = Long.MAX_VALUE;
    private long maxBytes = Long.MAX_VALUE;
    private int maxSnapshots = Integer.MAX_VALUE;
    private LocalDateTime start = LocalDateTime.of(2026, 3, 11, 10, 0, 0);
    private Duration interval = Duration.ofSeconds(10);

    private Builder() {}

    /** Stops once this many lines are written (the last snapshot's header is kept whole). */
    public Builder lines(long value) {
      this.maxLines = positive(value, "lines");
      return this;
    }

    /** Stops once this many bytes are written (a few more, to end the line). */
    public Builder bytes(long value) {
      this.maxBytes = positive(value, "bytes");
      return this;
    }

    /** Stops after this many whole snapshots. */
    public Builder snapshots(int value) {
      this.maxSnapshots = (int) positive(value, "snapshots");
      return this;
    }

    /** Connection rows per snapshot (default 10,000). */
    public Builder rowsPerSnapshot(int value) {
      this.rowsPerSnapshot = (int) positive(value, "rowsPerSnapshot");
      return this;
    }

    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** The time of the first snapshot (default 2026-03-11 10:00:00). */
    public Builder start(LocalDateTime value) {
      this.start = Objects.requireNonNull(value, "start");
      return this;
    }

    /** The time between snapshots (default 10 s). */
    public Builder interval(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("interval must be positive: " + value);
      }
      this.interval = value;
      return this;
    }

    /**
     * @throws IllegalStateException when no limit of lines, bytes or snapshots was set
     */
    public NetstatDumpGenerator build() {
      if (maxLines == Long.MAX_VALUE
          && maxBytes == Long.MAX_VALUE
          && maxSnapshots == Integer.MAX_VALUE) {
        throw new IllegalStateException("set a limit: lines, bytes or snapshots");
      }
      return new NetstatDumpGenerator(this);
    }

    private static long positive(long value, String what) {
      if (value < 1) {
        throw new IllegalArgumentException(what + " must be positive: " + value);
      }
      return value;
    }
  }
}
