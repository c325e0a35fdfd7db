package io.portex.core.format.tasklist;

import static io.portex.core.TestInputs.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.model.ProcessUsage;
import io.portex.core.model.fact.ProcessImage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TasklistReaderTest {

  @TempDir Path dir;

  static Analyzer analyzer() {
    return TestInputs.analyzer();
  }

  static Analysis analyze(Path... files) {
    return analyzer().analyze(List.of(files));
  }

  private Path file(String name, String text) {
    return TestInputs.write(dir, name, text, StandardCharsets.UTF_8, false, "\r\n");
  }

  private static List<Tuple> images(Analysis analysis) {
    return analysis.facts(ProcessImage.class).stream().map(p -> tuple(p.pid(), p.image())).toList();
  }

  private static final List<Tuple> PROCESSES =
      List.of(
          tuple(0, "System Idle Process"),
          tuple(4, "System"),
          tuple(120, "Registry"),
          tuple(444, "smss.exe"),
          tuple(616, "csrss.exe"),
          tuple(912, "svchost.exe"),
          tuple(4242, "w3wp.exe"),
          tuple(5150, "java.exe"),
          tuple(6100, "VeryLongApplicationNameThatIsCut.exe"));

  private static final List<Tuple> SERVICES =
      List.of(
          tuple(0, "System Idle Process"),
          tuple(4, "System"),
          tuple(912, "svchost.exe"),
          tuple(1024, "svchost.exe"),
          tuple(4242, "w3wp.exe"));

  @Nested
  class Csv {

    @ParameterizedTest
    @CsvSource({
      "tasklist/en-tasklist-csv.txt, UTF-8, false",
      "tasklist/de-tasklist-csv.txt, IBM850, false",
      "tasklist/de-tasklist-csv.txt, UTF-16LE, true",
      "tasklist/en-tasklist-csv-nh.txt, UTF-8, false",
      "tasklist/en-tasklist-csv-nh.txt, UTF-16LE, true"
    })
    void everyRowNamesItsPid(String fixture, String charset, boolean bom) {
      String text = TestInputs.read(TestInputs.fixture(fixture));
      Path written =
          TestInputs.write(dir, "tasks.csv", text, Charset.forName(charset), bom, "\r\n");

      Analysis analysis = analyze(written);

      assertThat(analysis.inputs().get(0).format()).isEqualTo("tasklist");
      assertThat(images(analysis)).containsExactlyElementsOf(PROCESSES);
      assertThat(analysis.facts(ProcessImage.class).get(0).source().firstLine())
          .isEqualTo(fixture.contains("-nh") ? 1 : 2);
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void servicesColumnIsNoProblem() {
      Analysis analysis = analyze(TestInputs.fixture("tasklist/en-tasklist-svc-csv.txt"));

      assertThat(images(analysis)).containsExactlyElementsOf(SERVICES);
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void headersOfTheRealCorpusAreRecognised() {
      List<String> quoted =
          TestInputs.read(TestInputs.corpus("tasklist/de-en-header-comment-javacode.txt"))
              .lines()
              .map(String::strip)
              .filter(l -> l.startsWith("// \""))
              .map(l -> l.substring(3))
              .toList();
      assertThat(quoted).hasSize(3);
      String row = quoted.get(2);

      for (String header : quoted.subList(0, 2)) {
        Analysis analysis = analyze(file("tasks.csv", header + "\n" + row + "\n"));

        assertThat(analysis.inputs().get(0).format()).isEqualTo("tasklist");
        assertThat(images(analysis)).containsExactly(tuple(616, "csrss.exe"));
        assertThat(warnings(analysis)).isEmpty();
      }
    }
  }

  @Nested
  class Table {

    @ParameterizedTest
    @ValueSource(strings = {"tasklist/en-tasklist-table.txt", "tasklist/de-tasklist-table.txt"})
    void columnsComeFromTheUnderline(String fixture) {
      Analysis analysis = analyze(TestInputs.fixture(fixture));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("tasklist");
      assertThat(images(analysis))
          .containsExactlyElementsOf(
              PROCESSES.stream()
                  .map(
                      t ->
                          t.toList().get(0).equals(6100)
                              ? tuple(6100, "VeryLongApplicationNameTh")
                              : t)
                  .toList());
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO)).isEmpty();
    }

    @Test
    void wrappedServiceListsAreNoRows() {
      Analysis analysis = analyze(TestInputs.fixture("tasklist/en-tasklist-svc-table.txt"));

      assertThat(images(analysis)).containsExactlyElementsOf(SERVICES);
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO)).isEmpty();
    }

    @Test
    void tablesOfTwoRunsInOneFileAreBothRead() {
      String table = TestInputs.read(TestInputs.fixture("tasklist/en-tasklist-table.txt"));

      Analysis analysis = analyze(file("twice.txt", table + table));

      assertThat(analysis.facts(ProcessImage.class)).hasSize(2 * PROCESSES.size());
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO)).isEmpty();
    }

    /** The table's lines as a console pastes them when the line ends are lost. */
    private String glued(String separator, int consoleWidth, boolean headerOnItsOwnLines) {
      List<String> lines =
          TestInputs.read(TestInputs.fixture("tasklist/en-tasklist-table.txt"))
              .lines()
              .filter(l -> !l.isBlank())
              .map(l -> String.format("%-" + consoleWidth + "s", l))
              .toList();
      return headerOnItsOwnLines
          ? lines.get(0)
              + "\n"
              + lines.get(1)
              + "\n"
              + String.join(separator, lines.subList(2, lines.size()))
          : "PS C:\\> tasklist\n" + String.join(separator, lines) + "\n";
    }

    @ParameterizedTest
    @CsvSource({
      "'', 76, false",
      "' ', 76, false",
      "'', 80, false",
      "'', 120, false",
      "'', 80, true"
    })
    void rowsGluedOntoOneLineAreSplitOnTheirPadding(String separator, int width, boolean header) {
      Analysis analysis = analyze(file("glued.txt", glued(separator, width, header)));

      assertThat(analysis.inputs().get(0).format()).isEqualTo("tasklist");
      assertThat(images(analysis)).hasSize(PROCESSES.size());
      assertThat(images(analysis).get(3)).isEqualTo(tuple(444, "smss.exe"));
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactlyElementsOf(
              header
                  ? List.of(tuple("tasklist.glued-rows", 3L))
                  : List.of(tuple("tasklist.glued-rows", 2L), tuple("tasklist.other-lines", 1L)));
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void headerAndUnderlineGluedWithRowsOnTheirOwnLines() {
      String table = TestInputs.read(TestInputs.fixture("tasklist/en-tasklist-table.txt")).strip();
      int underline = table.indexOf("\n=");
      String text =
          table.substring(0, underline).stripTrailing() + " " + table.substring(underline + 1);

      Analysis analysis = analyze(file("glued-header.txt", text));

      assertThat(images(analysis)).hasSize(PROCESSES.size());
    }

    @Test
    void aGluedLineLongerThanTheUsualCapIsRead() {
      StringBuilder rows = new StringBuilder();
      for (int pid = 1000; pid < 1400; pid++) {
        rows.append(
            String.format(
                "%-25s %8d %-16s %11d %12s", "svchost.exe", pid, "Services", 0, "9,999 K"));
      }
      String text =
          "Image Name                     PID Session Name        Session#    Mem Usage\n"
              + "========================= ======== ================ =========== ============\n"
              + rows
              + "\n";
      assertThat(rows.length()).isGreaterThan(16 * 1024);

      Analysis analysis = analyze(file("many.txt", text));

      assertThat(analysis.facts(ProcessImage.class)).hasSize(400);
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void cp850TableReadsTheSame() {
      String text = TestInputs.read(TestInputs.fixture("tasklist/de-tasklist-table.txt"));
      Path written =
          TestInputs.write(dir, "de.txt", text, Charset.forName("IBM850"), false, "\r\n");

      assertThat(images(analyze(written))).hasSize(PROCESSES.size());
    }
  }

  @Test
  void imagesNameTheProcessesOfNetstatSnapshots() {
    String netstat =
        "\nActive Connections\n\n  Proto  Local Address          Foreign Address        State           PID\n"
            + "  TCP    10.0.0.5:50000         10.0.0.9:1433          ESTABLISHED     4242\n"
            + "  TCP    10.0.0.5:50001         10.0.0.9:1433          TIME_WAIT       0\n"
            + "  TCP    10.0.0.5:50002         10.0.0.9:443           CLOSE_WAIT      5150\n";

    Analysis analysis =
        analyze(file("netstat.txt", netstat), TestInputs.fixture("tasklist/en-tasklist-csv.txt"));

    assertThat(analysis.snapshots().get(0).processes())
        .extracting(ProcessUsage::pid, ProcessUsage::name)
        .contains(tuple(4242, "w3wp.exe"), tuple(5150, "java.exe"));
  }

  @Nested
  class HostileInput {

    @Test
    void emptyFileIsSkippedAsUnknown() {
      Analysis analysis = analyze(file("empty.txt", ""));

      assertThat(analysis.inputs().get(0).recognized()).isFalse();
      assertThat(analysis.facts()).isEmpty();
      assertThat(TestInputs.diagnostics(analysis, Severity.ERROR)).isEmpty();
    }

    @Test
    void csvRowWithAPidThatIsNoNumberIsNamedAndSkipped() {
      String text =
          "\"Image Name\",\"PID\",\"Session Name\",\"Session#\",\"Mem Usage\"\n"
              + "\"System\",\"4\",\"Services\",\"0\",\"140 K\"\n"
              + "\"svchost.exe\",\"9x12\",\"Services\",\"0\",\"27,300 K\"\n"
              + "\"w3wp.exe\",\"4242\",\"Services\",\"0\",\"512,004 K\"\n";

      Analysis analysis = analyze(file("bad-pid.csv", text));

      assertThat(images(analysis)).containsExactly(tuple(4, "System"), tuple(4242, "w3wp.exe"));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("tasklist.bad-pid", 3L));
    }

    @Test
    void csvCutInTheLastRowLosesThatRowOnly() {
      String text =
          TestInputs.read(TestInputs.fixture("tasklist/en-tasklist-csv.txt")).stripTrailing();
      text = text.substring(0, text.lastIndexOf("\"6100\"") + 4);

      Analysis analysis = analyze(file("cut.csv", text));

      assertThat(images(analysis)).containsExactlyElementsOf(PROCESSES.subList(0, 8));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("tasklist.short-row", 10L));
    }

    @Test
    void tableCutInTheLastRowLosesThatRowOnly() {
      String text =
          TestInputs.read(TestInputs.fixture("tasklist/en-tasklist-table.txt")).stripTrailing();
      text = text.substring(0, text.lastIndexOf("6100") + 12);

      Analysis analysis = analyze(file("cut.txt", text));

      assertThat(images(analysis)).hasSize(8);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("tasklist.cut-row", 12L));
    }

    @Test
    void tableRowWithAPidThatIsNoNumberIsNamed() {
      String text =
          TestInputs.read(TestInputs.fixture("tasklist/en-tasklist-table.txt"))
              .replace("     912 Services", "    9l2 Services");

      Analysis analysis = analyze(file("bad-pid.txt", text));

      assertThat(images(analysis)).hasSize(8);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("tasklist.bad-pid", 9L));
    }

    @Test
    void headerAloneGivesNoProcessesAndSaysSo() {
      Analysis analysis =
          analyze(
              file(
                  "header.csv",
                  "\"Image Name\",\"PID\",\"Session Name\",\"Session#\",\"Mem Usage\"\n"));

      assertThat(analysis.facts()).isEmpty();
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code)
          .containsExactly("tasklist.no-processes");
    }
  }
}
