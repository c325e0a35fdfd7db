package io.portex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large .evtx from real chunks: a file header, then the 35 chunks of the shared corpus's
 * three real System logs over and over (the file {@code EvtxReaderBenchmark} reads), for the
 * end-to-end scripts.
 *
 * <pre>
 * java -cp benchmarks.jar io.portex.bench.EvtxLogGenerator OUT [--chunks N | --bytes SIZE] [--shared DIR]
 * </pre>
 *
 * Defaults: 1,024 chunks (67,112,960 bytes), {@code ../shared} from the working folder.
 */
public final class EvtxLogGenerator {

  private EvtxLogGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: EvtxLogGenerator OUT [--chunks N | --bytes SIZE] [--shared DIR]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long chunks = 1024;
    Path shared = Path.of("../shared");
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--chunks" -> chunks = Long.parseLong(args[i + 1]);
        case "--bytes" -> chunks = Math.max(1, ByteSize.parse(args[i + 1]) / (64 * 1024));
        case "--shared" -> shared = Path.of(args[i + 1]);
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    int distinct = EvtxSampleLog.writeFromCorpus(out, chunks, shared);
    if (distinct == 0) {
      System.err.println("no corpus System logs under " + shared.resolve("corpus/real/evtx"));
      System.exit(2);
    }
    System.out.printf(
        "wrote %s: %,d bytes, %,d chunks repeating %d real chunks%n",
        out, Files.size(out), chunks, distinct);
  }
}
