package io.portex.core.format.pcap;

/** One address that opened connections: how many, and (for the first few) when. */
final class ClientTally {

  final Address address;
  long attempts;

  /** Null for clients past the first {@link ConnectionTracker#CLIENTS_WITH_SERIES}. */
  final OpenRateSeries series;

  ClientTally(Address address, boolean withSeries) {
    this.address = address;
    this.series = withSeries ? new OpenRateSeries() : null;
  }

  void count(int kind, long time) {
    if (series != null) {
      series.add(kind, time);
    }
  }
}
