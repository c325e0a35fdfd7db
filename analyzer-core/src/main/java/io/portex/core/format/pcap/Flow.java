package io.portex.core.format.pcap;

/** One TCP connection being followed: who opened it, how far it got, who sent the first FIN. */
final class Flow {

  final PairTally pair;

  /** True when the client is side A of the {@link FlowKey}. */
  final boolean clientIsA;

  /** When the first SYN was seen, or -1 for a connection already open when the capture began. */
  final long synTime;

  final int synSeq;
  boolean synAcked;
  boolean established;
  boolean clientFin;
  boolean serverFin;

  /** The attempt was counted as failed (refused or given up) already. */
  boolean failed;

  /** 0 no FIN yet, 1 the client sent the first, 2 the server did. */
  byte firstFin;

  Flow(PairTally pair, boolean clientIsA, long synTime, int synSeq) {
    this.pair = pair;
    this.clientIsA = clientIsA;
    this.synTime = synTime;
    this.synSeq = synSeq;
  }

  boolean waitingForAnswer() {
    return synTime >= 0 && !synAcked && !established;
  }
}
