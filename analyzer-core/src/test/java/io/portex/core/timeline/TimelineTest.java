package io.portex.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.model.Connection;
import io.portex.core.model.Endpoint;
import io.portex.core.model.PortEvents;
import io.portex.core.model.Protocol;
import io.portex.core.model.Snapshot;
import io.portex.core.model.SourceRange;
import io.portex.core.model.TcpState;
import io.portex.core.model.TimeSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static final Instant T0 = Instant.parse("2026-03-11T10:00:00Z");
  private static final SourceRange SOURCE = new SourceRange("loop.txt", 1, 1);

  private static Snapshot snapshot(int inUse, Instant time) {
    Snapshot.Builder builder = new Snapshot.Builder();
    for (int i = 0; i < inUse; i++) {
      builder.add(
          new Connection(
              Protocol.TCP,
              Endpoint.of("10.0.0.5", 49152 + i),
              Endpoint.of("10.0.0.9", 1433),
              TcpState.TIME_WAIT,
              0,
              null));
    }
    return time == null
        ? builder.build(null, TimeSource.NONE, SOURCE)
        : builder.build(time, TimeSource.CONTENT, SOURCE);
  }

  private static List<PortEvents> noEvents() {
    List<PortEvents> events = new ArrayList<>();
    for (int id : PortEvents.IDS) {
      events.add(new PortEvents(id, 0, null, null, List.of()));
    }
    return events;
  }

  private static Timeline timeline(List<Snapshot> snapshots) {
    return Timeline.of(new HostEvidence(null, snapshots, List.of(), noEvents(), List.of()), null);
  }

  @Test
  void projectsWhenUsageWouldFillTheRange() {
    List<Snapshot> snapshots =
        List.of(
            snapshot(1000, T0),
            snapshot(2000, T0.plusSeconds(3600)),
            snapshot(3000, T0.plusSeconds(7200)),
            snapshot(50, null));

    Timeline timeline = timeline(snapshots);

    assertThat(timeline.from()).isEqualTo(T0);
    assertThat(timeline.to()).isEqualTo(T0.plusSeconds(7200));
    assertThat(timeline.timedSnapshots()).isEqualTo(3);
    assertThat(timeline.untimedSnapshots()).isEqualTo(1);
    assertThat(timeline.usageGrowthPerHour()).isEqualTo(1000.0);
    assertThat(timeline.projectedExhaustion())
        .isEqualTo(T0.plusSeconds(7200).plusMillis(Math.round(13384 / 1000.0 * 3_600_000)));
  }

  @Test
  void noProjectionWhenUsageFallsOrWithTooFewPoints() {
    List<Snapshot> falling =
        List.of(
            snapshot(3000, T0),
            snapshot(2000, T0.plusSeconds(600)),
            snapshot(1000, T0.plusSeconds(1200)));

    Timeline down = timeline(falling);
    Timeline two = timeline(falling.subList(0, 2));

    assertThat(down.usageGrowthPerHour()).isNegative();
    assertThat(down.projectedExhaustion()).isNull();
    assertThat(two.usageGrowthPerHour()).isNull();
  }

  @Test
  void showsGapsMuchLongerThanTheUsualInterval() {
    List<Snapshot> snapshots = new ArrayList<>();
    for (int minutes : new int[] {0, 5, 10, 15, 60, 65}) {
      snapshots.add(snapshot(100, T0.plusSeconds(60L * minutes)));
    }

    Timeline timeline = timeline(snapshots);

    assertThat(timeline.gaps())
        .containsExactly(new Gap(T0.plusSeconds(15 * 60), T0.plusSeconds(60 * 60)));
  }
}
