package io.portex.core;

import io.portex.core.model.HostName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which machine each input belongs to (SPEC §3). The content decides first (an event's {@code
 * Computer}, perfmon's {@code \\HOST\}, {@code PSComputerName}); then a folder or file name below
 * the ticket's root that names a host the content names, or that looks like a host name ({@code
 * WEB01/…}, {@code WEB01_netstat_…}); inputs that name none belong to the only host when there is
 * one. Names compare on their first DNS label, case-insensitively.
 */
final class HostAssignment {

  /** A NetBIOS-style name with a digit: WEB01, APP-02, SQL1. */
  private static final Pattern HOST_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9-]{1,14}");

  /** Words of capture files and folders that look like host names but are not. */
  private static final Set<String> NOT_HOSTS =
      Set.of(
          "TCPV4", "TCPV6", "IPV4", "IPV6", "UTF8", "UTF-8", "UTF16", "UTF-16", "X64", "X86",
          "WIN32", "WIN64", "W3SVC1", "CP850", "CP437", "CP1252", "CP936", "CP932", "CP866",
          "CP949", "PS5", "PS7", "PDH-CSV", "V1", "V2");

  /** Beginnings of capture words numbered by a script ({@code netstat2}, {@code run3}). */
  private static final List<String> CAPTURE_WORDS =
      List.of(
          "netstat",
          "nettcp",
          "netsh",
          "tasklist",
          "perfmon",
          "typeperf",
          "tcp",
          "snapshot",
          "capture",
          "run",
          "part",
          "log",
          "trace",
          "test",
          "sample",
          "case",
          "ticket",
          "round",
          "loop",
          "event",
          "system",
          "timewait",
          "reg",
          "dump",
          "output",
          "out",
          "file",
          "data");

  private final Map<TicketEvidence.InputSink, String> byInput;
  private final String onlyHost;

  private HostAssignment(Map<TicketEvidence.InputSink, String> byInput, String onlyHost) {
    this.byInput = byInput;
    this.onlyHost = onlyHost;
  }

  static HostAssignment of(List<TicketEvidence.InputSink> inputs) {
    Set<String> named = new TreeSet<>();
    for (TicketEvidence.InputSink input : inputs) {
      named.addAll(input.contentHosts());
    }
    String root = commonFolder(inputs);
    Map<TicketEvidence.InputSink, String> byInput = new HashMap<>();
    Set<String> all = new TreeSet<>(named);
    for (TicketEvidence.InputSink input : inputs) {
      Set<String> content = input.contentHosts();
      String relative = input.name().substring(root.length());
      String host = content.size() == 1 ? content.iterator().next() : fromPath(relative, named);
      if (content.size() == 1) {
        pathDisagrees(input, relative, host, named);
      }
      if (host != null) {
        byInput.put(input, host);
        if (!input.snapshotList().isEmpty()
            || !input.seriesList().isEmpty()
            || !input.factList().isEmpty()
            || !input.eventTallies().isEmpty()) {
          all.add(host);
        }
      }
    }
    return new HostAssignment(byInput, all.size() == 1 ? all.iterator().next() : null);
  }

  /**
   * Says when the folder or file name names another machine of the ticket (one some content names)
   * than the one this input's content names: the content decides (a capture copied into another
   * machine's folder keeps its machine). Words that only look like host names say nothing here:
   * {@code relog-WEB01-tcp} is no machine.
   */
  private static void pathDisagrees(
      TicketEvidence.InputSink input, String relative, String host, Set<String> named) {
    String path = null;
    for (String word : words(relative)) {
      String key = HostName.of(word);
      if (key != null && named.contains(key)) {
        path = key;
      }
    }
    if (path != null && !path.equals(host)) {
      input
          .diagnostics()
          .info(
              "input.host-conflict",
              0,
              "the path names "
                  + path
                  + " but the content names "
                  + host
                  + "; the content decides: taken as "
                  + host,
              relative);
    }
  }

  /** The host of an input: its own, else the only host of the ticket, else null. */
  String hostOf(TicketEvidence.InputSink input) {
    String host = byInput.get(input);
    return host != null ? host : onlyHost;
  }

  /** The host of a piece of evidence that may name its own machine. */
  String hostOf(String ownName, String inputHost) {
    String own = HostName.of(ownName);
    return own != null ? own : inputHost != null ? inputHost : onlyHost;
  }

  /**
   * A host in the path below the root: the deepest folder or file-name word that names a host the
   * content names; else the deepest that looks like a host name.
   */
  static String fromPath(String relative, Set<String> named) {
    List<String> words = words(relative);
    for (int i = words.size() - 1; i >= 0; i--) {
      String key = HostName.of(words.get(i));
      if (key != null && named.contains(key)) {
        return key;
      }
    }
    for (int i = words.size() - 1; i >= 0; i--) {
      if (looksLikeHost(words.get(i))) {
        return HostName.of(words.get(i));
      }
    }
    return null;
  }

  /** The folders of the path, whole, then the words of the file name before its first number. */
  private static List<String> words(String path) {
    String[] parts = path.split("[/\\\\!]+");
    List<String> words = new ArrayList<>();
    for (int i = 0; i < parts.length - 1; i++) {
      if (!parts[i].isEmpty() && !parts[i].toLowerCase(Locale.ROOT).endsWith(".zip")) {
        words.add(parts[i]);
      }
    }
    if (parts.length > 0) {
      String file = parts[parts.length - 1];
      int dot = file.lastIndexOf('.');
      String stem = dot > 0 ? file.substring(0, dot) : file;
      for (String word : stem.split("[_ .]+")) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    }
    return words;
  }

  static boolean looksLikeHost(String word) {
    if (!HOST_LIKE.matcher(word).matches() || NOT_HOSTS.contains(word.toUpperCase(Locale.ROOT))) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    for (String capture : CAPTURE_WORDS) {
      if (lower.startsWith(capture)) {
        return false;
      }
    }
    boolean digit = false;
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      digit |= Character.isDigit(c);
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return digit && letters >= 2 && !word.endsWith("-");
  }

  /** The folder all inputs share (with its final separator), or "" for one input or none. */
  private static String commonFolder(List<TicketEvidence.InputSink> inputs) {
    if (inputs.size() < 2) {
      String only = inputs.isEmpty() ? "" : inputs.get(0).name();
      return only.substring(0, lastSeparator(only) + 1);
    }
    String common = inputs.get(0).name();
    for (TicketEvidence.InputSink input : inputs) {
      String name = input.name();
      int n = 0;
      while (n < common.length() && n < name.length() && common.charAt(n) == name.charAt(n)) {
        n++;
      }
      common = common.substring(0, n);
    }
    return common.substring(0, lastSeparator(common) + 1);
  }

  private static int lastSeparator(String path) {
    return Math.max(path.lastIndexOf('/'), Math.max(path.lastIndexOf('\\'), path.lastIndexOf('!')));
  }
}
