package io.portex.bench;

import io.portex.core.classify.Classifier;
import io.portex.core.classify.CollectNext;
import io.portex.core.classify.ConsistencyChecks;
import io.portex.core.classify.Diagnosis;
import io.portex.core.classify.Thresholds;
import io.portex.core.model.Connection;
import io.portex.core.model.Endpoint;
import io.portex.core.model.PortEvents;
import io.portex.core.model.Protocol;
import io.portex.core.model.Snapshot;
import io.portex.core.model.SourceRange;
import io.portex.core.model.TcpState;
import io.portex.core.model.TimeSource;
import io.portex.core.timeline.HostEvidence;
import io.portex.core.timeline.Timeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Classification of a long capture: {@code snapshots} snapshots of {@code connections} connections
 * each (TIME_WAIT growing, a CLOSE_WAIT leak, one busy destination): the host's timeline (capacity,
 * usage and ephemeral states of every snapshot, peak, trend), then every rule, the consistency
 * checks and the collect-next suggestions. The snapshots are built once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassifierBenchmark {

  @Param("1000")
  public int snapshots;

  @Param("16000")
  public int connections;

  private HostEvidence evidence;

  @Setup(Level.Trial)
  public void build() {
    SplittableRandom random = new SplittableRandom(42);
    Instant start = Instant.parse("2026-03-11T09:00:00Z");
    List<Snapshot> built = new ArrayList<>(snapshots);
    for (int s = 0; s < snapshots; s++) {
      Snapshot.Builder builder = new Snapshot.Builder();
      int closeWait = Math.min(connections / 10, 100 + s);
      for (int c = 0; c < connections; c++) {
        TcpState state =
            c < closeWait
                ? TcpState.CLOSE_WAIT
                : random.nextInt(10) < 7 ? TcpState.TIME_WAIT : TcpState.ESTABLISHED;
        String remote = random.nextInt(10) < 8 ? "10.0.0.9" : "10.0.1." + random.nextInt(50);
        builder.add(
            new Connection(
                Protocol.TCP,
                Endpoint.of("10.0.0.5", 49152 + c),
                Endpoint.of(remote, 1433),
                state,
                state == TcpState.TIME_WAIT ? 0 : 4000 + random.nextInt(8),
                null));
      }
      built.add(
          builder.build(
              start.plusSeconds(60L * s), TimeSource.CONTENT, new SourceRange("loop.txt", s, s)));
    }
    List<PortEvents> events = new ArrayList<>();
    for (int id : PortEvents.IDS) {
      events.add(new PortEvents(id, 0, null, null, List.of()));
    }
    evidence = new HostEvidence(null, built, List.of(), events, List.of());
  }

  @Benchmark
  public Object classify() {
    Timeline timeline = Timeline.of(evidence, null);
    Diagnosis diagnosis = Classifier.diagnose(timeline, Thresholds.DEFAULT);
    return List.of(
        diagnosis, ConsistencyChecks.of(timeline), CollectNext.of(timeline, Thresholds.DEFAULT));
  }
}
