package io.portex.core.model.fact;

import io.portex.core.model.SourceRange;

/**
 * The zone a log says its local times are in: perfmon's header {@code (PDH-CSV 4.0) (W. Europe
 * Standard Time)(-60)}. The times of that log are read with it; it tells what {@code --tz} the
 * ticket's other, zone-less times most likely need.
 *
 * @param windowsName the zone's Windows name as written ({@code W. Europe Standard Time}), or null
 * @param biasMinutes the bias: UTC = local time + bias (so -60 is UTC+01:00)
 */
public record RecordedZone(String windowsName, int biasMinutes, SourceRange source)
    implements Fact {

  /** A statement about the input's times, not a record of it. */
  @Override
  public long records() {
    return 0;
  }

  /** The offset from UTC of the local times: {@code +01:00} for a bias of -60. */
  public java.time.ZoneOffset offset() {
    return java.time.ZoneOffset.ofTotalSeconds(-biasMinutes * 60);
  }
}
