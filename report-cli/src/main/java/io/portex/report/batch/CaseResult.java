package io.portex.report.batch;

/**
 * What became of one case of a batch.
 *
 * @param name the case: its folder or archive name under the batch root
 * @param status {@code done}, {@code skipped} (unchanged since its result was written) or {@code
 *     failed}
 * @param reason why it failed, else empty
 * @param primary the verdict's primary sub-type, or empty
 * @param subtypes the sub-types, joined with {@code +}
 * @param exhausted whether ports ran out
 * @param peakInUse ephemeral ports in use at the peak, or -1
 * @param capacity the effective capacity
 * @param events Tcpip 4227, 4231 and 4266 events
 * @param window the time window, in words
 * @param millis how long the case took
 */
public record CaseResult(
    String name,
    String status,
    String reason,
    String primary,
    String subtypes,
    boolean exhausted,
    int peakInUse,
    int capacity,
    long events,
    String window,
    long millis) {

  /** This result as listed again by a run that skipped the case: its figures, today's time. */
  CaseResult skipped(long millis) {
    return new CaseResult(
        name,
        "skipped",
        "inputs and settings unchanged since the result was written",
        primary,
        subtypes,
        exhausted,
        peakInUse,
        capacity,
        events,
        window,
        millis);
  }

  public boolean failed() {
    return "failed".equals(status);
  }
}
