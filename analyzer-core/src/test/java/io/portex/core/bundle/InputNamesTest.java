package io.portex.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputNamesTest {

  @TempDir Path dir;

  @Test
  void oneFolderGivenNamesItsFilesRelativeToIt() throws IOException {
    Path ticket = Files.createDirectories(dir.resolve("cases").resolve("ticket"));
    InputNames names = InputNames.of(List.of(ticket));

    assertThat(names.name(ticket.resolve("netstat.txt"))).isEqualTo("netstat.txt");
    assertThat(names.name(ticket.resolve("WEB01").resolve("netstat.txt")))
        .isEqualTo(Path.of("WEB01", "netstat.txt").toString());
    assertThat(names.name(ticket.resolve("logs.zip") + "!/a/b.txt")).isEqualTo("logs.zip!/a/b.txt");
    assertThat(names.name(ticket)).isEqualTo("ticket");
  }

  @Test
  void aFileOrAZipGivenKeepsItsOwnNameOnly() throws IOException {
    Path zip = Files.writeString(dir.resolve("ticket.zip"), "PK");
    Path loose = Files.writeString(dir.resolve("netstat.txt"), "x");
    InputNames names = InputNames.of(List.of(zip, loose));

    assertThat(names.name(zip)).isEqualTo("ticket.zip");
    assertThat(names.name(zip + "!/netstat.txt")).isEqualTo("ticket.zip!/netstat.txt");
    assertThat(names.name(loose)).isEqualTo("netstat.txt");
  }

  @Test
  void severalFoldersGivenKeepTheirOwnNames() throws IOException {
    Path web01 = Files.createDirectories(dir.resolve("WEB01"));
    Path web02 = Files.createDirectories(dir.resolve("WEB02"));
    InputNames names = InputNames.of(List.of(web01, web02));

    assertThat(names.name(web02.resolve("netstat.txt")))
        .isEqualTo(Path.of("WEB02", "netstat.txt").toString());
  }

  @Test
  void theCurrentFolderGivenNamesItsFilesWithoutDotSlash() {
    InputNames names = InputNames.of(List.of(Path.of(".")));

    assertThat(names.name(Path.of(".").resolve("netstat.txt"))).isEqualTo("netstat.txt");
    assertThat(names.name(Path.of(".", "WEB01", "netstat.txt")))
        .isEqualTo(Path.of("WEB01", "netstat.txt").toString());
    assertThat(names.name("./logs.zip!/a.txt")).isEqualTo("logs.zip!/a.txt");
  }

  @Test
  void aMessageNamesNoFolderOfTheMachine() throws IOException {
    Path ticket = Files.createDirectories(dir.resolve("ticket"));
    Path zip = Files.writeString(dir.resolve("logs.zip"), "PK");

    String inFolder =
        InputNames.of(List.of(ticket))
            .inText("AccessDenied (" + ticket.toRealPath().resolve("sub").resolve("a.txt") + ")");
    String ofZip = InputNames.of(List.of(zip)).inText("no central directory in " + zip);

    assertThat(inFolder).isEqualTo("AccessDenied (" + Path.of("sub", "a.txt") + ")");
    assertThat(ofZip).isEqualTo("no central directory in logs.zip");
  }

  @Test
  void aNameUnderNoRootIsKept() {
    InputNames names = InputNames.of(List.of(dir.resolve("ticket")));

    assertThat(names.name("elsewhere/netstat.txt")).isEqualTo("elsewhere/netstat.txt");
  }
}
