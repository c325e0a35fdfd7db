package io.portex.core.format;

import io.portex.core.format.eventcsv.EventCsvFormat;
import io.portex.core.format.eventtext.EventTextFormat;
import io.portex.core.format.eventxml.EventXmlFormat;
import io.portex.core.format.evtx.EvtxFormat;
import io.portex.core.format.monitor.MonitorLogFormat;
import io.portex.core.format.netsh.NetshDynamicPortFormat;
import io.portex.core.format.netsh.NetshExcludedFormat;
import io.portex.core.format.netstat.NetstatFormat;
import io.portex.core.format.nettcp.NetTcpCsvFormat;
import io.portex.core.format.nettcp.NetTcpTableFormat;
import io.portex.core.format.pcap.PcapFormat;
import io.portex.core.format.pcap.PcapngFormat;
import io.portex.core.format.perfmon.PerfmonCsvFormat;
import io.portex.core.format.registry.RegistryFormat;
import io.portex.core.format.tasklist.TasklistFormat;
import io.portex.core.format.tcpstats.TcpStatisticsFormat;
import io.portex.core.format.trend.TrendCsvFormat;
import io.portex.core.source.TextHead;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The formats portex knows. Every format sniffs every input; the most confident wins, ties go to
 * the format listed first. Formats below {@link #MIN_CONFIDENCE} never win.
 */
public final class FormatRegistry {

  /** Below this, an input is reported as of no known format. */
  public static final double MIN_CONFIDENCE = 0.3;

  /** The verdict of one format on one input. */
  public record Candidate(InputFormat format, Sniff sniff) {}

  private final List<InputFormat> formats;

  public FormatRegistry(List<InputFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  /** Every format portex ships. */
  public static FormatRegistry standard() {
    return new FormatRegistry(
        List.of(
            new NetstatFormat(),
            new NetshDynamicPortFormat(),
            new NetshExcludedFormat(),
            new TcpStatisticsFormat(),
            new RegistryFormat(),
            new TasklistFormat(),
            new NetTcpCsvFormat(),
            new NetTcpTableFormat(),
            new TrendCsvFormat(),
            new MonitorLogFormat(),
            new PerfmonCsvFormat(),
            new EvtxFormat(),
            new EventXmlFormat(),
            new EventCsvFormat(),
            new EventTextFormat(),
            new PcapFormat(),
            new PcapngFormat()));
  }

  public List<InputFormat> formats() {
    return formats;
  }

  /** Every format's verdict, most confident first. */
  public List<Candidate> rank(TextHead head) {
    List<Candidate> ranked = new ArrayList<>();
    for (InputFormat format : formats) {
      ranked.add(new Candidate(format, format.sniff(head)));
    }
    ranked.sort(Comparator.comparingDouble((Candidate c) -> c.sniff().confidence()).reversed());
    return ranked;
  }

  /** The format to read the input with, if any is confident enough. */
  public Optional<Candidate> best(TextHead head) {
    List<Candidate> ranked = rank(head);
    return ranked.isEmpty() || ranked.get(0).sniff().confidence() < MIN_CONFIDENCE
        ? Optional.empty()
        : Optional.of(ranked.get(0));
  }
}
