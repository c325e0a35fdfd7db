package io.portex.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.Analysis;
import io.portex.core.model.EphemeralCapacity;
import io.portex.core.model.PortEvents;
import java.awt.BasicStroke;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the charts compute before drawing: thinning, event marks, the time window, buckets. */
class ChartDataTest {

  private static final long MINUTE = Duration.ofMinutes(1).toMillis();

  @Test
  void fewPointsAreAllKept() {
    assertThat(PeakThinning.keep(new double[] {3, 1, 2}, 600)).containsExactly(0, 1, 2);
    assertThat(PeakThinning.keep(new double[0], 600)).isEmpty();
  }

  @Test
  void thinningKeepsTheHighestPointOfEachRunInOrder() {
    double[] values = IntStream.range(0, 1000).mapToDouble(i -> i % 97).toArray();
    values[777] = 5000;
    int[] kept = PeakThinning.keep(values, 600);
    assertThat(kept.length).isLessThanOrEqualTo(600);
    assertThat(kept).isSorted().contains(777);
    assertThat(Arrays.stream(kept).mapToDouble(i -> values[i]).max().orElseThrow()).isEqualTo(5000);
    assertThat(PeakThinning.keep(new double[] {1, 5, 5, 2, 0, 9}, 2)).containsExactly(1, 5);
  }

  @Test
  void aPlotLineIsThinnedWithItsTimes() {
    long[] times = IntStream.range(0, 1500).mapToLong(i -> i * MINUTE).toArray();
    double[] values = IntStream.range(0, 1500).mapToDouble(i -> i == 1234 ? 99 : 1).toArray();
    PlotLine line =
        PlotLine.thinned(
            StateColors.color("TIME_WAIT"), "TIME_WAIT", times, values, new BasicStroke());
    assertThat(line.times())
        .hasSizeLessThanOrEqualTo(PeakThinning.MAX_POINTS)
        .contains(1234 * MINUTE);
    assertThat(line.max()).isEqualTo(99);
  }

  @Test
  void fewEventsAreMarkedOneByOne() {
    Analysis analysis = SyntheticAnalysis.builder().events(4227, 3).events(4231, 2).build();
    List<EventMarks.Mark> marks = EventMarks.plan(analysis.events(), EventMarks.BUDGET);
    assertThat(marks).hasSize(5).allMatch(EventMarks.Mark::single);
    assertThat(marks.get(1).from() - marks.get(0).from()).isEqualTo(MINUTE);
  }

  @Test
  void eventsBeyondTheKeptRecordsOrTheBudgetBecomeIntervals() {
    Analysis analysis =
        SyntheticAnalysis.builder().events(4227, 150).events(4231, 60).events(4266, 5000).build();
    List<EventMarks.Mark> marks = EventMarks.plan(analysis.events(), EventMarks.BUDGET);
    assertThat(marks.stream().filter(m -> m.eventId() == 4227)).hasSize(150);
    assertThat(marks.stream().filter(m -> m.eventId() == 4231))
        .singleElement()
        .satisfies(m -> assertThat(m.count()).isEqualTo(60))
        .satisfies(m -> assertThat(m.to() - m.from()).isEqualTo(59 * MINUTE));
    assertThat(marks.stream().filter(m -> m.eventId() == 4266))
        .singleElement()
        .satisfies(m -> assertThat(m.single()).isFalse());
    assertThat(EventMarks.plan(List.of(new PortEvents(4227, 0, null, null, List.of())), 200))
        .isEmpty();
  }

  @Test
  void theWindowTakesInNearEventsOnly() {
    PlotLine hour = line(0, 60);
    EventMarks.Mark before = new EventMarks.Mark(4231, -30 * MINUTE, -30 * MINUTE, 1);
    EventMarks.Mark weekAway =
        new EventMarks.Mark(4227, 7 * 24 * 60 * MINUTE, 7 * 24 * 60 * MINUTE, 1);
    TimeWindow near = TimeWindow.of(List.of(hour), List.of(before));
    assertThat(near.from()).isLessThan(-30 * MINUTE);
    assertThat(near.eventsOutside()).isFalse();
    TimeWindow far = TimeWindow.of(List.of(hour), List.of(before, weekAway));
    assertThat(far.to()).isLessThan(2 * 60 * MINUTE);
    assertThat(far.eventsOutside()).isTrue();
  }

  @Test
  void oneInstantIsShownWithHalfAnHourEachSide() {
    TimeWindow window = TimeWindow.of(List.of(line(10, 10)), List.of());
    assertThat(window.from()).isEqualTo(10 * MINUTE - 30 * MINUTE);
    assertThat(window.to()).isEqualTo(10 * MINUTE + 30 * MINUTE);
  }

  @Test
  void excludedRangesAreClippedToTheDynamicRangeAndMerged() {
    Analysis analysis =
        SyntheticAnalysis.builder()
            .excluded(50060, 50159)
            .excluded(50000, 50059)
            .excluded(56000, 56099)
            .excluded(56050, 56060)
            .excluded(1000, 2000)
            .excluded(49000, 49200)
            .build();
    assertThat(PortRangeChart.excluded(SyntheticAnalysis.charted(analysis)))
        .containsExactly(
            new int[] {49152, 49200}, new int[] {50000, 50159}, new int[] {56000, 56099});
  }

  @Test
  void theRangeIsCutIntoAboutSixtyFourBuckets() {
    assertThat(PortRangeChart.bucketSize(EphemeralCapacity.DEFAULT)).isEqualTo(256);
    assertThat(PortRangeChart.bucketSize(new EphemeralCapacity(1025, 3976, 0, "legacy")))
        .isEqualTo(63);
    assertThat(PortRangeChart.bucketSize(new EphemeralCapacity(60000, 255, 0, "tiny")))
        .isEqualTo(4);
  }

  @Test
  void numbersAreRoundedWithoutTrailingZerosInAnyLocale() {
    assertThat(SvgNumbers.geometry(12.0)).isEqualTo("12");
    assertThat(SvgNumbers.geometry(312.138671875)).isEqualTo("312.14");
    assertThat(SvgNumbers.geometry(-0.001)).isEqualTo("0");
    assertThat(SvgNumbers.geometry(1.0E7)).isEqualTo("10000000");
    assertThat(SvgNumbers.geometry(Double.NaN)).isEqualTo("0");
    assertThat(SvgNumbers.transform(6.123233995736766E-17)).isEqualTo("0");
    assertThat(SvgNumbers.transform(0.7071067811865476)).isEqualTo("0.707107");
    assertThat(SvgNumbers.geometry(-2.5)).isEqualTo("-2.5");
    assertThat(SvgNumbers.geometry(0.125)).isEqualTo("0.13");
    assertThat(SvgNumbers.geometry(-0.125)).isEqualTo("-0.13");
    assertThat(SvgNumbers.geometry(0.05)).isEqualTo("0.05");
    assertThat(SvgNumbers.geometry(99.999)).isEqualTo("100");
    assertThat(SvgNumbers.geometry(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(SvgNumbers.transform(-0.000001)).isEqualTo("-0.000001");
    assertThat(SvgNumbers.geometry(Double.NEGATIVE_INFINITY)).isEqualTo("0");
    assertThat(SvgNumbers.geometry(1.0E20)).isEqualTo("100000000000000000000");
    assertThat(SvgNumbers.geometry(-1.0E20)).isEqualTo("-100000000000000000000");
    // halves as the value reads in decimal, whatever the binary error of scaling
    assertThat(SvgNumbers.geometry(1.005)).isEqualTo("1.01");
    assertThat(SvgNumbers.geometry(0.285)).isEqualTo("0.29");
    assertThat(SvgNumbers.geometry(-588.425)).isEqualTo("-588.43");
  }

  @Test
  void fastRoundingAgreesWithDecimalRounding() {
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 200_000; i++) {
      double value =
          i % 2 == 0
              ? (random.nextInt(4_000_000) - 2_000_000) / 1000.0
              : random.nextGaussian() * 1e4;
      int decimals = i % 3 == 0 ? SvgNumbers.TRANSFORM_DECIMALS : SvgNumbers.GEOMETRY_DECIMALS;
      java.math.BigDecimal decimal =
          java.math.BigDecimal.valueOf(value)
              .setScale(decimals, java.math.RoundingMode.HALF_UP)
              .stripTrailingZeros();
      String expected = decimal.signum() == 0 ? "0" : decimal.toPlainString();
      assertThat(SvgNumbers.rounded(value, decimals))
          .as("%s to %d", value, decimals)
          .isEqualTo(expected);
    }
  }

  @Test
  void theRootElementLosesTheJFreeSvgNamespaceAndGainsALabel() {
    String svg =
        "<svg id='x' xmlns='http://www.w3.org/2000/svg' "
            + "xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg' viewBox='0 0 1 1'><g/></svg>";
    assertThat(SvgRenderer.tidy(svg, "TIME_WAIT & <more>"))
        .isEqualTo(
            "<svg role='img' aria-label='TIME_WAIT &amp; &lt;more&gt;' id='x'"
                + " xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'><g/></svg>");
  }

  private static PlotLine line(int fromMinute, int toMinute) {
    long[] times = IntStream.rangeClosed(fromMinute, toMinute).mapToLong(i -> i * MINUTE).toArray();
    return new PlotLine(
        StateColors.color("TIME_WAIT"),
        "TIME_WAIT",
        times,
        new double[times.length],
        new BasicStroke());
  }
}
