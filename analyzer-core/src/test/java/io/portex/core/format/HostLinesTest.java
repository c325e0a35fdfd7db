package io.portex.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.diag.Diagnostic;
import io.portex.core.diag.DiagnosticSink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lines inside a capture that name its machine. */
class HostLinesTest {

  private final DiagnosticSink diagnostics = new DiagnosticSink("capture.txt", 10);

  private List<HostLines.Found> read(String format, String... lines) {
    HostLines hosts = new HostLines(format, diagnostics);
    for (int i = 0; i < lines.length; i++) {
      hosts.line(lines[i], i + 1);
    }
    return hosts.found();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "C:\\Users\\admin>hostname|web01.contoso.local|PROMPT",
        "PS C:\\> hostname|Web01|PROMPT",
        "hostname|WEB01|PROMPT",
        "PS C:\\> $env:COMPUTERNAME|WEB01|PROMPT",
      })
  void aPromptedCommandNamesTheHostOnItsNextLine(String prompt, String output, String kind) {
    assertThat(read("netstat", prompt, "", output, "Active Connections"))
        .containsExactly(new HostLines.Found("WEB01", 3, HostLines.Kind.valueOf(kind)));
    assertThat(diagnostics.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("input.host-lines", 3L));
  }

  @Test
  void setSysteminfoAndRegistryLinesNameTheHost() {
    assertThat(read("registry", "ComSpec=C:\\WINDOWS\\system32\\cmd.exe", "COMPUTERNAME=APP02"))
        .extracting(HostLines.Found::host, HostLines.Found::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("APP02", HostLines.Kind.SET));
    assertThat(read("tasklist", "Host Name:                 SQL1", "OS Name: Microsoft"))
        .extracting(HostLines.Found::host)
        .containsExactly("SQL1");
    assertThat(
            read(
                "registry",
                "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters",
                "    Hostname    REG_SZ    web03",
                "    NV Hostname    REG_SZ    web03",
                "    Domain    REG_SZ    contoso.local"))
        .extracting(HostLines.Found::host)
        .containsExactly("WEB03");
  }

  @Test
  void aBareFirstLineNamesTheHostOfANetstatCaptureOnly() {
    assertThat(read("netstat", "WEB01", "", "Active Connections"))
        .extracting(HostLines.Found::kind)
        .containsExactly(HostLines.Kind.FIRST_LINE);
    assertThat(read("netstat", "SQLPROD", "Active Connections"))
        .extracting(HostLines.Found::host)
        .containsExactly("SQLPROD");
    assertThat(read("netstat", "web-02.contoso.local", "Active Connections"))
        .extracting(HostLines.Found::host)
        .containsExactly("WEB-02");
    assertThat(read("netstat", "Timestamp", "Active Connections")).isEmpty();
    assertThat(read("netstat", "アクティブな接続", "")).isEmpty();
    assertThat(read("netstat", "活动连接", "")).isEmpty();
    assertThat(read("netstat", "Connections", "")).isEmpty();
    assertThat(read("registry", "WEB01", "")).isEmpty();
    assertThat(read("netstat", "Active Connections", "WEB01")).isEmpty();
  }

  @Test
  void linesOfTabsAndOtherWhiteSpaceAreBlank() {
    // a first line of a tab once stopped the netstat reader (found by NetstatBlocksFuzzTest)
    assertThat(read("netstat", "\t", "\t  \u2003", "WEB01", "Active Connections"))
        .extracting(HostLines.Found::host, HostLines.Found::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("WEB01", HostLines.Kind.FIRST_LINE));
    assertThat(read("netstat", "C:\\>hostname", "\t", "APP02"))
        .extracting(HostLines.Found::host)
        .containsExactly("APP02");
    assertThat(diagnostics.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line)
        .containsOnly(org.assertj.core.groups.Tuple.tuple("input.host-lines", 3L));
  }

  @Test
  void timestampsAddressesAndCommandLinesNameNoHost() {
    assertThat(read("netstat", "2026-11-03")).isEmpty();
    assertThat(read("netstat", "10:00:01")).isEmpty();
    assertThat(read("netstat", "netstat")).isEmpty();
    assertThat(read("netstat", "C:\\>hostname", "10.0.0.5")).isEmpty();
    assertThat(read("netstat", "C:\\>hostname", "C:\\>netstat -ano")).isEmpty();
    assertThat(read("netstat", "    Domain    REG_SZ    contoso.local")).isEmpty();
    assertThat(diagnostics.diagnostics()).isEmpty();
  }

  @Test
  void twoMachinesInOneFileAreAConflict() {
    assertThat(read("netstat", "C:\\>hostname", "WEB01", "COMPUTERNAME=WEB02", "hostname", "WEB01"))
        .extracting(HostLines.Found::host)
        .containsExactly("WEB01", "WEB02");
    assertThat(diagnostics.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("input.host-lines", 2L),
            org.assertj.core.groups.Tuple.tuple("input.host-conflict", 3L));
  }
}
