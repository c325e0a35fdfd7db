package io.portex.core;

import io.portex.core.classify.Finding;
import io.portex.core.classify.Note;
import io.portex.core.classify.Verdict;
import io.portex.core.timeline.Timeline;
import java.util.List;

/**
 * The analysis of one machine of the ticket: its timeline (capacity, snapshots, series, events,
 * peak, growth), its verdict and findings, and its notes.
 *
 * @param host the host key (first DNS label, upper case), or null when no input names one
 * @param timeline the host on one time axis, as the rules judged it
 * @param verdict the host's verdict
 * @param findings what each rule that fired found, the primary first
 * @param consistency where the host's evidence disagrees with itself, then where the failed
 *     connection attempts its packet capture saw went ({@link
 *     io.portex.core.classify.FailingDestinations})
 * @param collectNext what to collect to settle what the evidence leaves open
 */
public record HostAnalysis(
    String host,
    Timeline timeline,
    Verdict verdict,
    List<Finding> findings,
    List<Note> consistency,
    List<Note> collectNext) {

  public HostAnalysis {
    findings = List.copyOf(findings);
    consistency = List.copyOf(consistency);
    collectNext = List.copyOf(collectNext);
  }

  /** The host's name for people: its key, or {@code host unknown}. */
  public String label() {
    return host == null ? "host unknown" : host;
  }

  /** Peak ephemeral ports in use as a share of the host's capacity. */
  public double peakShare() {
    return timeline.peakShare();
  }
}
