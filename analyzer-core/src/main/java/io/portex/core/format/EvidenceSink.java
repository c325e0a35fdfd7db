package io.portex.core.format;

import io.portex.core.model.Snapshot;

/** Receives what a format reads, as it is read. */
public interface EvidenceSink {

  /** A complete snapshot of the sockets at one moment. */
  void snapshot(Snapshot snapshot);
}
