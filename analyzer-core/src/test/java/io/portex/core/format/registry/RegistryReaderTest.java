package io.portex.core.format.registry;

import static io.portex.core.TestInputs.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.TestInputs;
import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.Severity;
import io.portex.core.model.fact.RegistryValue;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryReaderTest {

  static final String PARAMETERS =
      "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters";

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

  private static String value(String name, String type, String data) {
    return "    " + name + "    " + type + "    " + data + "\n";
  }

  @Nested
  class Variants {

    @ParameterizedTest
    @CsvSource({"UTF-8,false", "UTF-16LE,true", "IBM850,false"})
    void regQueryGivesEveryNumberUnderItsKey(String charset, boolean bom) {
      String text =
          TestInputs.read(TestInputs.fixture("registry/en-reg-query-tcpip-parameters.txt"));
      Path written =
          TestInputs.write(dir, "tcpip.txt", text, Charset.forName(charset), bom, "\r\n");

      Analysis analysis = analyze(written);

      assertThat(analysis.inputs().get(0).format()).isEqualTo("registry");
      assertThat(analysis.facts(RegistryValue.class))
          .extracting(RegistryValue::name, RegistryValue::value)
          .containsExactly(
              tuple("ForwardBroadcasts", 0L),
              tuple("IPEnableRouter", 0L),
              tuple("UseDomainNameDevolution", 1L),
              tuple("EnableICMPRedirect", 1L),
              tuple("DeadGWDetectDefault", 1L),
              tuple("DontAddDefaultGatewayDefault", 0L),
              tuple("EnableWsd", 1L),
              tuple("TcpTimedWaitDelay", 30L),
              tuple("MaxUserPort", 65534L),
              tuple("TcpNumConnections", 16777214L));
      assertThat(analysis.facts(RegistryValue.class))
          .extracting(RegistryValue::key)
          .containsOnly(PARAMETERS);
      assertThat(analysis.facts(RegistryValue.class).get(7).source().firstLine()).isEqualTo(16);
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code, Diagnostic::message)
          .contains(
              tuple(
                  "registry.skipped-values",
                  "7 text or binary value(s) were not read: only numbers are"));
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void oldRegExeSeparatesWithTabs() {
      Analysis analysis = analyze(TestInputs.fixture("registry/en-reg-query-xp-tabs.txt"));

      assertThat(analysis.facts(RegistryValue.class))
          .extracting(RegistryValue::key, RegistryValue::name, RegistryValue::value)
          .containsExactly(
              tuple(PARAMETERS, "TcpTimedWaitDelay", 60L),
              tuple(PARAMETERS, "MaxUserPort", 65534L));
      assertThat(warnings(analysis)).isEmpty();
    }

    @Test
    void decimalShownAndQwordNumbers() {
      Analysis analysis =
          analyze(TestInputs.fixture("registry/en-reg-query-decimal-and-qword.txt"));

      assertThat(analysis.facts(RegistryValue.class))
          .extracting(RegistryValue::name, RegistryValue::value)
          .containsExactly(
              tuple("TcpTimedWaitDelay", 30L),
              tuple("MaxUserPort", 65534L),
              tuple("TcpMaxDataRetransmissions", 5L),
              tuple("SomeCounter", 4294967296L));
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO)).isEmpty();
    }

    @Test
    void regExportInUtf16WithByteOrderMark() {
      String text = TestInputs.read(TestInputs.fixture("registry/tcpip-parameters-export.reg"));
      Path written =
          TestInputs.write(dir, "tcpip.reg", text, StandardCharsets.UTF_16LE, true, "\r\n");

      Analysis analysis = analyze(written);

      assertThat(analysis.inputs().get(0).format()).isEqualTo("registry");
      assertThat(analysis.inputs().get(0).charset()).isEqualTo("UTF-16LE");
      assertThat(analysis.facts(RegistryValue.class))
          .extracting(RegistryValue::key, RegistryValue::name, RegistryValue::value)
          .containsExactly(
              tuple(PARAMETERS, "ForwardBroadcasts", 0L),
              tuple(PARAMETERS, "TcpTimedWaitDelay", 30L),
              tuple(PARAMETERS, "MaxUserPort", 65534L),
              tuple(PARAMETERS, "SomeQword", 4294967296L),
              tuple(PARAMETERS + "\\Winsock", "UseDelayedAcceptance", 0L),
              tuple(PARAMETERS + "\\Winsock", "MinSockaddrLength", 16L));
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("registry.skipped-values", 4L));
    }
  }

  @Nested
  class Limits {

    @ParameterizedTest
    @CsvSource({
      "TcpTimedWaitDelay, 0x1e, ''",
      "TcpTimedWaitDelay, 0x12c, ''",
      "TcpTimedWaitDelay, 0x14, INFO registry.short-time-wait",
      "TcpTimedWaitDelay, 0x2, INFO registry.short-time-wait",
      "TcpTimedWaitDelay, 0x1, WARNING registry.out-of-range",
      "TcpTimedWaitDelay, 0x258, WARNING registry.out-of-range",
      "MaxUserPort, 0x1388, ''",
      "MaxUserPort, 0xfffe, ''",
      "MaxUserPort, 0xffff, WARNING registry.out-of-range",
      "MaxUserPort, 0x3e8, WARNING registry.out-of-range",
      "TcpMaxDataRetransmissions, 0x1, ''"
    })
    void valuesOutsideTheDocumentedRangeAreReportedAndKept(
        String name, String data, String remark) {
      String text = PARAMETERS + "\n" + value(name, "REG_DWORD", data);

      Analysis analysis = analyze(file("value.txt", text));

      assertThat(analysis.facts(RegistryValue.class))
          .extracting(RegistryValue::name, RegistryValue::value)
          .containsExactly(tuple(name, Long.parseLong(data.substring(2), 16)));
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(d -> d.severity() + " " + d.code())
          .containsExactlyElementsOf(remark.isEmpty() ? List.of() : List.of(remark));
    }
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
    void hexThatIsNoHexIsNamedAndTheRestRead() {
      String text =
          PARAMETERS
              + "\n"
              + value("TcpTimedWaitDelay", "REG_DWORD", "0xZZ")
              + value("MaxUserPort", "REG_DWORD", "0xfffe")
              + "\n";

      Analysis analysis = analyze(file("bad-hex.txt", text));

      assertThat(analysis.facts(RegistryValue.class))
          .extracting(RegistryValue::name)
          .containsExactly("MaxUserPort");
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::message)
          .containsExactly(
              tuple(
                  "registry.bad-number",
                  2L,
                  "TcpTimedWaitDelay: '0xZZ' is no hex number; not read"));
    }

    @Test
    void exportedDwordWithTooManyDigitsIsRefused() {
      String text =
          "Windows Registry Editor Version 5.00\n\n["
              + PARAMETERS
              + "]\n\"TcpTimedWaitDelay\"=dword:0000001e0\n\"MaxUserPort\"=dword:0000fffe\n";

      Analysis analysis = analyze(file("long.reg", text));

      assertThat(analysis.facts(RegistryValue.class))
          .extracting(RegistryValue::name)
          .containsExactly("MaxUserPort");
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("registry.bad-number", 4L));
    }

    @Test
    void truncatedLastLineIsKeptWithAWarning() {
      String text =
          PARAMETERS
              + "\n"
              + value("TcpTimedWaitDelay", "REG_DWORD", "0x1e")
              + "    MaxUserPort    REG_DWORD    0xff";

      Analysis analysis = analyze(file("cut.txt", text));

      assertThat(analysis.facts(RegistryValue.class))
          .extracting(RegistryValue::name, RegistryValue::value)
          .containsExactly(tuple("TcpTimedWaitDelay", 30L), tuple("MaxUserPort", 255L));
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("registry.cut-line", 3L), tuple("registry.out-of-range", 3L));
    }

    @Test
    void lineCutInsideItsTypeIsNamed() {
      String text =
          PARAMETERS
              + "\n"
              + value("TcpTimedWaitDelay", "REG_DWORD", "0x1e")
              + "    MaxUserPort    REG_DW";

      Analysis analysis = analyze(file("cut-type.txt", text));

      assertThat(analysis.facts(RegistryValue.class)).hasSize(1);
      assertThat(warnings(analysis))
          .extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple("registry.unknown-type", 3L));
    }

    @Test
    void valuesWithoutAKeyLineKeepAnEmptyKey() {
      String text =
          value("TcpTimedWaitDelay", "REG_DWORD", "0x1e")
              + value("MaxUserPort", "REG_DWORD", "0xfffe")
              + value("EnableWsd", "REG_DWORD", "0x1");

      Analysis analysis = analyze(file("no-key.txt", text));

      assertThat(analysis.facts(RegistryValue.class))
          .extracting(RegistryValue::key)
          .containsOnly("");
      assertThat(TestInputs.diagnostics(analysis, Severity.INFO))
          .extracting(Diagnostic::code)
          .contains("registry.no-key");
    }
  }
}
