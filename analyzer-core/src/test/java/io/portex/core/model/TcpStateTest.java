package io.portex.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TcpStateTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "LISTENING, LISTENING",
    "ABHÖREN, LISTENING",
    "ABH™REN, LISTENING",
    "ABH?REN, LISTENING",
    "ABHREN, LISTENING",
    "Listen, LISTENING",
    "HERGESTELLT, ESTABLISHED",
    "WARTEND, TIME_WAIT",
    "TimeWait, TIME_WAIT",
    "11, TIME_WAIT",
    "SCHLIESSEN_WARTEN, CLOSE_WAIT",
    "CloseWait, CLOSE_WAIT",
    "FIN_WARTEN_2, FIN_WAIT_2",
    "SYN_GESENDET, SYN_SENT",
    "SYN_RECEIVED, SYN_RECEIVED",
    "LAST_ACK, LAST_ACK",
    "DELETE_TCB, DELETE_TCB",
    "12, DELETE_TCB",
    "BOUND, BOUND",
    "100, BOUND",
    "CLOSED, CLOSED",
    "CLOSING, CLOSING",
  })
  void readsEverySpelling(String word, TcpState state) {
    assertThat(TcpState.parse(word)).contains(state);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"CLOSE_WAI, CLOSE_WAIT", "ESTABLIS, ESTABLISHED", "LISTEN, LISTENING"})
  void readsStatesCutByTheConsole(String word, TcpState state) {
    assertThat(TcpState.parseTruncated(word)).contains(state);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"FIN_WAIT, ambiguous", "CL, too short", "GEHEIM, unknown"})
  void refusesWhatIsNoStateOrAmbiguous(String word, String why) {
    assertThat(TcpState.parseTruncated(word)).as(why).isEmpty();
  }
}
