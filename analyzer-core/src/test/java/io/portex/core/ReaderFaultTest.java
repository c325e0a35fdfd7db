package io.portex.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.diag.Diagnostic;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.FormatRegistry;
import io.portex.core.format.InputFormat;
import io.portex.core.format.ReadContext;
import io.portex.core.format.Sniff;
import io.portex.core.format.netstat.NetstatFormat;
import io.portex.core.source.InputFile;
import io.portex.core.source.TextHead;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fault of one reader costs its own input, never the ticket. */
class ReaderFaultTest {

  private static final byte[] NETSTAT =
      ("  Proto  Local Address          Foreign Address        State           PID\n"
              + "  TCP    10.0.0.5:49801         10.0.0.9:1433          ESTABLISHED     5150\n")
          .getBytes(StandardCharsets.US_ASCII);

  /** Claims files named {@code *.boom}; its sniffer or reader throws as asked. */
  private record Faulty(boolean inSniff) implements InputFormat {
    @Override
    public String id() {
      return "faulty";
    }

    @Override
    public String description() {
      return "throws";
    }

    @Override
    public Sniff sniff(TextHead head) {
      if (!head.fileName().endsWith(".boom")) {
        return Sniff.no("not named .boom");
      }
      if (inSniff) {
        throw new IllegalStateException("sniff");
      }
      return new Sniff(1.0, "named .boom");
    }

    @Override
    public void read(ReadContext context, EvidenceSink sink) {
      throw new StringIndexOutOfBoundsException("read");
    }
  }

  private static InputFile bytes(String name, byte[] content) {
    return InputFile.of(name, content.length, null, () -> new ByteArrayInputStream(content));
  }

  private static Analysis analyze(boolean inSniff) {
    Analyzer analyzer =
        Analyzer.builder()
            .formats(new FormatRegistry(List.of(new Faulty(inSniff), new NetstatFormat())))
            .build();
    return analyzer.analyzeInputs(
        List.of(bytes("a.boom", new byte[] {'x'}), bytes("netstat.txt", NETSTAT)));
  }

  @Test
  void aReaderThatThrowsIsReportedAndTheOtherInputsRead() {
    Analysis analysis = analyze(false);

    assertThat(analysis.inputs().get(0).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("input.reader-fault");
    assertThat(analysis.inputs().get(1).records()).isEqualTo(1);
  }

  @Test
  void aSnifferThatThrowsIsReportedAndTheOtherInputsRead() {
    Analysis analysis = analyze(true);

    assertThat(analysis.inputs().get(0).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("input.reader-fault");
    assertThat(analysis.inputs().get(1).records()).isEqualTo(1);
  }
}
