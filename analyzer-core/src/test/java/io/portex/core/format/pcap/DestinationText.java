package io.portex.core.format.pcap;

import io.portex.core.model.fact.CaptureDestination;

/** A destination's figures on one line, to compare captures of the same traffic. */
final class DestinationText {

  private DestinationText() {}

  static String of(CaptureDestination d) {
    return d.endpoint()
        + " attempts="
        + d.attempts()
        + " syn="
        + d.synPackets()
        + " synRetx="
        + d.synRetransmissions()
        + " synAck="
        + d.synAcks()
        + " handshakes="
        + d.handshakes()
        + " refused="
        + d.refused()
        + " unanswered="
        + d.unanswered()
        + " rst="
        + d.resets()
        + " hostFin="
        + d.closedByHost()
        + " remoteFin="
        + d.closedByRemote()
        + " rstBeforeFin="
        + d.resetBeforeFin()
        + " open="
        + d.openAtEnd()
        + " mid="
        + d.midstream()
        + " durations="
        + d.durations().count()
        + "/"
        + d.durations().mean().toMillis()
        + "ms/"
        + d.durations().max().toMillis()
        + "ms reuse="
        + d.reuse().total()
        + "/"
        + d.reuse().within(10)
        + "/"
        + d.reuse().within(5);
  }
}
