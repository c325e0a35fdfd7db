package io.portex.core.format.monitor;

import io.portex.core.model.fact.TopTalkers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title line of a top-N block: {@code Top 10 local ports:}, {@code Top 10 remote IPs:}, {@code
 * Top 10 PIDs:}, {@code TIME_WAIT 最多的本地端口 (Top 10):}, {@code 远程IP (Top 10):}, {@code 进程PID (Top
 * 10):}. Script versions word it differently, so it is read by its key words, not as a whole.
 *
 * @param kind what the block ranks, or null for a ranking portex does not read (remote ports, ...)
 * @param text the title, without decoration
 */
record TopTitle(TopTalkers.Kind kind, String text) {

  private static final Pattern TOP_N =
      Pattern.compile("(?i)(?:top|前)\\s*\\d{1,3}|\\d{1,3}\\s*(?:大|名)");
  private static final List<String> TOP_MARKS = List.of("最多", "前十", "排名", "排行", "最高");

  private static final Set<String> PROCESS_WORDS = Set.of("pid", "pids", "process", "processes");
  private static final List<String> PROCESS_MARKS = List.of("进程", "程序");

  private static final Set<String> ADDRESS_WORDS =
      Set.of("ip", "ips", "ipv", "address", "addresses", "endpoint", "endpoints", "host", "hosts");
  private static final List<String> ADDRESS_MARKS = List.of("地址", "主机");

  private static final Set<String> PORT_WORDS = Set.of("port", "ports");
  private static final List<String> PORT_MARKS = List.of("端口");

  private static final Set<String> LOCAL_WORDS = Set.of("local", "source");
  private static final List<String> LOCAL_MARKS = List.of("本地", "本机");

  private static final Set<String> REMOTE_WORDS =
      Set.of("remote", "foreign", "destination", "destinations", "peer", "target");
  private static final List<String> REMOTE_MARKS = List.of("远程", "远端", "目标", "外部", "对端");

  /** The title on a line, or empty when the line is no title of a top-N block. */
  static Optional<TopTitle> parse(String line) {
    String text = undecorated(line);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Matcher topN = TOP_N.matcher(text);
    boolean hasTopN = topN.find();
    if (hasDigit(hasTopN ? topN.replaceAll(" ") : text)) {
      return Optional.empty(); // an entry, or a log message
    }
    List<String> words = asciiWords(text);
    boolean top = hasTopN || words.contains("top") || any(text, TOP_MARKS);
    if (!top && !endsWithColon(text)) {
      return Optional.empty();
    }
    boolean process = any(words, PROCESS_WORDS) || any(text, PROCESS_MARKS);
    boolean address = any(words, ADDRESS_WORDS) || any(text, ADDRESS_MARKS);
    boolean port = any(words, PORT_WORDS) || any(text, PORT_MARKS);
    if (!process && !address && !port) {
      return top ? Optional.of(new TopTitle(null, text)) : Optional.empty();
    }
    boolean local = any(words, LOCAL_WORDS) || any(text, LOCAL_MARKS);
    boolean remote = any(words, REMOTE_WORDS) || any(text, REMOTE_MARKS);
    TopTalkers.Kind kind;
    if (process) {
      kind = TopTalkers.Kind.PROCESS;
    } else if (address) {
      kind = local && !remote ? null : TopTalkers.Kind.REMOTE_ADDRESS;
    } else {
      kind = remote ? null : TopTalkers.Kind.LOCAL_PORT;
    }
    return Optional.of(new TopTitle(kind, text));
  }

  /** The text without the decoration scripts put around titles ({@code === ... ===}). */
  static String undecorated(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && isDecoration(line.charAt(start))) {
      start++;
    }
    while (end > start && isDecoration(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(start, end);
  }

  /** True for a line of decoration only ({@code ====}, {@code ----- ----}), or blank. */
  static boolean isDecorationOnly(String line) {
    return undecorated(line).isEmpty();
  }

  private static boolean isDecoration(char c) {
    return c == '='
        || c == '-'
        || c == '*'
        || c == '#'
        || c == '~'
        || c == '_'
        || c == '+'
        || Character.isWhitespace(c)
        || c == '\u3000';
  }

  private static boolean endsWithColon(String text) {
    char last = text.charAt(text.length() - 1);
    return last == ':' || last == '\uFF1A';
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** The runs of ASCII letters, lower case: Chinese text around {@code IP} does not join it. */
  private static List<String> asciiWords(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return words;
  }

  private static boolean any(List<String> words, Set<String> wanted) {
    for (String word : words) {
      if (wanted.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean any(String text, List<String> marks) {
    for (String mark : marks) {
      if (text.contains(mark)) {
        return true;
      }
    }
    return false;
  }
}
