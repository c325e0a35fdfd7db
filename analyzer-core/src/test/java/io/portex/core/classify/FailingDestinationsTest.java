package io.portex.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.model.SourceRange;
import io.portex.core.model.fact.CaptureDestination;
import io.portex.core.model.fact.ConnectionDurations;
import io.portex.core.model.fact.PacketCapture;
import io.portex.core.model.fact.PortReuse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A destination is named when it holds half the failed attempts or more; else they are spread. */
class FailingDestinationsTest {

  private static CaptureDestination destination(String endpoint, long refused, long unanswered) {
    long attempts = refused + unanswered + 100;
    return new CaptureDestination(
        endpoint,
        attempts,
        attempts,
        0,
        100,
        100,
        refused,
        unanswered,
        refused,
        100,
        0,
        0,
        0,
        0,
        ConnectionDurations.EMPTY,
        PortReuse.NONE,
        List.of(),
        Duration.ZERO);
  }

  private static PacketCapture capture(CaptureDestination... destinations) {
    return new PacketCapture(
        Instant.parse("2026-03-11T10:00:00Z"),
        Instant.parse("2026-03-11T10:00:10Z"),
        new PacketCapture.Packets(0, 0, 0, 0, 0, 0),
        "10.0.0.5",
        List.of(destinations),
        0,
        0,
        0,
        List.of(),
        Duration.ofSeconds(1),
        new SourceRange("trace.pcap", 1, 1));
  }

  @Test
  void halfTheFailuresNameTheDestinationWithItsShare() {
    Note note =
        FailingDestinations.of(
                capture(
                    destination("10.0.0.8:8080", 30, 20),
                    destination("10.0.0.9:1433", 25, 0),
                    destination("[2001:db8::7]:443", 0, 25)))
            .orElseThrow();

    assertThat(note.code()).isEqualTo("capture.failing-destination");
    assertThat(note.message())
        .contains("100 of 400 connection attempts from 10.0.0.5 fail")
        .contains("50 of them (50 %) towards 10.0.0.8:8080: 30 refused, 20 unanswered");
    assertThat(note.command()).isEqualTo("Test-NetConnection -ComputerName 10.0.0.8 -Port 8080");
  }

  @Test
  void fortyNinePercentAreSpread() {
    Note note =
        FailingDestinations.of(
                capture(
                    destination("10.0.0.8:8080", 49, 0),
                    destination("10.0.0.9:1433", 26, 0),
                    destination("10.0.0.10:443", 0, 25),
                    destination("10.0.0.11:443", 0, 0)))
            .orElseThrow();

    assertThat(note.code()).isEqualTo("capture.failing-destinations");
    assertThat(note.message())
        .endsWith(
            "fail (refused or unanswered), spread over 3 destinations (top 3: 10.0.0.8:8080 49"
                + " (49 %), 10.0.0.9:1433 26 (26 %), 10.0.0.10:443 25 (25 %))");
    assertThat(note.command()).isNull();
  }

  @Test
  void anIpv6DestinationIsCheckedWithoutItsBrackets() {
    Note note =
        FailingDestinations.of(capture(destination("[2001:db8::7]:443", 3, 0))).orElseThrow();

    assertThat(note.command()).isEqualTo("Test-NetConnection -ComputerName 2001:db8::7 -Port 443");
  }

  @Test
  void noFailureNoNote() {
    assertThat(FailingDestinations.of(capture(destination("10.0.0.9:1433", 0, 0)))).isEmpty();
  }
}
