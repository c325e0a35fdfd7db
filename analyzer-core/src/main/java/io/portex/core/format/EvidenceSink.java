package io.portex.core.format;

import io.portex.core.model.EventRecord;
import io.portex.core.model.Series;
import io.portex.core.model.Snapshot;
import io.portex.core.model.fact.Fact;

/** Receives what a format reads, as it is read. */
public interface EvidenceSink {

  /** A complete snapshot of the sockets at one moment. */
  void snapshot(Snapshot snapshot);

  /** Values of one measure over time. */
  void series(Series series);

  /** A configuration fact or side evidence. */
  void fact(Fact fact);

  /**
   * An event log record. Formats hand over every record they read, of any provider; the analysis
   * keeps what it needs.
   */
  void event(EventRecord event);

  /**
   * How many records the input held, for a format whose records are not what it hands over (a
   * perfmon sample becomes a point of each counter's series, or nothing when no counter is one
   * portex reads). Without it, the records of an input are the rows, points, facts and events
   * handed over.
   */
  default void recordsRead(long count) {}
}
