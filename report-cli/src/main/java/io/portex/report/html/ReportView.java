package io.portex.report.html;

import io.portex.report.chart.Chart;
import java.util.List;

/**
 * Everything the HTML post-mortem shows, computed once: every value formatted, every list ordered
 * and cut, every anchor named, so that {@code report.ftlh} only lays it out. FreeMarker reads the
 * record components by name ({@code view.plain.happened}).
 *
 * @param title the document title: verdict, hosts and case
 * @param caseId the ticket id of {@code --case}, or empty
 * @param hosts the machines the ticket is about, for the heading
 * @param severalHosts true when the ticket names more than one machine
 * @param window the time the evidence covers
 * @param zone the zone of times written without one
 * @param verdict the ticket's verdict (the worst host's)
 * @param plain the three plain-words lines above the badges
 * @param glossary the terms a reader may look up
 * @param tiles the key numbers the verdict calls for
 * @param actions what to do, every finding's fixes, identical ones once per host
 * @param toc the table of contents
 * @param sections one per machine, the worst first
 * @param warnings per machine with warning notes, a link to them, for the summary
 * @param appendix inputs, diagnostics, thresholds, raw event rows and configuration
 * @param runningHeader the print running header as a CSS string literal, quotes included
 * @param version the portex version for the footer
 * @param generatedAt when the report was made, or empty (the default: same inputs, same bytes)
 */
public record ReportView(
    String title,
    String caseId,
    String hosts,
    boolean severalHosts,
    String window,
    String zone,
    VerdictView verdict,
    PlainWords plain,
    List<Term> glossary,
    List<Tile> tiles,
    List<Action> actions,
    List<Anchor> toc,
    List<HostSection> sections,
    List<Anchor> warnings,
    AppendixView appendix,
    String runningHeader,
    String version,
    String generatedAt) {

  /**
   * A verdict as the report names it.
   *
   * @param host the machine it is of
   * @param primary the conclusion as a support engineer says it
   * @param confidence the confidence as a percentage
   * @param confidenceLabel what the confidence is in, or empty
   * @param tone critical, warning or calm (a CSS class)
   * @param exhausted true when ports ran out
   * @param subtypes every sub-type that fired, in words
   * @param basis what the verdict rests on
   */
  public record VerdictView(
      String host,
      String primary,
      String confidence,
      String confidenceLabel,
      String tone,
      boolean exhausted,
      List<String> subtypes,
      String basis) {}

  /**
   * The verdict in three plain lines.
   *
   * @param happened what happened, and on which machine
   * @param impact what fails for users and how urgent it is
   * @param owner whose fix it is
   */
  public record PlainWords(String happened, String impact, String owner) {}

  /** A term of the glossary and what it means. */
  public record Term(String term, String meaning) {}

  /**
   * One key number.
   *
   * @param label what it is
   * @param value the number with its unit
   * @param note where it comes from or what it is measured against
   * @param tone critical, warning or empty
   * @param href where its evidence is shown in the report, or empty
   */
  public record Tile(String label, String value, String note, String tone, String href) {

    /** A tile that links nowhere. */
    public Tile(String label, String value, String note, String tone) {
      this(label, value, note, tone, "");
    }
  }

  /** A link target: its id and its text. */
  public record Anchor(String id, String label, int level) {}

  /**
   * One fix.
   *
   * @param id its anchor
   * @param host the machine it is for
   * @param text what to do
   * @param because the findings it answers, in words
   * @param commands the lines to paste, each labelled
   * @param caveats what comes with it
   */
  public record Action(
      String id,
      String host,
      String text,
      String because,
      List<CommandLine> commands,
      List<String> caveats) {}

  /**
   * A line to paste.
   *
   * @param purpose change, verify, rollback or capture
   * @param shell where it runs
   * @param line the line itself
   */
  public record CommandLine(String purpose, String shell, String line) {}

  /**
   * One machine's part of the report.
   *
   * @param id its anchor
   * @param host its name, or the words for an unnamed one
   * @param verdict its verdict
   * @param findings what each rule found
   * @param charts its charts, with title and caption
   * @param peak the state at its peak, or null without a snapshot
   * @param rankings the monitoring script's top lists nearest its peak
   * @param notes where its evidence disagrees, and what to collect next
   */
  public record HostSection(
      String id,
      String host,
      VerdictView verdict,
      List<FindingView> findings,
      List<Chart> charts,
      PeakView peak,
      List<Ranking> rankings,
      List<NoteView> notes) {}

  /**
   * One finding.
   *
   * @param id its anchor
   * @param title its sub-type in words
   * @param severity critical or warning
   * @param confidence the confidence in its sub-type
   * @param summary one line
   * @param measurements values against thresholds
   * @param evidence where to check it
   * @param actions links to the fixes it calls for
   * @param peakId the anchor of the host's peak, or empty
   */
  public record FindingView(
      String id,
      String title,
      String severity,
      String confidence,
      String summary,
      List<MeasurementRow> measurements,
      List<EvidenceRow> evidence,
      List<Anchor> actions,
      String peakId) {}

  /** A measurement with its threshold and whether it was met. */
  public record MeasurementRow(
      String name, String value, String threshold, String unit, String met) {}

  /**
   * Where to check a finding.
   *
   * @param what what it shows
   * @param source file and lines, or empty
   * @param time when, or empty
   * @param href the appendix row of its input, or empty
   */
  public record EvidenceRow(String what, String source, String time, String href) {}

  /**
   * A host's peak snapshot.
   *
   * @param id its anchor
   * @param time when
   * @param source file and lines
   * @param states sockets per state
   * @param processes the top processes
   * @param remotes the top remote endpoints
   */
  public record PeakView(
      String id,
      String time,
      String source,
      List<Row> states,
      Listing processes,
      Listing remotes) {}

  /**
   * A cut list: its rows, how many there were, and the line that stands for its entries counted 1.
   *
   * @param rows the rows shown (empty when {@code ones} says it all)
   * @param shown {@code 10 of 29 shown}, or empty when nothing was cut
   * @param ones {@code 7 more with 1 each: a, b, …} for the entries counted 1 after the rows (all
   *     of them when every count is 1), else empty
   * @param notes sentences that explain names in it, e.g. what PID 0 is
   */
  public record Listing(List<Row> rows, String shown, String ones, List<String> notes) {

    public Listing {
      notes = List.copyOf(notes);
    }

    /** This listing with sentences that explain names in it (what PID 0 is). */
    public Listing withNotes(List<String> sentences) {
      return new Listing(rows, shown, ones, sentences);
    }
  }

  /** A table row of formatted cells. */
  public record Row(List<String> cells) {}

  /**
   * A top list of the monitoring script.
   *
   * @param title what is ranked
   * @param keyTitle the title of its key column
   * @param time when it was logged
   * @param source file and lines
   * @param entries the entries
   */
  public record Ranking(
      String title, String keyTitle, String time, String source, Listing entries) {}

  /**
   * A note: where the evidence disagrees, or what to collect next.
   *
   * @param kind its heading: Warning, Note or Collect next
   * @param warning true when the evidence disagrees enough that the verdict may rest on the wrong
   *     half of it ({@link io.portex.core.classify.NoteSeverity#WARNING})
   * @param message the note
   * @param commands the lines to paste
   */
  public record NoteView(
      String kind, boolean warning, String message, List<CommandLine> commands) {}

  /**
   * What is kept for checking, not for reading first.
   *
   * @param inputs every input with its format and diagnostics
   * @param thresholds the thresholds the rules applied
   * @param events the Tcpip events found, per host, with their first rows
   * @param configuration the port range configuration, per host
   */
  public record AppendixView(
      List<InputView> inputs,
      List<Row> thresholds,
      List<EventView> events,
      List<ConfigView> configuration) {}

  /** One input: its anchor, path, format, charset, records, why, and diagnostics. */
  public record InputView(
      String id,
      String path,
      String format,
      String charset,
      String records,
      String reason,
      List<Row> diagnostics) {}

  /**
   * One event id found on a host.
   *
   * @param id its anchor
   * @param host the machine
   * @param eventId the Tcpip event id
   * @param count how many
   * @param first the first
   * @param last the last
   * @param rows the first rows, each time, computer, data, where
   * @param shown {@code 20 of 120 shown}, or empty
   */
  public record EventView(
      String id,
      String host,
      String eventId,
      String count,
      String first,
      String last,
      List<Row> rows,
      String shown) {}

  /** One host's port range configuration, as label and value rows. */
  public record ConfigView(String host, List<Row> rows) {}
}
