package io.portex.core.format.monitor;

import io.portex.core.model.SourceRange;
import io.portex.core.model.fact.TopTalkers;
import io.portex.core.time.LocalStamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A top-N block being read: its title, the stamp of the count line it belongs to, the entries. */
final class TopBlock {

  private final TopTitle title;
  private final long titleLine;
  private final LocalStamp stamp;
  private final List<TopTalkers.Entry> entries = new ArrayList<>();
  private long lastLine;
  private boolean countFirst;

  /**
   * @param stamp the stamp of the count line before it, or null
   */
  TopBlock(TopTitle title, long titleLine, LocalStamp stamp) {
    this.title = title;
    this.titleLine = titleLine;
    this.stamp = stamp;
    this.lastLine = titleLine;
  }

  TopTitle title() {
    return title;
  }

  LocalStamp stamp() {
    return stamp;
  }

  long titleLine() {
    return titleLine;
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** True under a {@code Count Name} table header, as {@code Group-Object} prints it. */
  boolean countFirst() {
    return countFirst;
  }

  /**
   * Takes a line of a PowerShell table header ({@code Count Name}, {@code ----- ----}) in front of
   * the entries; false when the line is no such header.
   */
  boolean acceptTableHeader(String line) {
    if (!entries.isEmpty()) {
      return false;
    }
    String text = line.strip().toLowerCase(Locale.ROOT);
    if (text.startsWith("count") && text.contains("name")) {
      countFirst = true;
      return true;
    }
    return false;
  }

  void add(TopTalkers.Entry entry, long line) {
    entries.add(entry);
    lastLine = line;
  }

  /** Marks a line as part of the block without an entry (one that could not be read). */
  void touch(long line) {
    lastLine = line;
  }

  /**
   * The ranking, largest first.
   *
   * @param time the time of the count line before it as the file's dates are read, or null
   */
  TopTalkers toFact(String file, Instant time) {
    List<TopTalkers.Entry> ranked = new ArrayList<>(entries);
    ranked.sort(Comparator.comparingLong(TopTalkers.Entry::count).reversed());
    return new TopTalkers(time, title.kind(), ranked, new SourceRange(file, titleLine, lastLine));
  }
}
