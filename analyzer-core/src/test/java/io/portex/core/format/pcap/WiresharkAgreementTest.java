package io.portex.core.format.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portex.core.model.fact.CaptureDestination;
import io.portex.core.model.fact.PacketCapture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same traffic, written by {@link CaptureWriter} and converted by Debian's Wireshark tools
 * ({@code editcap}, {@code mergecap}, {@code text2pcap}), gives the same figures; and {@code
 * tshark} counts SYNs, SYN/ACKs, RSTs and first FINs per endpoint as portex does. Skipped where the
 * tools are not installed ({@code .ci/run} installs them).
 */
class WiresharkAgreementTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"standard", "random"})
  void convertedCapturesGiveTheSameFigures(String traffic) throws IOException {
    assumeTrue(installed("editcap") && installed("mergecap") && installed("text2pcap"));
    Traffic t = traffic.equals("standard") ? Traffic.standard() : Traffic.random(11, 400);
    byte[] pcap =
        CaptureWriter.pcap(
            PcapReaderTest.ethernet(t), LinkType.ETHERNET, ByteOrder.LITTLE_ENDIAN, false, 65535);
    Path original = Files.write(dir.resolve("original.pcap"), pcap);
    String expected = CaptureReading.of(original).figures();

    run("editcap", "-F", "pcapng", original.toString(), dir.resolve("ng.pcapng").toString());
    run("editcap", "-F", "nsecpcap", original.toString(), dir.resolve("nano.pcap").toString());
    // two halves in opposite byte orders, interleaved again by mergecap
    List<CaptureWriter.Packet> all = PcapReaderTest.ethernet(t);
    List<CaptureWriter.Packet> odd = new ArrayList<>();
    List<CaptureWriter.Packet> even = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      (i % 2 == 0 ? odd : even).add(all.get(i));
    }
    Path first = write("first.pcap", odd, ByteOrder.BIG_ENDIAN);
    Path second = write("second.pcap", even, ByteOrder.LITTLE_ENDIAN);
    run(
        "mergecap",
        "-F",
        "pcapng",
        "-w",
        dir.resolve("merged.pcapng").toString(),
        first.toString(),
        second.toString());
    Path text = hexText(t);
    String regex = "^(?<time>\\d+-\\d+-\\d+ \\d+:\\d+:\\d+\\.\\d+) (?<data>[0-9a-f]+)$";
    for (String type : List.of("pcap", "pcapng")) {
      run(
          "text2pcap",
          "-q",
          "-r",
          regex,
          "-t",
          "%Y-%m-%d %H:%M:%S.%f",
          "-l",
          "101",
          "-F",
          type,
          text.toString(),
          dir.resolve("raw." + type).toString());
    }

    for (String converted :
        List.of("ng.pcapng", "nano.pcap", "merged.pcapng", "raw.pcap", "raw.pcapng")) {
      CaptureReading reading = CaptureReading.of(dir.resolve(converted));
      assertThat(reading.diagnostics()).as(converted).isEmpty();
      assertThat(reading.figures()).as(converted).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"original.pcap", "ng.pcapng"})
  void tsharkCountsWhatPortexCounts(String file) throws IOException {
    assumeTrue(installed("tshark") && installed("editcap"));
    Traffic t = Traffic.random(23, 600);
    t.connection("10.0.0.1", 50000, "10.0.0.5", 443, Traffic.T0, true);
    byte[] pcap =
        CaptureWriter.pcap(
            PcapReaderTest.ethernet(t), LinkType.ETHERNET, ByteOrder.LITTLE_ENDIAN, false, 65535);
    Path original = Files.write(dir.resolve("original.pcap"), pcap);
    run("editcap", "-F", "pcapng", original.toString(), dir.resolve("ng.pcapng").toString());
    Path capture = dir.resolve(file);

    PacketCapture portex = CaptureReading.of(capture).capture();
    Map<String, long[]> tshark = tsharkCounts(capture, portex.host());

    Map<String, long[]> ours = new TreeMap<>();
    for (CaptureDestination d : portex.destinations()) {
      ours.put(
          d.endpoint(),
          new long[] {
            d.synPackets(), d.synAcks(), d.resets(), d.closedByHost(), d.closedByRemote()
          });
    }
    assertThat(ours.keySet()).isEqualTo(tshark.keySet());
    for (String endpoint : ours.keySet()) {
      assertThat(ours.get(endpoint))
          .as("SYN, SYN/ACK, RST, first FIN by host, first FIN by remote for " + endpoint)
          .containsExactly(tshark.get(endpoint));
    }
    CaptureDestination total = portex.hostTotals();
    // the traffic holds every case: retransmitted, refused and unanswered SYNs, both closers,
    // resets after the handshake and ports used again
    assertThat(
            List.of(
                total.synRetransmissions(),
                total.refused(),
                total.unanswered(),
                total.closedByHost(),
                total.closedByRemote(),
                total.resetBeforeFin(),
                total.reuse().total()))
        .allSatisfy(n -> assertThat(n).isPositive());
  }

  /**
   * Per server endpoint of the streams the host opened: SYNs, SYN/ACKs, RSTs, streams whose first
   * FIN the host sent, streams whose first FIN the server sent; from tshark's fields alone.
   */
  private static Map<String, long[]> tsharkCounts(Path capture, String host) throws IOException {
    String out =
        run(
            "tshark",
            "-r",
            capture.toString(),
            "-Y",
            "tcp",
            "-T",
            "fields",
            "-E",
            "separator=/t",
            "-e",
            "tcp.stream",
            "-e",
            "ip.src",
            "-e",
            "tcp.srcport",
            "-e",
            "ip.dst",
            "-e",
            "tcp.dstport",
            "-e",
            "tcp.flags.syn",
            "-e",
            "tcp.flags.ack",
            "-e",
            "tcp.flags.reset",
            "-e",
            "tcp.flags.fin");
    Map<String, String> clientOf = new HashMap<>();
    Map<String, String> serverOf = new HashMap<>();
    Map<String, Boolean> finSeen = new HashMap<>();
    Map<String, long[]> counts = new TreeMap<>();
    for (String line : out.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String stream = f[0];
      String src = f[1] + ":" + f[2];
      String dst = f[3] + ":" + f[4];
      boolean syn = bit(f[5]);
      boolean ack = bit(f[6]);
      if (syn && !ack && !clientOf.containsKey(stream)) {
        clientOf.put(stream, src);
        serverOf.put(stream, dst);
      }
      String client = clientOf.get(stream);
      if (client == null || !client.startsWith(host + ":")) {
        continue;
      }
      long[] c = counts.computeIfAbsent(serverOf.get(stream), k -> new long[5]);
      boolean fromClient = src.equals(client);
      if (syn && !ack) {
        c[0]++;
      }
      if (syn && ack) {
        c[1]++;
      }
      if (bit(f[7])) {
        c[2]++;
      }
      if (bit(f[8]) && finSeen.putIfAbsent(stream, true) == null) {
        c[fromClient ? 3 : 4]++;
      }
    }
    return counts;
  }

  private static boolean bit(String field) {
    return field.equals("1") || field.equalsIgnoreCase("true") || field.equals("True");
  }

  private Path write(String name, List<CaptureWriter.Packet> packets, ByteOrder order)
      throws IOException {
    return Files.write(
        dir.resolve(name), CaptureWriter.pcap(packets, LinkType.ETHERNET, order, false, 65535));
  }

  /** One line per packet: the UTC time with microseconds, then the IP packet in hex. */
  private Path hexText(Traffic t) throws IOException {
    DateTimeFormatter time =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);
    StringBuilder text = new StringBuilder();
    for (Traffic.Timed p : t.packets()) {
      Instant at = Instant.ofEpochSecond(0, p.nanos());
      text.append(time.format(at)).append(' ');
      for (byte b : p.ip()) {
        text.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
      }
      text.append('\n');
    }
    return Files.writeString(dir.resolve("packets.txt"), text, StandardCharsets.US_ASCII);
  }

  static boolean installed(String tool) {
    try {
      Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String run(String... command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().put("TZ", "UTC");
      Process process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command) + " failed: " + process.exitValue());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
