package io.portex.core.format.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.portex.core.format.evtx.EvtxReading.Way;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Differential fuzz target of the .evtx decoder: whatever the bytes, decoding by template and on
 * several threads gives what expanding every record whole, chunk after chunk, gives (the same
 * events and diagnostics in the same order, or the same refusal), as {@link DecodingWaysAgreeTest}
 * checks on the corpus and on damaged logs.
 *
 * <p>{@code mvn verify} replays {@code EvtxWaysFuzzTestInputs/}; {@code scripts/fuzz.sh} fuzzes
 * ({@code EvtxWaysFuzzTest#decodesAlikeEveryWay}), seeded with the first chunks of the corpus logs.
 */
class EvtxWaysFuzzTest {

  private static final List<Way> WAYS =
      List.of(new Way(true, 1), new Way(true, 3), new Way(false, 2));

  @FuzzTest
  void decodesAlikeEveryWay(byte[] data) {
    Object reference = outcome(data, Way.WHOLE_SEQUENTIAL);
    for (Way way : WAYS) {
      assertThat(outcome(data, way)).as("%s", way).isEqualTo(reference);
    }
  }

  /** The reading, or the message of the error that refused the input. */
  private static Object outcome(byte[] data, Way way) {
    try {
      return EvtxReading.of("fuzz.evtx", data, way);
    } catch (UncheckedIOException e) {
      return "refused: " + e.getCause();
    }
  }
}
