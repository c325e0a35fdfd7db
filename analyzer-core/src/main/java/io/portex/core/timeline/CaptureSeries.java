package io.portex.core.timeline;

import io.portex.core.model.Series;
import io.portex.core.model.SeriesPoint;
import io.portex.core.model.fact.Fact;
import io.portex.core.model.fact.PacketCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The measured side of a host's churn: each packet capture's connection attempts and failed
 * attempts per second, from its rate buckets, as series of the host's timeline (their source is the
 * capture, so two captures give two pairs of series).
 */
public final class CaptureSeries {

  /** Connection attempts (first SYNs) the host sent per second. */
  public static final String ATTEMPTS = "capture: connection attempts";

  /** Connection attempts per second refused (RST answering the SYN) or never answered. */
  public static final String FAILED = "capture: failed connection attempts";

  /** The unit of both. */
  public static final String PER_SECOND = "connections/s";

  private CaptureSeries() {}

  /** The series of every capture among {@code facts}, in input order; none without buckets. */
  static List<Series> of(String host, List<Fact> facts) {
    List<Series> series = new ArrayList<>();
    for (PacketCapture capture : Fact.ofKind(facts, PacketCapture.class)) {
      double seconds = capture.bucket().toNanos() / 1e9;
      if (capture.openRate().isEmpty() || seconds <= 0) {
        continue;
      }
      series.add(perSecond(ATTEMPTS, host, capture, seconds, PacketCapture.RatePoint::attempts));
      series.add(perSecond(FAILED, host, capture, seconds, PacketCapture.RatePoint::failed));
    }
    return series;
  }

  private static Series perSecond(
      String name,
      String host,
      PacketCapture capture,
      double seconds,
      ToLongFunction<PacketCapture.RatePoint> count) {
    List<SeriesPoint> points = new ArrayList<>(capture.openRate().size());
    for (PacketCapture.RatePoint point : capture.openRate()) {
      points.add(new SeriesPoint(point.start(), count.applyAsLong(point) / seconds));
    }
    return new Series(name, PER_SECOND, host, points, capture.source());
  }
}
