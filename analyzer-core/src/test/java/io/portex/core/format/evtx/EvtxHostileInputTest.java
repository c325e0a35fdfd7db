package io.portex.core.format.evtx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.portex.core.diag.Diagnostic;
import io.portex.core.format.evtx.EvtxWriter.Event;
import io.portex.core.format.evtx.EvtxWriter.Placed;
import io.portex.core.model.EventRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Broken, cut and hostile .evtx content: read as far as it goes, reported as diagnostics, never an
 * exception out of {@code read} and never a loop that does not end.
 */
class EvtxHostileInputTest {

  private static final Instant T0 = Instant.parse("2026-03-11T09:00:00Z");

  /** Three chunks of three Tcpip 4227 records each, ids 1 to 9. */
  private final EvtxWriter writer = new EvtxWriter().recordsPerChunk(3);

  private final byte[] log;
  private final List<Placed> placed;

  EvtxHostileInputTest() {
    for (int i = 1; i <= 9; i++) {
      writer.add(Event.tcpip(4227, i, T0.plusSeconds(i), "10.0.0.5:" + (49000 + i), "", "x"));
    }
    log = writer.toBytes();
    placed = writer.placed();
  }

  private static List<Long> ids(EvtxReading reading) {
    return reading.events().stream().map(EventRecord::recordId).toList();
  }

  private static List<String> codes(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::code).toList();
  }

  @Test
  void fileCutInsideARecord() {
    byte[] cut = Arrays.copyOf(log, placed.get(4).fileOffset() + 50);

    EvtxReading reading = EvtxReading.of("cut.evtx", cut);

    assertThat(ids(reading)).containsExactly(1L, 2L, 3L, 4L);
    assertThat(codes(reading.errors())).containsExactly("eventlog-evtx.truncated");
    assertThat(reading.errors().get(0).message()).contains("record 5", "chunk 1");
  }

  @Test
  void fileCutInTheFreeSpaceOfAChunkLosesNothing() {
    Placed last = placed.get(8);
    byte[] cut = Arrays.copyOf(log, last.fileOffset() + last.size() + 100);

    EvtxReading reading = EvtxReading.of("cut.evtx", cut);

    assertThat(reading.events()).hasSize(9);
    assertThat(reading.errors()).isEmpty();
    assertThat(codes(reading.warnings())).containsExactly("eventlog-evtx.truncated");
  }

  @Test
  void fileCutInsideAChunkHeaderOrTheFileHeader() {
    EvtxReading inChunkHeader = EvtxReading.of("cut.evtx", Arrays.copyOf(log, 4096 + 65536 + 300));
    EvtxReading inFileHeader = EvtxReading.of("cut.evtx", Arrays.copyOf(log, 1000));

    assertThat(inChunkHeader.events()).hasSize(3);
    assertThat(codes(inChunkHeader.errors())).containsExactly("eventlog-evtx.truncated");
    assertThat(inFileHeader.events()).isEmpty();
    assertThat(codes(inFileHeader.errors())).containsExactly("eventlog-evtx.truncated");
  }

  @Test
  void chunkOfZerosInTheMiddleIsSkipped() {
    byte[] file = log.clone();
    Arrays.fill(file, 4096 + 65536, 4096 + 2 * 65536, (byte) 0);

    EvtxReading reading = EvtxReading.of("holes.evtx", file);

    assertThat(ids(reading)).containsExactly(1L, 2L, 3L, 7L, 8L, 9L);
    assertThat(reading.errors()).isEmpty();
    assertThat(codes(reading.warnings())).containsExactly("eventlog-evtx.zero-chunks");
  }

  @Test
  void trailingZeroChunksAreUnusedSpace() {
    byte[] file = Arrays.copyOf(log, log.length + 3 * 65536);

    EvtxReading reading = EvtxReading.of("preallocated.evtx", file);

    assertThat(reading.events()).hasSize(9);
    assertThat(reading.errors()).isEmpty();
    assertThat(reading.warnings()).isEmpty();
    assertThat(reading.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "eventlog-evtx.unused-chunks",
                "3 chunks (3-5) are all zeros at the end of the file: unused"));
  }

  @Test
  void wrongCrcsAreWarningsAndTheRecordsAreStillRead() {
    byte[] file = log.clone();
    file[124] ^= 1; // file header CRC
    file[4096 + 124] ^= 1; // chunk 0 header CRC
    int x = indexOf(file, placed.get(4).fileOffset(), new byte[] {'x', 0, 0, 0});
    file[x] = 'y'; // a data value of chunk 1: its records CRC no longer matches

    EvtxReading reading = EvtxReading.of("crc.evtx", file);

    assertThat(reading.events()).hasSize(9);
    assertThat(reading.event(5).data()).containsExactly("10.0.0.5:49005", "", "y");
    assertThat(reading.errors()).isEmpty();
    assertThat(codes(reading.warnings()))
        .containsExactly(
            "eventlog-evtx.header-crc", "eventlog-evtx.chunk-crc", "eventlog-evtx.records-crc");
  }

  @Test
  void noCrc32FlagSkipsEveryCrcCheck() {
    byte[] file = log.clone();
    file[120] = 0x04;
    file[124] ^= 1;
    file[4096 + 124] ^= 1;
    file[4096 + 52] ^= 1;

    EvtxReading reading = EvtxReading.of("nocrc.evtx", file);

    assertThat(reading.events()).hasSize(9);
    assertThat(reading.diagnostics()).isEmpty();
  }

  @Test
  void recordSizePastTheChunkEndsTheChunk() {
    byte[] file = damaged(placed.get(4).fileOffset() + 4, 70_000);

    EvtxReading reading = EvtxReading.of("size.evtx", file);

    assertThat(ids(reading)).containsExactly(1L, 2L, 3L, 4L, 7L, 8L, 9L);
    assertThat(codes(reading.errors())).containsExactly("eventlog-evtx.bad-record");
    Diagnostic error = reading.errors().get(0);
    assertThat(error.line()).isEqualTo(5);
    assertThat(error.message()).contains("record 5", "chunk 1", "offset", "past the chunk");
  }

  @Test
  void recordSizeOfZeroEndsTheChunk() {
    byte[] file = damaged(placed.get(3).fileOffset() + 4, 0);

    EvtxReading reading = EvtxReading.of("size0.evtx", file);

    assertThat(ids(reading)).containsExactly(1L, 2L, 3L, 7L, 8L, 9L);
    assertThat(codes(reading.errors())).containsExactly("eventlog-evtx.bad-record");
  }

  @Test
  void trailingSizeThatDisagreesSkipsTheRecordOnly() {
    Placed record = placed.get(4);
    byte[] file = damaged(record.fileOffset() + record.size() - 4, record.size() + 8);

    EvtxReading reading = EvtxReading.of("copy.evtx", file);

    assertThat(ids(reading)).containsExactly(1L, 2L, 3L, 4L, 6L, 7L, 8L, 9L);
    assertThat(codes(reading.errors())).containsExactly("eventlog-evtx.bad-record");
    assertThat(reading.errors().get(0).line()).isEqualTo(5);
  }

  @Test
  void trailingSizeNeverWrittenIsATornRecordReadWithAWarning() {
    Placed record = placed.get(4);
    byte[] file = damaged(record.fileOffset() + record.size() - 4, 0);

    EvtxReading reading = EvtxReading.of("torn.evtx", file);

    assertThat(reading.events()).hasSize(9);
    assertThat(reading.errors()).isEmpty();
    assertThat(codes(reading.warnings())).containsExactly("eventlog-evtx.torn-record");
  }

  @Test
  void badTemplateOffsetsSkipTheirRecords() {
    // a later record of a chunk: header 24, fragment header 4, token, version, template id 4
    byte[] file = log.clone();
    ChunkBuilder.putU32(file, placed.get(1).fileOffset() + 34, 40); // inside the chunk header
    ChunkBuilder.putU32(file, placed.get(4).fileOffset() + 34, 70_000); // past the chunk
    ChunkBuilder.putU32(file, placed.get(7).fileOffset() + 34, 0x9000); // zeros after records
    EvtxWriter.fixCrcs(file);

    EvtxReading reading = EvtxReading.of("template.evtx", file);

    assertThat(ids(reading)).containsExactly(1L, 3L, 4L, 6L, 7L, 9L);
    assertThat(codes(reading.errors())).containsOnly("eventlog-evtx.bad-binxml").hasSize(3);
    assertThat(reading.errors()).extracting(Diagnostic::line).containsExactly(2L, 5L, 8L);
  }

  @Test
  void templateOffsetIntoAnotherRecordSkipsTheRecord() {
    byte[] file = log.clone();
    ChunkBuilder.putU32(file, placed.get(2).fileOffset() + 34, placed.get(1).chunkOffset() + 8);
    EvtxWriter.fixCrcs(file);

    EvtxReading reading = EvtxReading.of("template.evtx", file);

    assertThat(reading.events()).hasSize(8);
    assertThat(reading.errors()).extracting(Diagnostic::line).containsExactly(3L);
  }

  @Test
  void substitutionIndexOutOfRangeSkipsTheRecordsOfThatTemplate() {
    byte[] file = log.clone();
    int eventId = indexOf(file, placed.get(3).fileOffset(), new byte[] {0x0d, 0x02, 0x00, 0x06});
    file[eventId + 1] = 0x50; // EventID becomes value 80 of 13
    EvtxWriter.fixCrcs(file);

    EvtxReading reading = EvtxReading.of("substitution.evtx", file);

    assertThat(ids(reading)).containsExactly(1L, 2L, 3L, 7L, 8L, 9L);
    assertThat(codes(reading.errors())).containsOnly("eventlog-evtx.bad-binxml").hasSize(3);
    assertThat(reading.errors().get(0).message())
        .contains("substitution of value 80 but the template instance has 13 values");
  }

  @Test
  void unknownValueTypeSkipsTheRecord() {
    // descriptor 3 (Level) of a later record: header 24, fragment 4, instance 10, count 4
    byte[] file = log.clone();
    file[placed.get(5).fileOffset() + 24 + 4 + 10 + 4 + 3 * 4 + 2] = 0x33;
    EvtxWriter.fixCrcs(file);

    EvtxReading reading = EvtxReading.of("type.evtx", file);

    assertThat(reading.events()).hasSize(8);
    assertThat(reading.errors()).extracting(Diagnostic::line).containsExactly(6L);
    assertThat(reading.errors().get(0).message()).contains("unknown value type 0x33");
  }

  @Test
  void randomBytesAfterAValidHeader() {
    byte[] file = Arrays.copyOf(log, 4096 + 3 * 65536 + 1000);
    byte[] noise = new byte[file.length - 4096];
    new Random(42).nextBytes(noise);
    System.arraycopy(noise, 0, file, 4096, noise.length);

    EvtxReading reading = EvtxReading.of("noise.evtx", file);

    assertThat(reading.events()).isEmpty();
    assertThat(codes(reading.errors())).containsOnly("eventlog-evtx.bad-chunk").hasSize(4);
    assertThat(reading.errors().get(1).message())
        .isEqualTo("chunk 1 (file offset 69632) has no ElfChnk signature; skipped");
  }

  @Test
  void randomBytesBehindAChunkSignature() {
    byte[] file = log.clone();
    byte[] noise = new byte[65536 - 8];
    new Random(7).nextBytes(noise);
    System.arraycopy(noise, 0, file, 4096 + 65536 + 8, noise.length);

    EvtxReading reading = EvtxReading.of("noise.evtx", file);

    assertThat(ids(reading)).containsExactly(1L, 2L, 3L, 7L, 8L, 9L);
  }

  @Test
  void elementsNestedWithoutEndAreRefused() {
    ChunkBuilder chunk = new ChunkBuilder();
    chunk.record(
        1,
        T0,
        () -> {
          chunk.fragmentHeader();
          for (int i = 0; i < 2000; i++) {
            chunk.open("Deep", false, false);
            chunk.closeStart();
          }
        });

    EvtxReading reading = EvtxReading.of("deep.bin", chunk.finish(1));

    assertThat(reading.events()).isEmpty();
    assertThat(reading.errors())
        .extracting(Diagnostic::message)
        .singleElement()
        .asString()
        .contains("nested deeper than 64");
  }

  @Test
  void templateInstanceInsideATemplateDefinitionIsRefused() {
    ChunkBuilder chunk = new ChunkBuilder();
    chunk.record(
        1,
        T0,
        () -> {
          chunk.fragmentHeader();
          chunk.templateInstance(-1, () -> chunk.fragmentHeader().templateInstance(600, () -> {}));
          chunk.values().write();
          chunk.eof();
        });

    EvtxReading reading = EvtxReading.of("loop.bin", chunk.finish(1));

    assertThat(reading.events()).isEmpty();
    assertThat(reading.errors())
        .extracting(Diagnostic::message)
        .singleElement()
        .asString()
        .contains("unexpected token 0x0c", "template definition");
  }

  @Test
  void notAnEvtxAtAll() {
    EvtxReading text =
        EvtxReading.of("netstat.txt", "  TCP  0.0.0.0:135\r\n".getBytes(StandardCharsets.US_ASCII));
    EvtxReading empty = EvtxReading.of("empty.evtx", new byte[0]);

    assertThat(codes(text.errors())).containsExactly("eventlog-evtx.not-evtx");
    assertThat(codes(empty.errors())).containsExactly("eventlog-evtx.not-evtx");
  }

  @Test
  void randomDamageNeverThrowsNorHangs() {
    Random random = new Random(20260311);
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int round = 0; round < 500; round++) {
            byte[] file = log.clone();
            int damages = 1 + random.nextInt(30);
            for (int i = 0; i < damages; i++) {
              Placed record = placed.get(random.nextInt(placed.size()));
              int at =
                  random.nextBoolean()
                      ? record.fileOffset() + random.nextInt(record.size())
                      : 4096 + random.nextInt(file.length - 4096);
              file[at] = (byte) random.nextInt(256);
            }
            if (random.nextBoolean()) {
              EvtxWriter.fixCrcs(file);
            }
            EvtxReading reading = EvtxReading.of("fuzz.evtx", file);
            assertThat(reading.events().size()).isLessThanOrEqualTo(9);
          }
        });
  }

  private byte[] damaged(int fileOffset, long value) {
    byte[] file = log.clone();
    ChunkBuilder.putU32(file, fileOffset, value);
    EvtxWriter.fixCrcs(file);
    return file;
  }

  private static int indexOf(byte[] bytes, int from, byte[] part) {
    for (int i = from; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }
}
