package io.portex.core.format.pcap;

/**
 * The four-tuple of a TCP connection, the same in both directions: side A is the smaller of the two
 * (address, port) pairs. Mutable so that one probe serves every lookup; keys stored in maps are
 * copies never changed.
 */
final class FlowKey {

  long aHi;
  long aLo;
  long bHi;
  long bLo;
  int aPort;
  int bPort;
  private int hash;

  /** Sets the key from a segment; returns true when the segment's source is side A. */
  boolean set(TcpSegment s) {
    boolean sourceFirst =
        s.srcHi != s.dstHi
            ? Long.compareUnsigned(s.srcHi, s.dstHi) < 0
            : s.srcLo != s.dstLo
                ? Long.compareUnsigned(s.srcLo, s.dstLo) < 0
                : s.srcPort <= s.dstPort;
    if (sourceFirst) {
      aHi = s.srcHi;
      aLo = s.srcLo;
      aPort = s.srcPort;
      bHi = s.dstHi;
      bLo = s.dstLo;
      bPort = s.dstPort;
    } else {
      aHi = s.dstHi;
      aLo = s.dstLo;
      aPort = s.dstPort;
      bHi = s.srcHi;
      bLo = s.srcLo;
      bPort = s.srcPort;
    }
    long h = aLo * 0x9e3779b97f4a7c15L + bLo;
    h = h * 0x9e3779b97f4a7c15L + (aHi ^ bHi * 31);
    h = h * 0x9e3779b97f4a7c15L + ((long) aPort << 16 | bPort);
    hash = (int) (h ^ h >>> 32);
    return sourceFirst;
  }

  FlowKey copy() {
    FlowKey key = new FlowKey();
    key.aHi = aHi;
    key.aLo = aLo;
    key.bHi = bHi;
    key.bLo = bLo;
    key.aPort = aPort;
    key.bPort = bPort;
    key.hash = hash;
    return key;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FlowKey k
        && aLo == k.aLo
        && bLo == k.bLo
        && aPort == k.aPort
        && bPort == k.bPort
        && aHi == k.aHi
        && bHi == k.bHi;
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
