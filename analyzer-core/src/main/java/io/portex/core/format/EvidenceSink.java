package io.portex.core.format;

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
}
