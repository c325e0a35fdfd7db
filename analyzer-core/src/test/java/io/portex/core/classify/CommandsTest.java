package io.portex.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portex.core.Analysis;
import io.portex.core.Analyzer;
import io.portex.core.HostAnalysis;
import io.portex.core.model.EphemeralCapacity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every line portex prints for a person to paste: accepted by {@link ShellSyntax}, right system.
 */
class CommandsTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  private static final EphemeralCapacity LEGACY =
      new EphemeralCapacity(1025, 3976, 0, "registry MaxUserPort on a legacy system", true);

  static Stream<TargetSystem> systems() {
    EphemeralCapacity small = new EphemeralCapacity(60000, 2000, 12, "netsh");
    return Stream.of(
        new TargetSystem(EphemeralCapacity.DEFAULT, false, null, null, null),
        new TargetSystem(small, true, new TargetSystem.Range(50000, 4000), null, 240L),
        new TargetSystem(small, true, null, null, null),
        new TargetSystem(LEGACY, false, null, 5000L, 120L),
        new TargetSystem(LEGACY, false, null, null, null));
  }

  static List<Command> commandsFor(TargetSystem system) {
    List<Command> all = new ArrayList<>();
    all.addAll(FixCommands.widenRange(system));
    all.addAll(FixCommands.defaultRange(system));
    all.addAll(FixCommands.shortenTimeWait(system));
    all.addAll(FixCommands.showExclusions(system));
    all.addAll(CaptureCommands.netstatLoop(system));
    all.addAll(CaptureCommands.dynamicRange(system));
    all.add(CaptureCommands.tcpipParameters());
    all.add(CaptureCommands.tasklist());
    all.addAll(CaptureCommands.tcpipEvents(system));
    return all;
  }

  @ParameterizedTest
  @MethodSource("systems")
  void everyCommandForEverySystemParses(TargetSystem system) {
    for (Command command : commandsFor(system)) {
      assertThat(ShellSyntax.problems(command)).as(command.line()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("systems")
  void aChangeComesWithItsVerificationAndRollback(TargetSystem system) {
    for (List<Command> fix :
        List.of(
            FixCommands.widenRange(system),
            FixCommands.defaultRange(system),
            FixCommands.shortenTimeWait(system))) {
      assertThat(fix)
          .extracting(Command::purpose)
          .contains(Command.Purpose.CHANGE, Command.Purpose.VERIFY, Command.Purpose.ROLLBACK);
    }
  }

  @Test
  void legacyGetsMaxUserPortInTheRegistryAndNeverNetsh() {
    TargetSystem legacy = new TargetSystem(LEGACY, false, null, 5000L, null);
    assertThat(FixCommands.widenRange(legacy))
        .extracting(Command::line)
        .containsExactly(
            "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\" /v"
                + " MaxUserPort /t REG_DWORD /d 65534 /f",
            "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\" /v"
                + " MaxUserPort",
            "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\" /v"
                + " MaxUserPort /t REG_DWORD /d 5000 /f");
    assertThat(FixCommands.rangeCaveats(legacy)).anyMatch(c -> c.contains("reboot"));
    assertThat(commandsFor(legacy)).noneMatch(c -> c.line().contains("netsh"));
    assertThat(commandsFor(legacy)).noneMatch(c -> c.line().contains("netstat -anoq"));
    assertThat(commandsFor(legacy)).noneMatch(c -> c.line().contains("timeout"));
    assertThat(commandsFor(legacy)).noneMatch(c -> c.line().contains("wevtutil"));
  }

  @Test
  void rollbackDeletesAValueThatWasNotSet() {
    TargetSystem legacy = new TargetSystem(LEGACY, false, null, null, null);
    assertThat(FixCommands.widenRange(legacy).get(2).line())
        .isEqualTo(
            "reg delete \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\" /v"
                + " MaxUserPort /f");
  }

  @Test
  void ipv6GetsItsOwnLinesAndItsOwnRollback() {
    EphemeralCapacity small = new EphemeralCapacity(60000, 2000, 0, "netsh");
    TargetSystem both =
        new TargetSystem(small, true, new TargetSystem.Range(50000, 4000), null, null);
    assertThat(FixCommands.widenRange(both))
        .extracting(Command::line)
        .containsExactly(
            "netsh int ipv4 set dynamicport tcp start=10000 num=55536",
            "netsh int ipv6 set dynamicport tcp start=10000 num=55536",
            "netsh int ipv4 show dynamicport tcp",
            "netsh int ipv6 show dynamicport tcp",
            "netsh int ipv4 set dynamicport tcp start=60000 num=2000",
            "netsh int ipv6 set dynamicport tcp start=50000 num=4000");
  }

  @Test
  void theCheckerRejectsWhatDoesNotWorkWhenPasted() {
    // the loop this issue was filed for: %date% %time% expand once for the whole for line
    assertThat(
            ShellSyntax.cmd(
                "for /l %i in (1,1,12) do (echo ==== %date% %time% ==== >> netstat-loop.txt &"
                    + " netstat -ano >> netstat-loop.txt & timeout /t 300 > nul)",
                false))
        .anyMatch(p -> p.contains("expands once"));
    assertThat(ShellSyntax.cmd("for /l %i in (1,1,2) do (echo !time!)", false))
        .anyMatch(p -> p.contains("delayed expansion"));
    assertThat(ShellSyntax.cmd("for /l %%i in (1,1,2) do (echo x)", false)).isNotEmpty();
    assertThat(ShellSyntax.cmd("reg add \"HKLM\\X /v Y", false)).contains("unclosed double quote");
    assertThat(ShellSyntax.cmd("(echo a & echo b", false)).contains("unbalanced parentheses");
    assertThat(ShellSyntax.cmd("echo a &", false)).isNotEmpty();
    assertThat(ShellSyntax.cmd("timeout /t 300>nul", false)).isNotEmpty();
    assertThat(ShellSyntax.cmd("netstat -ano >", false)).isNotEmpty();
    assertThat(ShellSyntax.powershell("netsh a > x.txt & netsh b >> x.txt")).isNotEmpty();
    assertThat(ShellSyntax.powershell("echo %date%")).isNotEmpty();
    assertThat(ShellSyntax.powershell("a && b")).isNotEmpty();
    assertThat(ShellSyntax.powershell("\"$(Get-Date -Format o\"")).isNotEmpty();
    assertThat(ShellSyntax.powershell("1..3 | % { 'x' ")).isNotEmpty();
    assertThat(ShellSyntax.powershell("echo \"a $ b\"")).isNotEmpty();
    assertThat(ShellSyntax.powershell("Get-Process |")).isNotEmpty();
    // and accepts what does
    assertThat(ShellSyntax.cmd("netstat -ano 2>&1 | findstr /i BOUND", false)).isEmpty();
    assertThat(ShellSyntax.powershell("netstat -ano 2>&1 | Select-String BOUND")).isEmpty();
  }

  /** The lines printed for every bundled sample: all parse, and none for netsh on a legacy one. */
  @Test
  void everyCommandPrintedForTheSamplesParses() throws IOException {
    assumeTrue(Files.isDirectory(SAMPLES), "no samples folder");
    List<Path> samples;
    try (Stream<Path> list = Files.list(SAMPLES)) {
      samples = list.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(samples).isNotEmpty();
    Analyzer analyzer = Analyzer.builder().zone(ZoneOffset.UTC).build();
    for (Path sample : samples) {
      Analysis analysis = analyzer.analyze(List.of(sample));
      for (HostAnalysis host : analysis.hosts()) {
        List<Command> printed = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        for (Finding finding : host.findings()) {
          for (Recommendation r : finding.recommendations()) {
            printed.addAll(r.commands());
            prose.add(r.action());
          }
        }
        Stream.concat(host.consistency().stream(), host.collectNext().stream())
            .forEach(
                note -> {
                  printed.addAll(note.commands());
                  prose.add(note.message());
                });
        for (Command command : printed) {
          assertThat(ShellSyntax.problems(command))
              .as(sample.getFileName() + ": " + command.line())
              .isEmpty();
        }
        if (host.timeline().capacity().legacy()) {
          assertThat(printed).noneMatch(c -> c.line().contains("netsh"));
          assertThat(prose).noneMatch(p -> p.contains("netsh"));
        }
      }
    }
  }

  @Test
  void theLegacySampleIsLegacy() {
    Path legacy = SAMPLES.resolve("legacy-2003-maxuserport");
    assumeTrue(Files.isDirectory(legacy), "no legacy sample");
    Analysis analysis = Analyzer.builder().zone(ZoneOffset.UTC).build().analyze(List.of(legacy));
    assertThat(analysis.capacity().legacy()).isTrue();
    assertThat(analysis.findings())
        .flatMap(Finding::recommendations)
        .flatMap(Recommendation::commands)
        .extracting(Command::line)
        .anyMatch(l -> l.contains("/v MaxUserPort /t REG_DWORD /d 65534"));
  }
}
