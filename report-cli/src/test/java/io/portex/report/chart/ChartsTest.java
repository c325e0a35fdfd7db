package io.portex.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.model.TcpState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The charts of every bundled sample and of hand-built analyses. */
class ChartsTest {

  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Pattern URL = Pattern.compile("https?://[^'\"\\s)]*");
  private static final List<String> NAMESPACES =
      List.of("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink");

  static Stream<String> samples() throws IOException {
    try (Stream<Path> folders = Files.list(SAMPLES)) {
      return folders
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  private static Analysis sample(String name) {
    return Analyzer.builder()
        .zone(ZoneId.of("Europe/Berlin"))
        .build()
        .analyze(List.of(SAMPLES.resolve(name)));
  }

  private static List<Function<Analysis, Optional<String>>> charts() {
    return List.of(Charts::timeline, Charts::states, Charts::portRange);
  }

  /** The three charts of every sample, and the capture's chart of samples with a capture. */
  private static List<Function<Analysis, Optional<String>>> allCharts() {
    return List.of(Charts::timeline, Charts::states, Charts::portRange, Charts::capture);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyChartOfASampleIsASelfContainedScalableSvg(String name) {
    Analysis analysis = sample(name);
    for (Function<Analysis, Optional<String>> chart : allCharts()) {
      Optional<String> svg = chart.apply(analysis);
      svg.ifPresent(ChartsTest::assertSelfContained);
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyChartOfASampleIsTheSameOnEveryCall(String name) {
    for (Function<Analysis, Optional<String>> chart : allCharts()) {
      assertThat(chart.apply(sample(name))).isEqualTo(chart.apply(sample(name)));
    }
  }

  @Test
  void aSampleWithSnapshotsHasAllThreeCharts() {
    Analysis analysis = sample("closewait-leak-app02");
    String timeline = Charts.timeline(analysis).orElseThrow();
    assertThat(timeline)
        .contains("id='portex-timeline'")
        .contains("viewBox='0 0 900 320'")
        .contains("time (Europe/Berlin)")
        .contains("sockets / ports")
        .contains(fill("CLOSE_WAIT"))
        .contains(fill(StateColors.IN_USE))
        .contains("capacity 16,384");
    assertThat(Charts.states(analysis).orElseThrow())
        .contains("viewBox='0 0 900 260'")
        .contains(">CLOSE_WAIT<")
        .contains(fill("CLOSE_WAIT"))
        .contains(fill("LISTENING"));
    assertThat(Charts.portRange(analysis).orElseThrow())
        .contains("viewBox='0 0 900 260'")
        .contains("local port (dynamic range 49152-65535)")
        .contains(fill(StateColors.IN_USE));
  }

  @Test
  void aCaptureDrawsAttemptsAndFailuresPerDestination() {
    String svg = Charts.capture(sample("capture-app03-sql-churn")).orElseThrow();
    assertThat(svg)
        .contains("id='portex-capture'")
        .contains("viewBox='0 0 900 280'")
        .contains("connections per second")
        .contains("10.2.0.40:1433 attempts/s")
        .contains("10.2.0.42:8080 failed/s")
        .doesNotContain("10.2.0.40:1433 failed/s");
    assertThat(Charts.capture(sample("closewait-leak-app02"))).isEmpty();
  }

  @Test
  void excludedRangesAreShadedAndLabelled() {
    String svg = Charts.portRange(sample("mixed-ticket-web01")).orElseThrow();
    assertThat(svg)
        .contains("excluded 50000-50159")
        .contains("excluded 56000-56099")
        .contains("excluded: 260 ports in 2 ranges")
        .contains(fill(StateColors.EXCLUDED));
  }

  @Test
  void anEventsOnlyTicketHasNoChart() {
    Analysis analysis = sample("events-only-sql01");
    assertThat(analysis.snapshots()).isEmpty();
    assertThat(Charts.timeline(analysis)).isEmpty();
    assertThat(Charts.states(analysis)).isEmpty();
    assertThat(Charts.portRange(analysis)).isEmpty();
  }

  @Test
  void anEmptyAnalysisHasNoChart() {
    Analysis analysis = SyntheticAnalysis.builder().build();
    assertThat(Charts.timeline(analysis)).isEmpty();
    assertThat(Charts.states(analysis)).isEmpty();
    assertThat(Charts.portRange(analysis)).isEmpty();
  }

  @Test
  void untimedSnapshotsHaveNoTimelineButStatesAndPorts() {
    Analysis analysis =
        SyntheticAnalysis.builder()
            .snapshot(SyntheticAnalysis.snapshot(null, Map.of(TcpState.TIME_WAIT, 50)))
            .build();
    assertThat(Charts.timeline(analysis)).isEmpty();
    assertThat(Charts.states(analysis)).get().asString().contains(fill("TIME_WAIT"));
    assertThat(Charts.portRange(analysis)).isPresent();
  }

  @Test
  void withoutTimedSnapshotsTheTimeWaitSeriesAreDrawn() {
    Analysis analysis =
        SyntheticAnalysis.builder()
            .timeWaitSeries("TimeWaitTrend_2026-03-11.csv", 1440)
            .timeWaitSeries("TimeWaitMonitor_2026-03-11.log", 30)
            .build();
    String svg = Charts.timeline(analysis).orElseThrow();
    assertSelfContained(svg);
    assertThat(svg)
        .contains("TIME_WAIT (1: TimeWaitTrend_2026-03-11.csv)")
        .contains("TIME_WAIT (2: TimeWaitMonitor_2026-03-11.log)")
        .contains(stroke("TIME_WAIT"))
        .doesNotContain(">ephemeral ports in use<");
  }

  @Test
  void aThousandSnapshotTimelineStaysSmall() {
    Analysis analysis = SyntheticAnalysis.builder().loop(1000).events(4231, 150).build();
    String svg = Charts.timeline(analysis).orElseThrow();
    assertSelfContained(svg);
    assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(400 * 1024);
    assertThat(svg).contains(stroke("TIME_WAIT"), stroke("CLOSE_WAIT"), stroke("other"));
    assertThat(Charts.timeline(analysis)).contains(svg);
  }

  @Test
  void eventsAreMarkedEachOrAsAnInterval() {
    Analysis few = SyntheticAnalysis.builder().loop(30).events(4227, 3).build();
    assertThat(Charts.timeline(few).orElseThrow())
        .contains("Tcpip events 4227: 3")
        .doesNotContain(">4227 (");
    Analysis many = SyntheticAnalysis.builder().loop(30).events(4231, 5000).build();
    assertThat(Charts.timeline(many).orElseThrow())
        .contains("Tcpip events 4231: 5,000")
        .contains(">4231 (5,000)<");
  }

  @Test
  void theMachineLocaleAndZoneDoNotShowInTheCharts() {
    Analysis analysis =
        SyntheticAnalysis.builder()
            .loop(120)
            .events(4231, 400)
            .excluded(50000, 50099)
            .zone(ZoneId.of("Asia/Tokyo"))
            .build();
    List<Optional<String>> expected = charts().stream().map(c -> c.apply(analysis)).toList();
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      List<Optional<String>> actual = charts().stream().map(c -> c.apply(analysis)).toList();
      assertThat(actual).isEqualTo(expected);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    // 16,384 less the 100 excluded ports, with US separators whatever the machine's locale
    assertThat(expected.get(0).orElseThrow()).contains("time (Asia/Tokyo)").contains("16,284");
  }

  @Test
  void theUtcZoneIsNamedUtc() {
    Analysis analysis = SyntheticAnalysis.builder().loop(5).zone(ZoneId.of("Z")).build();
    assertThat(Charts.timeline(analysis).orElseThrow()).contains("time (UTC)");
  }

  @Test
  void aSingleSnapshotIsDrawnAsDots() {
    Analysis analysis = SyntheticAnalysis.builder().loop(1).build();
    String svg = Charts.timeline(analysis).orElseThrow();
    assertSelfContained(svg);
    assertThat(svg).contains("<g style='" + fill("TIME_WAIT") + ";stroke:none'");
  }

  @Test
  void seriesValuesThatAreNotNumbersArePassedOver() {
    Series gappy =
        new Series(
            "TIME_WAIT",
            "connections",
            null,
            List.of(
                new SeriesPoint(SyntheticAnalysis.START, 10),
                new SeriesPoint(SyntheticAnalysis.START.plusSeconds(60), Double.NaN),
                new SeriesPoint(SyntheticAnalysis.START.plusSeconds(120), 30)),
            SyntheticAnalysis.SOURCE);
    Series empty =
        new Series(
            "TIME_WAIT",
            "connections",
            null,
            List.of(new SeriesPoint(SyntheticAnalysis.START, Double.NaN)),
            SyntheticAnalysis.SOURCE);
    assertThat(Charts.timeline(SyntheticAnalysis.builder().series(gappy).build()))
        .get()
        .asString()
        .contains(stroke("TIME_WAIT"));
    assertThat(Charts.timeline(SyntheticAnalysis.builder().series(empty).build())).isEmpty();
  }

  @Test
  void chartsDrawnOnManyThreadsAtOnceAreTheSame() throws Exception {
    Analysis analysis = sample("mixed-ticket-web01");
    Callable<String> all =
        () ->
            charts().stream()
                .map(c -> c.apply(analysis).orElseThrow())
                .collect(Collectors.joining());
    String expected = all.call();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = pool.invokeAll(Collections.nCopies(16, all));
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertSelfContained(String svg) {
    assertThat(svg).startsWith("<svg ").endsWith("</svg>").contains("viewBox=");
    Matcher urls = URL.matcher(svg);
    while (urls.find()) {
      assertThat(urls.group()).isIn(NAMESPACES);
    }
    assertThat(svg)
        .doesNotContain("<image")
        .doesNotContain("@import")
        .doesNotContain("@font-face")
        .doesNotContain("href=")
        .doesNotContain("jfreesvg")
        .doesNotContain("Gradient");
    Matcher families = Pattern.compile("font-family: ?([^;'\"]*)").matcher(svg);
    while (families.find()) {
      assertThat(families.group(1).trim()).isEqualTo("sans-serif");
    }
    Matcher ids = Pattern.compile(" id='([^']*)'").matcher(svg);
    while (ids.find()) {
      assertThat(ids.group(1)).startsWith("portex-");
    }
  }

  /** How JFreeSVG writes a fill in a color of the palette. */
  static String fill(String key) {
    return "fill:" + rgb(key);
  }

  static String stroke(String key) {
    return "stroke:" + rgb(key);
  }

  private static String rgb(String key) {
    java.awt.Color c = StateColors.color(key);
    return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
  }
}
