package io.portex.core.format.nettcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.portex.core.TestInputs;
import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.TestContexts;
import io.portex.core.model.Snapshot;
import io.portex.core.source.InputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Either reader, made to read any file of the shared corpus whatever it holds (netstat captures,
 * event logs, binary .evtx, Group-Object summaries), reports and never throws, and finds no
 * connections in what is not a Get-NetTCPConnection output.
 */
class NetTcpForcedReadTest {

  static Stream<Path> corpusFiles() throws IOException {
    Path root = TestInputs.corpus("MANIFEST.tsv").getParent();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusFiles")
  void eitherReaderReadsAnythingWithoutThrowing(Path file) throws IOException {
    boolean ours =
        file.getParent().getFileName().toString().equals("getnettcp")
            && !file.getFileName().toString().startsWith("group-");

    for (InputFormat format : List.of(new NetTcpCsvFormat(), new NetTcpTableFormat())) {
      List<Snapshot> snapshots = new ArrayList<>();
      assertThatCode(() -> format.read(context(file), TestContexts.snapshotsInto(snapshots)))
          .as("%s on %s", format.id(), file)
          .doesNotThrowAnyException();
      if (!ours) {
        assertThat(snapshots).as("%s on %s", format.id(), file).isEmpty();
      }
    }
  }

  private static ReadContext context(Path path) throws IOException {
    InputFile input = InputFile.of(path);
    return TestContexts.of(input, ZoneOffset.UTC, 16 * 1024, new DiagnosticSink(input.name(), 50));
  }
}
