package io.portex.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

/**
 * One fuzz target per reader: the bytes sniffed and read as that format whatever the sniff says.
 * {@code mvn verify} replays {@code ReaderFuzzTestInputs/<target>/}; {@code scripts/fuzz.sh}
 * fuzzes.
 */
class ReaderFuzzTest {

  /**
   * Loads (and, when fuzzing, instruments) every reader's classes before the first input, so that
   * the first input is not charged with the start-up and taken for a hang.
   */
  @BeforeAll
  static void warmUp() {
    Harness.warmUp();
  }

  @FuzzTest
  void netstat(byte[] data) {
    Harness.read("netstat", data);
  }

  @FuzzTest
  void netshDynamicPort(byte[] data) {
    Harness.read("netsh-dynamicport", data);
  }

  @FuzzTest
  void netshExcluded(byte[] data) {
    Harness.read("netsh-excluded", data);
  }

  @FuzzTest
  void netstatStats(byte[] data) {
    Harness.read("netstat-stats", data);
  }

  @FuzzTest
  void registry(byte[] data) {
    Harness.read("registry", data);
  }

  @FuzzTest
  void tasklist(byte[] data) {
    Harness.read("tasklist", data);
  }

  @FuzzTest
  void netTcpCsv(byte[] data) {
    Harness.read("nettcp-csv", data);
  }

  @FuzzTest
  void netTcpTable(byte[] data) {
    Harness.read("nettcp-table", data);
  }

  @FuzzTest
  void trendCsv(byte[] data) {
    Harness.read("trend-csv", data);
  }

  @FuzzTest
  void monitorLog(byte[] data) {
    Harness.read("monitor-log", data);
  }

  @FuzzTest
  void perfmonCsv(byte[] data) {
    Harness.read("perfmon-csv", data);
  }

  @FuzzTest
  void evtx(byte[] data) {
    Harness.read("eventlog-evtx", data);
  }

  @FuzzTest
  void eventXml(byte[] data) {
    Harness.read("eventlog-xml", data);
  }

  @FuzzTest
  void eventCsv(byte[] data) {
    Harness.read("eventlog-csv", data);
  }

  @FuzzTest
  void eventText(byte[] data) {
    Harness.read("eventlog-text", data);
  }
}
