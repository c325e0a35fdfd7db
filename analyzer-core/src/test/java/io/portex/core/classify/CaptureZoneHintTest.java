package io.portex.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A packet capture's times are UTC by nature; a netstat loop's are read in --tz. The sample's loop
 * was written on a machine running on UTC, beside the capture.
 */
class CaptureZoneHintTest {

  private static final Path SAMPLE = Path.of("..", "samples", "capture-app03-sql-churn");

  private static List<Note> notes(String zone) {
    Analysis analysis = Analyzer.builder().zone(ZoneId.of(zone)).build().analyze(List.of(SAMPLE));
    return analysis.hosts().get(0).consistency();
  }

  @Test
  void aCaptureAnHourFromTheSnapshotsReadInAnotherZoneSaysToRerunInUtc() {
    List<Note> notes =
        notes("Europe/Berlin").stream()
            .filter(n -> n.code().equals("consistency.capture-apart"))
            .toList();

    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).warning()).isTrue();
    assertThat(notes.get(0).message())
        .contains("PktMon_APP03.pcapng")
        .contains("1 hour after the snapshots")
        .contains("read in Europe/Berlin (UTC+01:00)")
        .contains("rerun with --tz UTC");
  }

  @Test
  void readInUtcTheCaptureLiesBesideTheSnapshotsAndNothingIsSaid() {
    assertThat(notes("UTC")).noneMatch(n -> n.code().equals("consistency.capture-apart"));
  }
}
