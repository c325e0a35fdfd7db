package io.portex.core.format.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.TestInputs;
import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.evtx.EvtxReading.Way;
import io.portex.core.model.EventRecord;
import io.portex.core.source.InputFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decoding by template ({@link TemplateFields}) and on several threads ({@link
 * io.portex.core.source.OrderedWork}) gives exactly what expanding every record whole, chunk after
 * chunk, gives: the same events in the same order and the same diagnostics in the same order, on
 * every real log of the corpus, on a log made of many of their chunks, and on damaged logs.
 */
class DecodingWaysAgreeTest {

  private static final List<Way> WAYS =
      List.of(new Way(true, 1), new Way(true, 3), new Way(false, 2));

  static Stream<String> corpusLogs() {
    return Stream.of(
        "evtx-rs__2-vss_7-System.evtx",
        "evtx-rs__sample_with_a_bad_chunk_magic.evtx",
        "evtx-rs__Application_no_crc32.evtx",
        "evtx-rs__sample-with-zero-data-size-event.evtx",
        "evtx-rs__system.evtx",
        "python-evtx__system.evtx");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusLogs")
  void everyWayReadsTheCorpusLogAlike(String name) throws IOException {
    InputFile input = InputFile.of(TestInputs.corpus("evtx/" + name));

    EvtxReading reference = EvtxReading.of(input, Way.WHOLE_SEQUENTIAL);

    assertThat(reference.events()).isNotEmpty();
    for (Way way : WAYS) {
      EvtxReading reading = EvtxReading.of(input, way);
      assertThat(reading.events()).as("%s", way).isEqualTo(reference.events());
      assertThat(reading.diagnostics()).as("%s", way).isEqualTo(reference.diagnostics());
    }
  }

  @Test
  void templatesDecideTheFieldsOfNearlyEveryRealRecord() {
    ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    Stream.of("evtx-rs__2-vss_7-System.evtx", "evtx-rs__system.evtx", "python-evtx__system.evtx")
        .forEach(name -> appendChunks(TestInputs.corpus("evtx/" + name), chunks));
    byte[] body = chunks.toByteArray();
    DiagnosticSink diagnostics = new DiagnosticSink("system.evtx", Integer.MAX_VALUE);
    List<EventRecord> events = new ArrayList<>();
    EventDecoder decoder = new EventDecoder("system.evtx");
    ChunkReader reader =
        new ChunkReader(decoder, diagnostics, new ChunkBatch.Collected(events), true);
    for (int at = 0; at < body.length; at += ChunkHeader.SIZE) {
      reader.read(Arrays.copyOfRange(body, at, at + ChunkHeader.SIZE), ChunkHeader.SIZE, 0, at);
    }

    assertThat(events).hasSize(1160 + 1881 + 1601);
    assertThat(diagnostics.diagnostics()).isEmpty();
    // the rest have their EventData inside an element of the template, as nested BinXml
    assertThat(decoder.decodedByTemplate()).isGreaterThan(events.size() * 95L / 100);
  }

  @Test
  void aLogOfEveryCorpusChunkWithDamageBetweenIsReadAlikeOnSeveralThreads() throws IOException {
    ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    corpusLogs().forEach(name -> appendChunks(TestInputs.corpus("evtx/" + name), chunks));
    byte[] body = chunks.toByteArray();
    assertThat(body.length / ChunkHeader.SIZE).isGreaterThan(3 * ChunkBatch.CHUNKS);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    byte[] header = Files.readAllBytes(TestInputs.corpus("evtx/python-evtx__system.evtx"));
    log.write(header, 0, 4096);
    log.write(body, 0, 5 * ChunkHeader.SIZE);
    log.write(new byte[ChunkHeader.SIZE], 0, ChunkHeader.SIZE); // zeros between chunks
    byte[] junk = new byte[ChunkHeader.SIZE];
    new Random(5).nextBytes(junk);
    log.write(junk, 0, junk.length); // a chunk without signature
    log.write(body, 5 * ChunkHeader.SIZE, body.length - 5 * ChunkHeader.SIZE - 1000); // cut short
    byte[] file = log.toByteArray();

    EvtxReading reference = EvtxReading.of("many.evtx", file, Way.WHOLE_SEQUENTIAL);

    assertThat(reference.codes())
        .contains(
            "eventlog-evtx.zero-chunks", "eventlog-evtx.bad-chunk", "eventlog-evtx.truncated");
    for (Way way : WAYS) {
      EvtxReading reading = EvtxReading.of("many.evtx", file, way);
      assertThat(reading.events()).as("%s", way).isEqualTo(reference.events());
      assertThat(reading.diagnostics()).as("%s", way).isEqualTo(reference.diagnostics());
    }
  }

  @Test
  void randomlyDamagedLogsAreReadAlike() {
    EvtxWriter writer = new EvtxWriter().recordsPerChunk(3);
    Instant t0 = Instant.parse("2026-03-11T09:00:00Z");
    for (int i = 1; i <= 30; i++) {
      writer.add(
          EvtxWriter.Event.tcpip(4227, i, t0.plusSeconds(i), "10.0.0.5:" + (49000 + i), "", "x"));
    }
    byte[] log = writer.toBytes();
    Random random = new Random(20261202);
    for (int round = 0; round < 300; round++) {
      byte[] file = log.clone();
      for (int i = 1 + random.nextInt(20); i > 0; i--) {
        file[4096 + random.nextInt(file.length - 4096)] = (byte) random.nextInt(256);
      }
      if (random.nextBoolean()) {
        EvtxWriter.fixCrcs(file);
      }
      EvtxReading reference = EvtxReading.of("fuzz.evtx", file, Way.WHOLE_SEQUENTIAL);
      for (Way way : WAYS) {
        EvtxReading reading = EvtxReading.of("fuzz.evtx", file, way);
        assertThat(reading.events()).as("round %d, %s", round, way).isEqualTo(reference.events());
        assertThat(reading.diagnostics())
            .as("round %d, %s", round, way)
            .isEqualTo(reference.diagnostics());
      }
    }
  }

  private static void appendChunks(Path log, ByteArrayOutputStream out) {
    try {
      byte[] bytes = Files.readAllBytes(log);
      for (int at = 4096; at + ChunkHeader.SIZE <= bytes.length; at += ChunkHeader.SIZE) {
        if (Arrays.equals(bytes, at, at + 8, ChunkHeader.MAGIC, 0, 8)) {
          out.write(bytes, at, ChunkHeader.SIZE);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
