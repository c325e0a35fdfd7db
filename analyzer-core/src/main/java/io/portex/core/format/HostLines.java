package io.portex.core.format;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.model.HostName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lines inside a capture that name the machine it was taken on (SPEC §3): the output of {@code
 * hostname} or {@code $env:COMPUTERNAME} after their prompt, {@code COMPUTERNAME=} of a {@code set}
 * dump, {@code systeminfo}'s {@code Host Name:}, a {@code reg query} value {@code Hostname} or
 * {@code ComputerName}, and a bare host name on the first line of a netstat capture (scripts write
 * {@code hostname > out.txt} before {@code netstat -ano >> out.txt}). Every text reader's lines
 * pass here through {@link ReadContext#forEachLine}, so no reader looks for them itself. Each check
 * is a comparison at a fixed place of the line: a 75 MB netstat dump costs no regex.
 */
final class HostLines {

  /** What made a line name a host. */
  enum Kind {
    PROMPT("the output of hostname"),
    SET("COMPUTERNAME="),
    SYSTEMINFO("systeminfo's Host Name"),
    REGISTRY("a registry value"),
    FIRST_LINE("the first line of a netstat capture");

    private final String words;

    Kind(String words) {
      this.words = words;
    }
  }

  /** Commands whose next non-empty line is the machine's name. */
  private static final List<String> PROMPT_COMMANDS = List.of("hostname", "$env:computername");

  /** systeminfo's label in English and German. */
  private static final List<String> SYSTEMINFO_LABELS = List.of("host name:", "hostname:");

  /** Registry values that hold the machine's name (Tcpip\Parameters, ComputerName). */
  private static final List<String> REGISTRY_VALUES =
      List.of("hostname", "nv hostname", "computername", "activecomputername");

  /** Single words a netstat capture may start with that are not machines. */
  private static final Set<String> NOT_HOSTS =
      Set.of(
          "NETSTAT",
          "HOSTNAME",
          "ACTIVE",
          "CONNECTIONS",
          "PROTO",
          "TCP",
          "UDP",
          "ECHO",
          "OFF",
          "DATE",
          "TIME",
          "TIMESTAMP",
          "START",
          "BEGIN",
          "END",
          "OUTPUT",
          "SNAPSHOT",
          "CAPTURE",
          "LOG",
          "RUN",
          "NETSTAT-ANO",
          "TCPV4",
          "TCPV6",
          "IPV4",
          "IPV6");

  /** A host line found: the host key, the line, and what the line was. */
  record Found(String host, long line, Kind kind) {}

  private final String formatId;
  private final DiagnosticSink diagnostics;
  private final List<Found> found = new ArrayList<>();
  private boolean afterPrompt;
  private boolean seenText;

  HostLines(String formatId, DiagnosticSink diagnostics) {
    this.formatId = formatId;
    this.diagnostics = diagnostics;
  }

  /** Looks at one line of the text. */
  void line(String text, long number) {
    int start = 0;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    if (text.isBlank()) {
      return; // spaces, tabs and other white space: every word below is stripped of them
    }
    boolean first = !seenText;
    seenText = true;
    if (afterPrompt) {
      afterPrompt = false;
      String word = text.strip();
      if (word.indexOf(' ') < 0 && word.indexOf('>') < 0) {
        name(word, number, Kind.PROMPT);
        return;
      }
    }
    if (endsWithPrompt(text)) {
      afterPrompt = true;
      return;
    }
    char head = (char) (text.charAt(0) | 0x20); // lower case, for the letters compared here
    if (head == 'c' && text.regionMatches(true, 0, "COMPUTERNAME=", 0, 13)) {
      name(text.substring(13), number, Kind.SET);
      return;
    }
    for (String label : SYSTEMINFO_LABELS) {
      if (head == 'h' && text.regionMatches(true, 0, label, 0, label.length())) {
        name(text.substring(label.length()), number, Kind.SYSTEMINFO);
        return;
      }
    }
    if (start > 0 && startsRegistryValue(text.charAt(start)) && text.indexOf("REG_SZ", start) > 0) {
      registry(text.substring(start), number);
      return;
    }
    if (first && formatId.equals("netstat")) {
      firstLine(text.strip(), number);
    }
  }

  /**
   * Connection rows, lines of spaces and then {@code TCP} or {@code UDP}, a blank and fields with a
   * colon: they name nothing, and {@link #line} would only note that text was seen and that the
   * line after a prompt was not a host name.
   */
  void rows() {
    seenText = true;
    afterPrompt = false;
  }

  /** The hosts named, the first line of each; more than one is a conflict. */
  List<Found> found() {
    return List.copyOf(found);
  }

  /** {@code C:\>hostname}, {@code PS C:\> hostname}, or the command alone. */
  private static boolean endsWithPrompt(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    // both commands end in an e: a netstat row (ending in its PID) is turned away without a copy
    if (end == 0 || (text.charAt(end - 1) | 0x20) != 'e') {
      return false;
    }
    String line = text.substring(0, end);
    for (String command : PROMPT_COMMANDS) {
      int at = line.length() - command.length();
      if (at >= 0 && line.regionMatches(true, at, command, 0, command.length())) {
        if (at == 0) {
          return true;
        }
        char before = line.charAt(at - 1);
        return before == '>' || before == ' ' && line.substring(0, at).strip().endsWith(">");
      }
    }
    return false;
  }

  /**
   * The first letter of a registry value that names the machine: checked before the line is
   * searched for {@code REG_SZ}, so that a netstat row ({@code TCP …}) costs no search.
   */
  private static boolean startsRegistryValue(char c) {
    char upper = Character.toUpperCase(c);
    return upper == 'H' || upper == 'N' || upper == 'C' || upper == 'A';
  }

  /** {@code Hostname REG_SZ WEB01}. */
  private void registry(String text, long number) {
    int type = text.indexOf("REG_SZ");
    String value = text.substring(0, type).strip().toLowerCase(Locale.ROOT);
    if (REGISTRY_VALUES.contains(value)) {
      name(text.substring(type + "REG_SZ".length()), number, Kind.REGISTRY);
    }
  }

  /**
   * A single word with a letter first, before the tables of a netstat capture, written as Windows
   * names machines: with a digit or a hyphen ({@code WEB01}, {@code WIN-7QK2}) or in capitals
   * ({@code SQLPROD}), in ASCII; a word of prose ({@code Timestamp}) or a title in another script
   * names none.
   */
  private void firstLine(String word, long number) {
    if (word.indexOf(' ') >= 0
        || word.indexOf('\t') >= 0
        || !Character.isLetter(word.charAt(0))
        || NOT_HOSTS.contains(word.toUpperCase(Locale.ROOT))) {
      return;
    }
    boolean digitOrHyphen = false;
    boolean lower = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c > 0x7e) {
        // NetBIOS names are ASCII: a word in another script is a title (アクティブな接続, 活动连接)
        return;
      }
      digitOrHyphen |= Character.isDigit(c) || c == '-';
      lower |= Character.isLowerCase(c);
    }
    if (digitOrHyphen || !lower) {
      name(word, number, Kind.FIRST_LINE);
    }
  }

  private void name(String value, long number, Kind kind) {
    String host = HostName.of(value.strip());
    if (host == null || !hasLetter(host)) {
      return;
    }
    for (Found earlier : found) {
      if (earlier.host().equals(host)) {
        return;
      }
    }
    if (found.isEmpty()) {
      diagnostics.info(
          "input.host-lines",
          number,
          "this capture names its machine " + host + " (" + kind.words + ")",
          value.strip());
    } else {
      Found earlier = found.get(0);
      diagnostics.warning(
          "input.host-conflict",
          number,
          "this line names machine "
              + host
              + " but line "
              + earlier.line()
              + " named "
              + earlier.host()
              + "; the file is not given to either by its lines",
          value.strip());
    }
    found.add(new Found(host, number, kind));
  }

  private static boolean hasLetter(String host) {
    for (int i = 0; i < host.length(); i++) {
      if (Character.isLetter(host.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
