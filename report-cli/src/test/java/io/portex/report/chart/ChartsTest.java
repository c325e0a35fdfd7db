package io.portex.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.HostAnalysis;
import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.model.Snapshot;
import io.portex.core.model.TcpState;
import io.portex.core.prose.ProcessName;
import io.portex.core.timeline.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
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

  /** Every chart of every host, host by host. */
  private static List<Chart> all(Analysis analysis) {
    List<Chart> charts = new ArrayList<>();
    for (HostAnalysis host : analysis.hosts()) {
      charts.addAll(Charts.of(analysis, host));
    }
    return charts;
  }

  private static List<String> ids(Analysis analysis, HostAnalysis host) {
    return Charts.of(analysis, host).stream().map(Chart::id).toList();
  }

  private static Optional<Chart> chart(Analysis analysis, String id) {
    return Charts.of(analysis, analysis.worst()).stream()
        .filter(c -> c.id().equals(id))
        .findFirst();
  }

  private static String svg(Analysis analysis, String id) {
    return chart(analysis, id).orElseThrow(() -> new AssertionError("no chart " + id)).svg();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyChartOfASampleIsASelfContainedPhoneSizedSvg(String name) {
    Analysis analysis = sample(name);
    Set<String> elementIds = new HashSet<>();
    for (Chart chart : all(analysis)) {
      assertSelfContained(chart.svg());
      assertThat(chart.title()).isNotBlank();
      assertThat(chart.caption()).isNotBlank();
      Matcher ids = Pattern.compile(" id='([^']*)'").matcher(chart.svg());
      while (ids.find()) {
        assertThat(elementIds.add(ids.group(1))).as("unique id %s", ids.group(1)).isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyChartOfASampleIsTheSameOnEveryRun(String name) {
    assertThat(all(sample(name))).isEqualTo(all(sample(name)));
  }

  /** Which charts each sample's worst host gets, in order (the table says why). */
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/charts-per-sample.csv", numLinesToSkip = 1, delimiter = ';')
  void eachSampleGetsTheChartsItsVerdictNeedsFirst(String name, String expected) {
    Analysis analysis = sample(name);
    assertThat(String.join(" ", ids(analysis, analysis.worst()))).isEqualTo(expected.trim());
  }

  @Test
  void smallGrowthUnderALargeCapacityIsZoomedAndTheCapacityStated() {
    Analysis analysis = sample("closewait-leak-app02");
    Chart timeline = chart(analysis, "timeline").orElseThrow();
    assertThat(timeline.svg())
        .contains("Zoomed in: capacity 16,384 is far above")
        .contains(">peak 2,450<")
        .contains("<title>CLOSE_WAIT: 700 at 2026-03-11 14:00:07</title>")
        .contains("<title>CLOSE_WAIT: 1,900 at 2026-03-11 15:30:07</title>")
        .doesNotContain(">capacity 16,384<");
    assertThat(timeline.caption()).contains("capacity of 16,384 ports, which lies above the view");
    // the highest tick stays near the highest line, not at the capacity
    assertThat(timeline.svg()).doesNotContain(">16,000<").contains(">2,500<");

    Chart full = chart(sample("mixed-ticket-web01"), "timeline").orElseThrow();
    assertThat(full.svg()).contains(">capacity 16,124<").doesNotContain("Zoomed in");
  }

  @ParameterizedTest
  @MethodSource("projected")
  void theProjectionIsDrawnToTheCapacityLineAtTheProjectedTime(String name) {
    Analysis analysis = sample(name);
    Timeline timeline = analysis.timeline();
    String svg = svg(analysis, "projection");
    String capacity = ChartStyle.count(timeline.capacity().effective());
    String at = ChartStyle.second(timeline.projectedExhaustion().toEpochMilli(), analysis.zone());
    Matcher end =
        Pattern.compile(
                "<rect x='[^']*' y='([^']*)' width='[^']*' height='([^']*)'><title>projected[^<]*: "
                    + Pattern.quote(capacity + " at " + at)
                    + "</title>")
            .matcher(svg);
    assertThat(end.find()).as("the projection's end point").isTrue();
    double endY = Double.parseDouble(end.group(1)) + Double.parseDouble(end.group(2)) / 2;
    Matcher line =
        Pattern.compile(
                "<line x1='[^']*' y1='([^']*)' x2='[^']*' y2='\\1'"
                    + " style='stroke-width:1.5;stroke:rgb\\(0,0,0\\)")
            .matcher(svg);
    assertThat(line.find()).as("the capacity line").isTrue();
    assertThat(Double.parseDouble(line.group(1)))
        .isCloseTo(endY, org.assertj.core.data.Offset.offset(0.02));
    assertThat(chart(analysis, "projection").orElseThrow().caption())
        .contains("reach the capacity of " + capacity)
        .contains(ChartStyle.minute(timeline.projectedExhaustion(), analysis.zone()));
  }

  static Stream<String> projected() {
    return Stream.of("closewait-leak-app02", "mixed-ticket-web01", "de-netstat-loop-timewait");
  }

  @Test
  void noProjectionWhenUsageIsFlatOrFullOnlyInMoreThanAWeek() {
    Analysis flat = hourly(100, 100, 100);
    assertThat(flat.timeline().projectedExhaustion()).isNull();
    assertThat(ids(flat, flat.worst())).contains("timeline").doesNotContain("projection");
    Analysis slow = hourly(100, 101, 102);
    assertThat(slow.timeline().projectedExhaustion()).isNotNull();
    assertThat(ids(slow, slow.worst())).contains("timeline").doesNotContain("projection");
    Analysis fast = hourly(1000, 3000, 5000);
    assertThat(ids(fast, fast.worst())).contains("timeline", "projection");
  }

  /** Snapshots an hour apart with the given TIME_WAIT sockets. */
  private static Analysis hourly(int... timeWait) {
    SyntheticAnalysis builder = SyntheticAnalysis.builder();
    for (int i = 0; i < timeWait.length; i++) {
      builder.snapshot(
          SyntheticAnalysis.snapshot(
              SyntheticAnalysis.START.plus(Duration.ofHours(i)),
              Map.of(TcpState.TIME_WAIT, timeWait[i])));
    }
    return builder.build();
  }

  @Test
  void eachStateGetsItsOwnPanelAndScale() {
    Analysis analysis = sample("mixed-ticket-web01");
    Chart panels = chart(analysis, "states-time").orElseThrow();
    // CLOSE_WAIT's handful of sockets get an axis of their own beside TIME_WAIT's thousands
    assertThat(panels.svg())
        .contains(">TIME_WAIT<")
        .contains(">CLOSE_WAIT<")
        .contains(">ephemeral ports in use<")
        .contains("<title>CLOSE_WAIT: 10 at ")
        .contains(">10<")
        .contains(">5,000<");
    Analysis two = SyntheticAnalysis.builder().loop(2).build();
    assertThat(ids(two, two.worst())).contains("timeline").doesNotContain("states-time");
  }

  @Test
  void theStatesAtThePeakCarryTheirShareInATooltip() {
    Chart states = chart(sample("closewait-leak-app02"), "states").orElseThrow();
    assertThat(states.svg())
        .contains("<title>CLOSE_WAIT: 1,900 of 2,453 TCP sockets (77 %)</title>")
        .contains(fill("CLOSE_WAIT"))
        .contains(fill("LISTENING"));
    assertThat(states.caption()).contains("All 2,453 TCP sockets");
  }

  @Test
  void boundSocketsShowInTheirOwnColorForTheProcessThatHoldsThem() {
    Analysis analysis = sample("bound-ports-anoq-app03");
    Chart processes = chart(analysis, "processes").orElseThrow();
    assertThat(processes.svg())
        .contains(fill("BOUND"))
        .contains(">BOUND<")
        .containsPattern("<title>BackupAgent.exe \\(PID 3120\\): [0-9,]+ BOUND of ");
    assertThat(chart(analysis, "gauge").orElseThrow().caption()).contains("held by BOUND ");
    Analysis growing =
        SyntheticAnalysis.builder()
            .snapshot(
                SyntheticAnalysis.snapshot(SyntheticAnalysis.START, Map.of(TcpState.BOUND, 100)))
            .snapshot(
                SyntheticAnalysis.snapshot(
                    SyntheticAnalysis.START.plus(Duration.ofHours(1)), Map.of(TcpState.BOUND, 300)))
            .build();
    assertThat(svg(growing, "timeline")).contains(">BOUND<").contains(stroke("BOUND"));
  }

  @Test
  void aSinglePointInTimeGetsAGaugeInsteadOfATimeline() {
    Analysis analysis = sample("healthy-web03");
    assertThat(ids(analysis, analysis.worst())).startsWith("gauge").doesNotContain("timeline");
    Chart gauge = chart(analysis, "gauge").orElseThrow();
    assertThat(gauge.svg())
        .contains("<title>in use: 1,100 of 16,384 (7 %)</title>")
        .contains("<title>free: 15,284 of 16,384 (93 %)</title>")
        .contains(fill(StateColors.IN_USE))
        .contains(fill(StateColors.FREE));
    assertThat(gauge.caption()).contains("1,100 of the 16,384 ephemeral ports");
  }

  @Test
  void untimedSnapshotsGetAGaugeStatesAndPorts() {
    Analysis analysis =
        SyntheticAnalysis.builder()
            .snapshot(SyntheticAnalysis.snapshot(null, Map.of(TcpState.TIME_WAIT, 50)))
            .build();
    assertThat(ids(analysis, analysis.worst()))
        .containsExactly("gauge", "states", "destinations", "processes", "portrange");
    assertThat(svg(analysis, "states")).contains(fill("TIME_WAIT"));
  }

  @Test
  void aPeakWithoutATimeIsSaidUnderTheTimelineNotDrawnOnIt() {
    // found by TicketFuzzTest: the peak label's time was read from an untimed snapshot
    Analysis analysis =
        SyntheticAnalysis.builder()
            .snapshot(
                SyntheticAnalysis.snapshot(SyntheticAnalysis.START, Map.of(TcpState.TIME_WAIT, 40)))
            .snapshot(
                SyntheticAnalysis.snapshot(
                    SyntheticAnalysis.START.plusSeconds(300), Map.of(TcpState.TIME_WAIT, 60)))
            .snapshot(SyntheticAnalysis.snapshot(null, Map.of(TcpState.TIME_WAIT, 900)))
            .build();
    Chart timeline = chart(analysis, "timeline").orElseThrow();
    assertThat(timeline.svg()).doesNotContain(">peak ");
    assertThat(timeline.caption())
        .contains(
            "The snapshot with most ports in use (900) has no time, so it is not on this chart.");
  }

  @Test
  void anEventsOnlyTicketGetsItsEventsOverTimeAndAnEmptyAnalysisNoChart() {
    Analysis events = sample("events-only-sql01");
    assertThat(events.snapshots()).isEmpty();
    Chart chart = chart(events, "events").orElseThrow();
    assertThat(chart.svg()).contains(">4231<").contains(">4227<").contains("<title>event 4231 at ");
    assertThat(chart.caption())
        .contains("4227: " + events.events(4227).count())
        .contains("4231: " + events.events(4231).count());
    assertThat(all(SyntheticAnalysis.builder().build())).isEmpty();
  }

  @Test
  void manyEventsWithoutATimelineAreABarFromFirstToLast() {
    Analysis analysis = SyntheticAnalysis.builder().events(4231, 5000).build();
    assertThat(svg(analysis, "events"))
        .contains("<title>4231: 5,000 events from 2026-03-11 09:00:00 to ");
    Analysis withTimeline = SyntheticAnalysis.builder().loop(3).events(4231, 5000).build();
    assertThat(ids(withTimeline, withTimeline.worst())).doesNotContain("events");
  }

  @Test
  void topProcessesNamePidZeroAsTheSystemAndFollowTheTopOverTime() {
    Analysis analysis = sample("mixed-ticket-web01");
    Chart processes = chart(analysis, "processes").orElseThrow();
    assertThat(processes.svg()).contains(">no process (PID 0)<").contains(">w3wp.exe (PID 6120)<");
    assertThat(processes.caption()).contains(ProcessName.PID_0_MEANS);
    assertThat(svg(analysis, "processes-time"))
        .contains("<title>no process (PID 0): ")
        .contains(stroke(StateColors.ranked(0)));
    Chart destinations = chart(analysis, "destinations").orElseThrow();
    assertThat(destinations.svg())
        .contains(">10.20.9.40:1433<")
        .contains("<title>10.20.9.40:1433: ");
    assertThat(svg(analysis, "destinations-time")).contains(">10.20.9.40:1433<");
  }

  @Test
  void nonLatinNamesSurviveEscapedWithAFontListThatHasTheirGlyphs() {
    Snapshot plain =
        SyntheticAnalysis.snapshot(SyntheticAnalysis.START, Map.of(TcpState.CLOSE_WAIT, 40));
    Snapshot named =
        plain.withProcesses(plain.processes().stream().map(p -> p.withName("服务<主>.exe")).toList());
    Analysis analysis = SyntheticAnalysis.builder().snapshot(named).build();
    String svg = svg(analysis, "processes");
    assertThat(svg).contains(">服务&lt;主&gt;.exe (PID 100)<").doesNotContain("服务<主>");
    assertThat(svg).contains("font-family: " + SvgRenderer.FONT_FAMILIES + ";");
    assertThat(SvgRenderer.FONT_FAMILIES)
        .contains("Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei");
  }

  @Test
  void theMonitoringSeriesAreOverlaidAndLabelledBySource() {
    Analysis analysis = sample("mixed-ticket-web01");
    Chart series = chart(analysis, "series").orElseThrow();
    assertThat(series.svg())
        .contains(">TIME_WAIT (TimeWaitMonitor_2026-03-11.log)<")
        .contains(">TIME_WAIT (TimeWaitTrend_2026-03-11.csv)<")
        .contains("(perfmon_WEB01_tcp.csv)<")
        .contains(">TIME_WAIT (snapshots)<")
        .contains("<title>TIME_WAIT (TimeWaitTrend_2026-03-11.csv): ");
  }

  @Test
  void perfmonsRateIsDrawnAgainstTheSustainableRate() {
    Analysis analysis = sample("mixed-ticket-web01");
    Timeline timeline = analysis.timeline();
    Chart rate = chart(analysis, "rate").orElseThrow();
    for (long seconds : timeline.timeWait().candidates()) {
      String sustainable = ChartStyle.rate((double) timeline.capacity().effective() / seconds);
      assertThat(rate.svg())
          .contains(">sustainable " + sustainable + "/s (TIME_WAIT " + seconds + " s)<");
      assertThat(rate.caption())
          .contains(sustainable + " per second with TIME_WAIT " + seconds + " s");
    }
    assertThat(rate.svg()).contains("Connections Active").contains("<title>");
    assertThat(ids(sample("closewait-leak-app02"), sample("closewait-leak-app02").worst()))
        .doesNotContain("rate");
  }

  @Test
  void thePortRangeHasAFullSliceLineAndExcludedRanges() {
    Chart range = chart(sample("mixed-ticket-web01"), "portrange").orElseThrow();
    assertThat(range.svg())
        .contains(">full: 256<")
        .contains("excluded 50000-50159")
        .contains("excluded 56000-56099")
        .contains("excluded: 260 ports in 2 ranges")
        .contains("<title>ports 49664-49919: 122 in use of 256</title>")
        .contains(fill(StateColors.EXCLUDED));
    assertThat(range.caption()).contains("one slice of 256 ports").contains("excluded");
  }

  @Test
  void aCaptureDrawsAttemptsAndFailuresPerDestination() {
    Chart capture = chart(sample("capture-app03-sql-churn"), "capture").orElseThrow();
    assertThat(capture.svg())
        .contains("connections per second")
        .contains("10.2.0.40:1433 attempts/s")
        .contains("10.2.0.42:8080 failed/s")
        .doesNotContain("10.2.0.40:1433 failed/s")
        .contains("<title>10.2.0.40:1433 attempts/s: ");
    assertThat(chart(sample("closewait-leak-app02"), "capture")).isEmpty();
  }

  @Test
  void eachHostIsDrawnFromItsOwnDataWithItsOwnIds() {
    Analysis analysis = sample("two-hosts-web01-web02");
    assertThat(analysis.hosts()).hasSize(2);
    for (int i = 0; i < 2; i++) {
      HostAnalysis host = analysis.hosts().get(i);
      List<Chart> charts = Charts.of(analysis, host);
      assertThat(charts).isNotEmpty();
      String capacity = ChartStyle.count(host.timeline().capacity().effective());
      for (Chart chart : charts) {
        assertThat(chart.svg()).contains("id='portex-" + (i + 1) + "-" + chart.id() + "'");
      }
      int peak = host.timeline().peak().fromSnapshots().orElseThrow().inUse();
      assertThat(charts.get(0).svg() + charts.get(0).caption())
          .contains(ChartStyle.count(peak))
          .contains(capacity);
    }
    assertThat(Charts.of(analysis, analysis.hosts().get(0)))
        .isNotEqualTo(Charts.of(analysis, analysis.hosts().get(1)));
    HostAnalysis stranger = SyntheticAnalysis.builder().loop(3).build().worst();
    assertThatIllegalArgumentException().isThrownBy(() -> Charts.of(analysis, stranger));
  }

  @Test
  void withoutTimedSnapshotsTheTimeWaitSeriesAreDrawnBySource() {
    Analysis analysis =
        SyntheticAnalysis.builder()
            .timeWaitSeries("TimeWaitTrend_2026-03-11.csv", 1440)
            .timeWaitSeries("TimeWaitMonitor_2026-03-11.log", 30)
            .build();
    assertThat(ids(analysis, analysis.worst())).containsExactly("series");
    String svg = svg(analysis, "series");
    assertSelfContained(svg);
    assertThat(svg)
        .contains(">TIME_WAIT (TimeWaitTrend_2026-03-11.csv)<")
        .contains(">TIME_WAIT (TimeWaitMonitor_2026-03-11.log)<")
        .doesNotContain("(snapshots)");
  }

  @Test
  void aThousandSnapshotTimelineStaysSmall() {
    Analysis analysis = SyntheticAnalysis.builder().loop(1000).events(4231, 150).build();
    String svg = svg(analysis, "timeline");
    assertSelfContained(svg);
    assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(400 * 1024);
    assertThat(svg).contains(stroke("TIME_WAIT"), stroke("CLOSE_WAIT"), stroke("other"));
    // a tooltip on every k-th point and the highest, not on all thousand
    assertThat(count(svg, "<title>TIME_WAIT: "))
        .isBetween(PointTips.PER_LINE / 2, PointTips.PER_LINE + 1);
  }

  @Test
  void eventsAreMarkedEachOrAsAnInterval() {
    Analysis few = SyntheticAnalysis.builder().loop(30).events(4227, 3).build();
    Chart timeline = chart(few, "timeline").orElseThrow();
    assertThat(timeline.svg()).contains("Tcpip events 4227: 3").doesNotContain(">4227 (");
    assertThat(timeline.caption()).contains("Tcpip exhaustion events (4227: 3)");
    Analysis many = SyntheticAnalysis.builder().loop(30).events(4231, 5000).build();
    assertThat(svg(many, "timeline"))
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
    List<Chart> expected = all(analysis);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      assertThat(all(analysis)).isEqualTo(expected);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    // 16,384 less the 100 excluded ports, with US separators whatever the machine's locale
    assertThat(svg(analysis, "timeline")).contains("time (Asia/Tokyo)");
    assertThat(svg(analysis, "gauge".equals(expected.get(0).id()) ? "gauge" : "portrange"))
        .contains("16,284");
  }

  @Test
  void theUtcZoneIsNamedUtc() {
    Analysis analysis = SyntheticAnalysis.builder().loop(5).zone(ZoneId.of("Z")).build();
    assertThat(svg(analysis, "timeline")).contains("time (UTC)");
  }

  @Test
  void fewSnapshotsAreDrawnAsDots() {
    Analysis analysis = SyntheticAnalysis.builder().loop(2).build();
    assertThat(svg(analysis, "timeline"))
        .contains("<g style='" + fill("TIME_WAIT") + ";stroke:none'");
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
    assertThat(svg(SyntheticAnalysis.builder().series(gappy).build(), "series"))
        .contains(stroke(StateColors.ranked(0)));
    assertThat(all(SyntheticAnalysis.builder().series(empty).build())).isEmpty();
  }

  @Test
  void chartsDrawnOnManyThreadsAtOnceAreTheSame() throws Exception {
    Analysis analysis = sample("mixed-ticket-web01");
    Callable<String> drawn =
        () -> all(analysis).stream().map(Chart::svg).collect(Collectors.joining());
    String expected = drawn.call();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = pool.invokeAll(Collections.nCopies(8, drawn));
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static void assertSelfContained(String svg) {
    assertThat(svg).startsWith("<svg ").endsWith("</svg>");
    assertThat(svg).containsPattern("viewBox='0 0 " + ChartStyle.WIDTH + " \\d+'");
    Matcher urls = URL.matcher(svg);
    while (urls.find()) {
      assertThat(urls.group()).isIn(NAMESPACES);
    }
    assertThat(svg)
        .doesNotContain("<image")
        .doesNotContain("<script")
        .doesNotContain("@import")
        .doesNotContain("@font-face")
        .doesNotContain("href=")
        .doesNotContain("jfreesvg")
        .doesNotContain("Gradient");
    Matcher families = Pattern.compile("font-family: ?([^;'\"]*)").matcher(svg);
    while (families.find()) {
      assertThat(families.group(1).trim()).isEqualTo(SvgRenderer.FONT_FAMILIES);
    }
    Matcher sizes = Pattern.compile("font-size: ?([0-9.]+)px").matcher(svg);
    while (sizes.find()) {
      assertThat(Double.parseDouble(sizes.group(1)))
          .as("legible on a phone")
          .isGreaterThanOrEqualTo(13);
    }
    Matcher ids = Pattern.compile(" id='([^']*)'").matcher(svg);
    while (ids.find()) {
      assertThat(ids.group(1)).startsWith("portex-");
    }
  }

  /** How JFreeSVG writes a fill in a color of the palette. */
  static String fill(String key) {
    return "fill:" + rgb(StateColors.color(key));
  }

  static String stroke(String key) {
    return stroke(StateColors.color(key));
  }

  static String stroke(java.awt.Color color) {
    return "stroke:" + rgb(color);
  }

  private static String rgb(java.awt.Color c) {
    return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
  }
}
