package io.portex.core.format.nettcp;

import io.portex.core.format.ReadContext.Timed;
import io.portex.core.model.Connection;
import io.portex.core.model.Snapshot;
import io.portex.core.model.SourceRange;
import io.portex.core.model.TimeSource;

/**
 * A snapshot being read: the connections so far (aggregated, never kept one by one), the lines they
 * came from, the time the content gave it and the machine it was taken on, if known. Not
 * thread-safe.
 */
final class PendingSnapshot {

  private final Snapshot.Builder builder = new Snapshot.Builder();
  private final Timed time;
  private final String host;
  private long firstLine = -1;
  private long lastLine;
  private int rows;

  /**
   * @param time the time written in the content, or null
   * @param host the machine, or null when the input does not say
   */
  PendingSnapshot(Timed time, String host) {
    this.time = time;
    this.host = host;
  }

  void add(Connection connection, long line) {
    builder.add(connection);
    if (firstLine < 0) {
      firstLine = line;
    }
    lastLine = line;
    rows++;
  }

  int rows() {
    return rows;
  }

  Snapshot build(String file) {
    SourceRange range = new SourceRange(file, firstLine, lastLine);
    return time != null
        ? builder.build(time.time(), time.source(), range, host)
        : builder.build(null, TimeSource.NONE, range, host);
  }
}
