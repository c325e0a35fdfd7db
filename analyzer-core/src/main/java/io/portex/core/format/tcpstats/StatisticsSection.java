package io.portex.core.format.tcpstats;

import io.portex.core.model.IpFamily;
import java.util.ArrayList;
import java.util.List;

/**
 * The counters of one TCP statistics section as they are read. A {@code netstat -s} section whose
 * labels are all unknown (a language portex has not met) can still be read by position: Windows
 * prints the counters in one fixed order.
 */
final class StatisticsSection {

  /** Which output the section comes from. */
  enum Style {
    /** {@code netstat -s}: {@code label = value}. */
    NETSTAT,
    /** {@code netsh int ipv4 show tcpstats}: {@code label: value}. */
    NETSH
  }

  private static final TcpCounter[] ORDER = TcpCounter.values();

  private final Style style;
  private final IpFamily family;
  private final long titleLine;
  private final long[] values = new long[ORDER.length];
  private final boolean[] found = new boolean[ORDER.length];
  private final List<Long> numbersInOrder = new ArrayList<>();
  private int known;
  private int counterLines;
  private long lastLine;

  StatisticsSection(Style style, IpFamily family, long titleLine) {
    this.style = style;
    this.family = family;
    this.titleLine = titleLine;
    this.lastLine = titleLine;
  }

  Style style() {
    return style;
  }

  IpFamily family() {
    return family;
  }

  long titleLine() {
    return titleLine;
  }

  long lastLine() {
    return lastLine;
  }

  char separator() {
    return style == Style.NETSTAT ? '=' : ':';
  }

  boolean hasCounters() {
    return counterLines > 0;
  }

  /** Notes a line that belongs to the section without being a counter (dashes). */
  void extend(long number) {
    lastLine = number;
  }

  /**
   * Records a counter line.
   *
   * @return the counter it set again (a duplicate), or null
   */
  TcpCounter add(TcpCounter counter, long value, long number) {
    counterLines++;
    lastLine = number;
    if (value >= 0 && numbersInOrder.size() < ORDER.length) {
      numbersInOrder.add(value);
    }
    if (counter == null || value < 0) {
      return null;
    }
    if (found[counter.ordinal()]) {
      return counter;
    }
    found[counter.ordinal()] = true;
    values[counter.ordinal()] = value;
    known++;
    return null;
  }

  /** Marks a line with a known label whose value could not be read. */
  void addUnreadable(long number) {
    counterLines++;
    lastLine = number;
  }

  boolean complete() {
    return known == ORDER.length;
  }

  /** True when no label was known but the first five values can be taken by position. */
  boolean readableByPosition() {
    return style == Style.NETSTAT && known == 0 && numbersInOrder.size() == ORDER.length;
  }

  /** The value of a counter: by label when complete, else by position. */
  long value(TcpCounter counter) {
    return complete() ? values[counter.ordinal()] : numbersInOrder.get(counter.ordinal());
  }

  /** The counters not found, by their English labels. */
  List<String> missing() {
    List<String> missing = new ArrayList<>();
    for (TcpCounter counter : ORDER) {
      if (!found[counter.ordinal()]) {
        missing.add(counter.label());
      }
    }
    return missing;
  }
}
