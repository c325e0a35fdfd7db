package io.portex.core.format.netstat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.portex.core.source.InputFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Differential fuzz target of the netstat block reader: whatever the bytes, reading them in blocks
 * of raw bytes on several threads gives what reading them line by line gives (snapshots,
 * diagnostics with their line numbers, host lines), as {@link BlockReadingTest} checks on fixtures.
 * Blocks are 8 bytes to 2 KiB, so that a small input crosses many block edges.
 *
 * <p>{@code mvn verify} replays {@code NetstatBlocksFuzzTestInputs/}; {@code scripts/fuzz.sh}
 * fuzzes ({@code NetstatBlocksFuzzTest#readsTheSameInBlocks}).
 */
class NetstatBlocksFuzzTest {

  @FuzzTest
  void readsTheSameInBlocks(FuzzedDataProvider data) throws IOException {
    int blockSize = data.consumeInt(8, 2048);
    int threads = data.consumeInt(1, 3);
    int form = data.consumeInt(0, 3);
    byte[] bytes = data.consumeRemainingAsBytes();
    // UTF-16 (PowerShell 5.1's `>`) is cut at even offsets and scanned apart: the fuzzer mutates
    // the text, which is then written in either byte order, with or without a byte-order mark
    if (form == 2) {
      bytes =
          ("\uFEFF" + new String(bytes, StandardCharsets.UTF_8))
              .getBytes(StandardCharsets.UTF_16LE);
    } else if (form == 3) {
      bytes = new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16BE);
    }
    byte[] content = bytes;
    BlockReadingTest.assertSame(
        InputFile.of("fuzz.txt", content.length, null, () -> new ByteArrayInputStream(content)),
        blockSize,
        threads);
  }
}
