package io.portex.core.format.pcap;

import io.portex.core.diag.DiagnosticSink;

/**
 * The diagnostics both capture readers give when a file is cut or a length lies, worded once. The
 * "line" is the number of the packet concerned (1-based).
 */
final class ReadProblems {

  private final String prefix;
  private final DiagnosticSink diagnostics;

  ReadProblems(String formatId, DiagnosticSink diagnostics) {
    this.prefix = formatId + ".";
    this.diagnostics = diagnostics;
  }

  /** The file ends inside {@code where}: what was read before it is kept. */
  void truncated(long number, String where, long have, long need) {
    diagnostics.error(
        prefix + "truncated",
        number,
        "the file ends inside "
            + where
            + " ("
            + Math.max(0, have)
            + " of "
            + need
            + " bytes); the "
            + (number - 1)
            + " packets before it kept",
        "");
  }

  /** Reading goes on after {@code skipped} bytes that could not be read. */
  void resynced(long number, long skipped, long offset) {
    diagnostics.warning(
        prefix + "resync",
        number,
        skipped + " bytes skipped; reading goes on at file offset " + offset,
        "");
  }

  /** Nothing readable was found after {@code start}: reading stops. */
  void lost(long number, long scanned, long start, String what) {
    diagnostics.error(
        prefix + "lost",
        number,
        "no readable "
            + what
            + " found within "
            + scanned
            + " bytes after file offset "
            + start
            + "; reading stopped, the "
            + (number - 1)
            + " packets before kept",
        "");
  }
}
