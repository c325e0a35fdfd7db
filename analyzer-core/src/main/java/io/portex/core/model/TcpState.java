package io.portex.core.model;

import io.portex.core.source.AsciiKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The TCP states, named by the English words of {@code netstat}, plus {@link #UNKNOWN} for words no
 * spelling maps to. {@link #parse} accepts every spelling portex meets: the English netstat words,
 * the German ones and their mojibake forms ({@code ABH™REN}, {@code ABH?REN}, {@code ABHREN}), the
 * PowerShell names ({@code TimeWait}) and the numbers of {@code MSFT_NetTCPConnection.State}.
 */
public enum TcpState {
  CLOSED(1, "closed", "geschlossen"),
  LISTENING(2, "listening", "listen", "abhoeren", "abhren"),
  SYN_SENT(3, "synsent", "syngesendet"),
  SYN_RECEIVED(4, "synreceived", "synrecv", "synempfangen"),
  ESTABLISHED(5, "established", "hergestellt"),
  FIN_WAIT_1(6, "finwait1", "finwarten1"),
  FIN_WAIT_2(7, "finwait2", "finwarten2"),
  CLOSE_WAIT(8, "closewait", "schliessenwarten"),
  CLOSING(9, "closing", "schliessend"),
  LAST_ACK(10, "lastack"),
  TIME_WAIT(11, "timewait", "wartend"),
  DELETE_TCB(12, "deletetcb"),
  BOUND(100, "bound", "gebunden"),
  /** A state word that no known spelling matches; the row is kept and counted. */
  UNKNOWN(-1);

  private static final Map<String, TcpState> BY_KEY = new HashMap<>();

  static {
    for (TcpState state : values()) {
      for (String spelling : state.spellings) {
        BY_KEY.put(spelling, state);
      }
      if (state.number > 0) {
        BY_KEY.put(Integer.toString(state.number), state);
      }
    }
  }

  private final int number;
  private final String[] spellings;

  TcpState(int number, String... spellings) {
    this.number = number;
    this.spellings = spellings;
  }

  /** The value of {@code MSFT_NetTCPConnection.State}, or -1 for {@link #UNKNOWN}. */
  public int cimNumber() {
    return number;
  }

  /**
   * Reads a state word in any known spelling, or a CIM state number.
   *
   * @return the state, or empty when no spelling matches
   */
  public static Optional<TcpState> parse(CharSequence word) {
    return Optional.ofNullable(BY_KEY.get(AsciiKey.of(word)));
  }

  /**
   * Reads a state word cut short by a console (for example {@code CLOSE_WAI}), when it is the start
   * of exactly one English state name and at least four letters long.
   */
  public static Optional<TcpState> parseTruncated(CharSequence word) {
    String key = AsciiKey.of(word);
    if (key.length() < 4) {
      return Optional.empty();
    }
    TcpState match = null;
    for (TcpState state : values()) {
      if (state != UNKNOWN && state.spellings[0].startsWith(key)) {
        if (match != null) {
          return Optional.empty();
        }
        match = state;
      }
    }
    return Optional.ofNullable(match);
  }
}
