package io.portex.core.format.nettcp;

import static io.portex.core.format.nettcp.NetTcpInputs.analyze;
import static io.portex.core.format.nettcp.NetTcpInputs.parse;
import static io.portex.core.format.nettcp.NetTcpInputs.states;
import static io.portex.core.format.nettcp.NetTcpInputs.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portex.core.Analysis;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An empty address cell costs that cell, never the file (it used to end the whole ticket). */
class NetTcpEmptyCellTest {

  @TempDir Path dir;

  @Test
  void emptyAddressCellsInTheCsvAreWarnedAndTheRowsKept() {
    String csv =
        "\"LocalAddress\",\"LocalPort\",\"RemoteAddress\",\"RemotePort\",\"State\",\"OwningProcess\"\n"
            + "\"10.0.0.5\",\"49801\",\"\",\"1433\",\"Established\",\"5150\"\n"
            + "\"\",\"49802\",\"10.0.0.9\",\"1433\",\"TimeWait\",\"0\"\n"
            + "\" \",\"49803\",\"10.0.0.9\",\"1433\",\"TimeWait\",\"0\"\n";

    Analysis analysis = analyze(NetTcpInputs.write(dir, "empty.csv", csv));

    assertThat(analysis.inputs().get(0).format()).isEqualTo("nettcp-csv");
    assertThat(states(analysis.snapshots().get(0))).isEqualTo(parse("ESTABLISHED=1 TIME_WAIT=2"));
    assertThat(warnings(analysis))
        .extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(
            tuple("nettcp.no-address", 2L),
            tuple("nettcp.no-address", 3L),
            tuple("nettcp.no-address", 4L));
  }

  @Test
  void anEmptyAddressInTheListViewIsWarnedAndTheEntryKept() {
    String text = TestInputs.read(TestInputs.fixture("nettcp/ps51-list-view.txt"));
    String emptied = text.replaceFirst("LocalAddress( *): 127\\.0\\.0\\.1", "LocalAddress$1:");

    Analysis analysis = analyze(NetTcpInputs.write(dir, "fl.txt", emptied));

    assertThat(states(analysis.snapshots().get(0)))
        .isEqualTo(parse("LISTENING=1 TIME_WAIT=1 ESTABLISHED=1 CLOSE_WAIT=1"));
    assertThat(warnings(analysis)).extracting(Diagnostic::code).contains("nettcp.no-address");
  }
}
