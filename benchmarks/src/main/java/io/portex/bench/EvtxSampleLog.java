package io.portex.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A large .evtx for a benchmark trial, in a fresh temporary directory deleted with it: a file
 * header, then the chunks of the shared corpus's real System logs over and over (or, where the
 * corpus is absent, chunks of Tcpip 4227 records from {@link TcpipChunkWriter}).
 */
final class EvtxSampleLog {

  /** Real System logs whose every chunk reads without a diagnostic. */
  private static final List<String> SYSTEM_LOGS =
      List.of("evtx-rs__2-vss_7-System.evtx", "evtx-rs__system.evtx", "python-evtx__system.evtx");

  private final Path directory;
  private final Path file;
  private final String source;

  private EvtxSampleLog(Path directory, Path file, String source) {
    this.directory = directory;
    this.file = file;
    this.source = source;
  }

  /**
   * Writes a log of {@code chunks} chunks.
   *
   * @param shared the shared folder ({@code ../shared} from the project), possibly absent
   */
  static EvtxSampleLog create(int chunks, Path shared) throws IOException {
    List<byte[]> samples = corpusChunks(shared.resolve("corpus/real/evtx"));
    String source = "chunks of the corpus System logs";
    if (samples.isEmpty()) {
      samples = List.of(TcpipChunkWriter.chunk(1, Instant.parse("2026-03-11T09:00:00Z")));
      source = "generated Tcpip 4227 chunks (corpus absent)";
    }
    Path directory = Files.createTempDirectory("portex-bench-");
    Path file = directory.resolve("System.evtx");
    write(file, chunks, samples);
    return new EvtxSampleLog(directory, file, source + " x" + chunks);
  }

  /**
   * Writes a log of {@code chunks} chunks of the corpus System logs to {@code file}; returns how
   * many distinct real chunks it repeats (0 when the corpus is absent: nothing is written).
   */
  static int writeFromCorpus(Path file, long chunks, Path shared) throws IOException {
    List<byte[]> samples = corpusChunks(shared.resolve("corpus/real/evtx"));
    if (!samples.isEmpty()) {
      write(file, chunks, samples);
    }
    return samples.size();
  }

  private static void write(Path file, long chunks, List<byte[]> samples) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(fileHeader(chunks));
      for (long i = 0; i < chunks; i++) {
        out.write(samples.get((int) (i % samples.size())));
      }
    }
  }

  private static List<byte[]> corpusChunks(Path folder) throws IOException {
    List<byte[]> chunks = new ArrayList<>();
    for (String name : SYSTEM_LOGS) {
      Path log = folder.resolve(name);
      if (!Files.isRegularFile(log)) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(log);
      for (int at = 4096;
          at + TcpipChunkWriter.CHUNK <= bytes.length;
          at += TcpipChunkWriter.CHUNK) {
        if (new String(bytes, at, 8, StandardCharsets.US_ASCII).equals("ElfChnk\0")) {
          byte[] chunk = new byte[TcpipChunkWriter.CHUNK];
          System.arraycopy(bytes, at, chunk, 0, chunk.length);
          chunks.add(chunk);
        }
      }
    }
    return chunks;
  }

  private static byte[] fileHeader(long chunks) {
    ByteBuffer header = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
    header.put("ElfFile\0".getBytes(StandardCharsets.US_ASCII));
    header.putLong(0).putLong(chunks - 1L).putLong(1).putInt(128);
    header.putShort((short) 1).putShort((short) 3).putShort((short) 4096);
    header.putShort((short) Math.min(chunks, 0xffff));
    CRC32 crc = new CRC32();
    crc.update(header.array(), 0, 120);
    header.putInt(124, (int) crc.getValue());
    return header.array();
  }

  Path file() {
    return file;
  }

  /** What the chunks are, for the benchmark's output. */
  String source() {
    return source;
  }

  long bytes() {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the directory and everything in it. */
  void delete() {
    try (Stream<Path> files = Files.list(directory)) {
      for (Path path : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(path);
      }
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
