package io.portex.core.format.pcap;

import io.portex.core.model.fact.PacketCapture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Connection attempts, handshakes and failures of one client over time, in buckets that start at
 * one second and double in width whenever the capture would need more than {@link #MAX_BUCKETS}:
 * the memory stays fixed however long the capture runs.
 */
final class OpenRateSeries {

  static final int MAX_BUCKETS = 1024;

  static final int ATTEMPTS = 0;
  static final int HANDSHAKES = 1;
  static final int FAILED = 2;

  private long width = 1_000_000_000L;
  private long base;
  private boolean empty = true;
  private long[][] counts = new long[3][16];
  private int used;

  void add(int kind, long timeNanos) {
    long index = Math.floorDiv(timeNanos, width);
    if (empty) {
      base = index;
      empty = false;
    }
    while (Math.max(index, base + used - 1) - Math.min(index, base) >= MAX_BUCKETS) {
      coarsen();
      index = Math.floorDiv(timeNanos, width);
    }
    if (index < base) {
      shift((int) (base - index));
    }
    int slot = (int) (index - base);
    if (slot >= counts[0].length) {
      grow(slot + 1);
    }
    counts[kind][slot]++;
    used = Math.max(used, slot + 1);
  }

  private void coarsen() {
    long newBase = Math.floorDiv(base, 2);
    long[][] merged = new long[3][counts[0].length];
    for (int k = 0; k < 3; k++) {
      for (int i = 0; i < used; i++) {
        merged[k][(int) (Math.floorDiv(base + i, 2) - newBase)] += counts[k][i];
      }
    }
    used = used == 0 ? 0 : (int) (Math.floorDiv(base + used - 1, 2) - newBase) + 1;
    counts = merged;
    base = newBase;
    width *= 2;
  }

  private void shift(int by) {
    grow(used + by);
    for (int k = 0; k < 3; k++) {
      System.arraycopy(counts[k], 0, counts[k], by, used);
      java.util.Arrays.fill(counts[k], 0, by, 0);
    }
    used += by;
    base -= by;
  }

  private void grow(int size) {
    int length = counts[0].length;
    while (length < size) {
      length *= 2;
    }
    if (length != counts[0].length) {
      for (int k = 0; k < 3; k++) {
        counts[k] = java.util.Arrays.copyOf(counts[k], length);
      }
    }
  }

  Duration width() {
    return Duration.ofNanos(width);
  }

  List<PacketCapture.RatePoint> points() {
    List<PacketCapture.RatePoint> points = new ArrayList<>(used);
    for (int i = 0; i < used; i++) {
      long start = (base + i) * width;
      points.add(
          new PacketCapture.RatePoint(
              Instant.ofEpochSecond(
                  Math.floorDiv(start, 1_000_000_000L), Math.floorMod(start, 1_000_000_000L)),
              counts[ATTEMPTS][i],
              counts[HANDSHAKES][i],
              counts[FAILED][i]));
    }
    return points;
  }
}
