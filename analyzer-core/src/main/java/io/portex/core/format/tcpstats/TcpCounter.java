package io.portex.core.format.tcpstats;

import io.portex.core.source.AsciiKey;

/**
 * The five TCP counters portex reads, with the labels Windows gives them, as {@link AsciiKey}s:
 * English and German {@code netstat -s}, and the MIB-II names of {@code netsh int ipv4 show
 * tcpstats}. Umlauts are dropped by the key, so {@code geöffnet}, {@code ge”ffnet} (cp850 read as
 * cp1252) and {@code ge?ffnet} compare equal.
 */
enum TcpCounter {
  ACTIVE_OPENS("Active Opens", "activeopens", "aktivgeffnet"),
  PASSIVE_OPENS("Passive Opens", "passiveopens", "passivgeffnet"),
  FAILED_ATTEMPTS(
      "Failed Connection Attempts",
      "failedconnectionattempts",
      "erfolgloseverbindungsversuche",
      "attemptsfailed"),
  RESETS("Reset Connections", "resetconnections", "zurckgesetzteverbindungen", "establishedresets"),
  CURRENT(
      "Current Connections", "currentconnections", "aktuelleverbindungen", "currentlyestablished");

  private final String englishLabel;
  private final String[] keys;

  TcpCounter(String englishLabel, String... keys) {
    this.englishLabel = englishLabel;
    this.keys = keys;
  }

  /** The English {@code netstat -s} label, for messages. */
  String label() {
    return englishLabel;
  }

  /** The counter a label names, or null when it is none of the five. */
  static TcpCounter ofLabel(String label) {
    String key = AsciiKey.of(label);
    for (TcpCounter counter : values()) {
      for (String known : counter.keys) {
        if (known.equals(key)) {
          return counter;
        }
      }
    }
    return null;
  }
}
