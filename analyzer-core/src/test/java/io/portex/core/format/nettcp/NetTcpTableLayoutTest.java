package io.portex.core.format.nettcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetTcpTableLayoutTest {

  private static final String HEADER = "LocalAddress  LocalPort State       AppliedSetting Pid";
  private static final String DASHES = "------------  --------- -----       -------------- ---";

  private final TableLayout layout = TableLayout.of(HEADER, DASHES);

  @Test
  void blankCellsLeaveTheOthersInTheirColumns() {
    assertThat(layout.cells("10.0.0.5      50000     TimeWait                   0"))
        .containsExactly("10.0.0.5", "50000", "TimeWait", null, "0");
  }

  @Test
  void wordsOfOneValueStayTogether() {
    assertThat(layout.cells("10.0.0.5      50000     Time Wait   Internet Plus  0"))
        .containsExactly("10.0.0.5", "50000", "Time Wait", "Internet Plus", "0");
  }

  @Test
  void aValueLongerThanItsColumnShiftsTheRest() {
    assertThat(layout.cells("fe80::1:2:3:4%12 50000 TimeWait    Internet       0"))
        .containsExactly("fe80::1:2:3:4%12", "50000", "TimeWait", "Internet", "0");
  }

  @Test
  void aValueTooLongForItsColumnInARowOfSingleBlanks() {
    assertThat(layout.cells("fe80::1:2:3:4%12 50000 TimeWait Internet 0"))
        .containsExactly("fe80::1:2:3:4%12", "50000", "TimeWait", "Internet", "0");
  }

  @Test
  void indentationOfPastedTextIsKept() {
    TableLayout indented = TableLayout.of("    " + HEADER, "    " + DASHES);

    assertThat(indented.cells("    ::            445       Listen                     4"))
        .containsExactly("::", "445", "Listen", null, "4");
  }

  @Test
  void aLineThatDoesNotUnderlineTheHeaderIsNoLayout() {
    assertThat(TableLayout.of(HEADER, "")).isNull();
    assertThat(TableLayout.of(HEADER, "10.0.0.5      50000     TimeWait")).isNull();
    assertThat(TableLayout.of(HEADER, "---------------")).isNull();
    assertThat(TableLayout.of("Count Name", "----- ----").properties()).isEmpty();
  }

  @Test
  void headerWordsAreRecognizedInAnyCase() {
    assertThat(TableLayout.looksLikeHeader("localaddress LOCALPORT")).isTrue();
    assertThat(TableLayout.looksLikeHeader("  Proto  Local Address          Foreign Address"))
        .isFalse();
  }
}
