package io.portex.core.format.pcap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows TCP connections through a capture and counts, per client address and server endpoint,
 * attempts, retransmitted SYNs, answers, handshakes, failures, who closed first, durations and
 * four-tuples used again soon after a close.
 *
 * <p>Memory is bounded: at most {@link #MAX_OPEN} connections are followed at once (the least
 * recently active is let go past that), closed four-tuples are remembered for {@link
 * #HORIZON_NANOS} (the longest TIME_WAIT) and at most {@link #MAX_CLOSED} of them, and at most
 * {@link #MAX_PAIRS} client/server pairs and {@link #MAX_CLIENTS} clients are tallied. Hitting a
 * cap is counted and reported, never silent.
 */
final class ConnectionTracker {

  static final int MAX_OPEN = 200_000;
  static final int MAX_CLOSED = 200_000;
  static final int MAX_PAIRS = 20_000;
  static final int MAX_CLIENTS = 20_000;
  static final int CLIENTS_WITH_SERIES = 64;
  static final int PAIRS_WITH_SERIES = 256;
  static final long HORIZON_NANOS = 300_000_000_000L;

  /** Closed four-tuples past the horizon are let go once per second of capture time. */
  private static final long EXPIRY_STEP_NANOS = 1_000_000_000L;

  /** What a closed four-tuple leaves behind until the horizon passes. */
  private record Closed(
      long time, boolean clientClosedFirst, PairTally pair, boolean clientIsA, Flow flow) {}

  /** Pair lookup key. */
  private record PairKey(long cHi, long cLo, long sHi, long sLo, int sPort) {}

  private final int maxOpen;
  private final int maxClosed;
  private final int maxPairs;
  private final FlowKey probe = new FlowKey();
  private final LinkedHashMap<FlowKey, Flow> open =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FlowKey, Flow> eldest) {
          if (size() > maxOpen) {
            // an attempt still unanswered by then counts as unanswered; an open connection's
            // close is not seen
            evictedOpen++;
            end(eldest.getValue(), false);
            return true;
          }
          return false;
        }
      };
  private final LinkedHashMap<FlowKey, Closed> closed =
      new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FlowKey, Closed> eldest) {
          if (size() > maxClosed) {
            evictedClosed++;
            return true;
          }
          return false;
        }
      };
  private final Map<PairKey, PairTally> pairs = new HashMap<>();
  private final Map<Address, ClientTally> clients = new HashMap<>();
  private long now = Long.MIN_VALUE;
  private long lastExpiry = Long.MIN_VALUE / 2;
  private long evictedOpen;
  private long evictedClosed;
  private long untrackedPairs;

  ConnectionTracker() {
    this(MAX_OPEN, MAX_CLOSED, MAX_PAIRS);
  }

  /** A tracker with other caps (tests). */
  ConnectionTracker(int maxOpen, int maxClosed, int maxPairs) {
    this.maxOpen = maxOpen;
    this.maxClosed = maxClosed;
    this.maxPairs = maxPairs;
  }

  int maxOpen() {
    return maxOpen;
  }

  int maxClosed() {
    return maxClosed;
  }

  int maxPairs() {
    return maxPairs;
  }

  /** Connections let go while still open because {@link #MAX_OPEN} were followed. */
  long evictedOpen() {
    return evictedOpen;
  }

  /** Closed four-tuples forgotten before the horizon because {@link #MAX_CLOSED} were kept. */
  long evictedClosed() {
    return evictedClosed;
  }

  /** TCP packets not tallied because {@link #MAX_PAIRS} pairs or clients were. */
  long untrackedPairs() {
    return untrackedPairs;
  }

  void segment(TcpSegment s) {
    if (s.time > now) {
      now = s.time;
      if (now - lastExpiry > EXPIRY_STEP_NANOS) {
        lastExpiry = now;
        expireClosed();
      }
    }
    boolean sourceIsA = probe.set(s);
    Flow flow = open.get(probe);
    int flags = s.flags;
    boolean syn = (flags & TcpSegment.SYN) != 0;
    boolean ackFlag = (flags & TcpSegment.ACK) != 0;
    if (flow == null) {
      if (syn && !ackFlag) {
        newAttempt(s, sourceIsA);
      } else if (!closed.containsKey(probe) && (flags & TcpSegment.RST) == 0) {
        midstream(s, sourceIsA, syn);
      } else if ((flags & TcpSegment.RST) != 0) {
        Closed last = closed.get(probe);
        if (last != null) {
          last.pair.resets++;
        }
      }
      return;
    }
    boolean fromClient = sourceIsA == flow.clientIsA;
    PairTally pair = flow.pair;
    if (syn && !ackFlag) {
      if (fromClient && s.seq == flow.synSeq) {
        pair.synPackets++;
        pair.synRetransmissions++;
      } else if (fromClient) {
        // a new connection on the same four-tuple: the old one ends here unseen
        end(flow, false);
        open.remove(probe);
        newAttempt(s, sourceIsA);
      }
      return;
    }
    if (syn) {
      if (!fromClient) {
        pair.synAcks++;
        flow.synAcked = true;
      }
      return;
    }
    if ((flags & TcpSegment.RST) != 0) {
      reset(flow, fromClient, s.time);
      return;
    }
    if (fromClient && flow.synAcked && !flow.established && ackFlag) {
      flow.established = true;
      pair.handshakes++;
      pair.count(OpenRateSeries.HANDSHAKES, flow.synTime);
    } else if (!fromClient && !flow.synAcked && flow.synTime >= 0 && !flow.established) {
      // an answer without SYN/ACK seen (lost by the capture): the attempt got through
      flow.established = true;
    }
    if ((flags & TcpSegment.FIN) != 0) {
      fin(flow, fromClient, s.time);
    }
  }

  private void newAttempt(TcpSegment s, boolean sourceIsA) {
    PairTally pair = pair(s.srcHi, s.srcLo, s.dstHi, s.dstLo, s.dstPort);
    if (pair == null) {
      return;
    }
    Closed last = closed.remove(probe);
    if (last != null && last.clientIsA == sourceIsA) {
      Flow old = last.flow;
      if (old.failed && old.synSeq == s.seq && old.synTime >= 0) {
        // Windows tries a refused connect again with the same SYN: one attempt, sent again
        pair.synPackets++;
        pair.synRetransmissions++;
        open.put(probe.copy(), old);
        return;
      }
      if (s.time - last.time < HORIZON_NANOS) {
        pair.reuse(s.time - last.time, last.clientClosedFirst);
      }
    }
    pair.attempts++;
    pair.synPackets++;
    pair.clientTally.attempts++;
    pair.count(OpenRateSeries.ATTEMPTS, s.time);
    open.put(probe.copy(), new Flow(pair, sourceIsA, s.time, s.seq));
  }

  /** A connection whose SYN the capture did not see: the client is guessed. */
  private void midstream(TcpSegment s, boolean sourceIsA, boolean synAck) {
    // a SYN/ACK comes from the server; otherwise the side with the higher port is taken for the
    // client (ephemeral ports lie above the services' ports)
    boolean sourceIsClient = !synAck && s.srcPort > s.dstPort;
    PairTally pair =
        sourceIsClient
            ? pair(s.srcHi, s.srcLo, s.dstHi, s.dstLo, s.dstPort)
            : pair(s.dstHi, s.dstLo, s.srcHi, s.srcLo, s.srcPort);
    if (pair == null) {
      return;
    }
    pair.midstream++;
    Flow flow = new Flow(pair, sourceIsClient == sourceIsA, -1, 0);
    flow.established = !synAck;
    flow.synAcked = synAck;
    if (synAck) {
      pair.synAcks++;
    }
    open.put(probe.copy(), flow);
    if ((s.flags & TcpSegment.FIN) != 0) {
      fin(flow, sourceIsClient, s.time);
    }
  }

  private void reset(Flow flow, boolean fromClient, long time) {
    PairTally pair = flow.pair;
    pair.resets++;
    if (flow.waitingForAnswer()) {
      if (!flow.failed) {
        flow.failed = true;
        if (fromClient) {
          pair.unanswered++;
        } else {
          pair.refused++;
        }
        pair.count(OpenRateSeries.FAILED, flow.synTime);
      }
    } else if (flow.firstFin == 0 && (flow.established || flow.synAcked)) {
      pair.resetBeforeFin++;
    }
    if (flow.synTime >= 0 && (flow.established || flow.synAcked)) {
      pair.duration(time - flow.synTime);
    }
    close(flow, time, false);
  }

  private void fin(Flow flow, boolean fromClient, long time) {
    if (flow.firstFin == 0) {
      flow.firstFin = fromClient ? (byte) 1 : (byte) 2;
      if (fromClient) {
        flow.pair.closedByClient++;
      } else {
        flow.pair.closedByServer++;
      }
    }
    if (fromClient) {
      flow.clientFin = true;
    } else {
      flow.serverFin = true;
    }
    if (flow.clientFin && flow.serverFin) {
      if (flow.synTime >= 0) {
        flow.pair.duration(time - flow.synTime);
      }
      close(flow, time, flow.firstFin == 1);
    }
  }

  private void close(Flow flow, long time, boolean clientClosedFirst) {
    open.remove(probe);
    closed.put(probe.copy(), new Closed(time, clientClosedFirst, flow.pair, flow.clientIsA, flow));
  }

  /** Counts what the end of the capture leaves open. */
  private void end(Flow flow, boolean atCaptureEnd) {
    PairTally pair = flow.pair;
    if (flow.waitingForAnswer()) {
      if (!flow.failed) {
        pair.unanswered++;
        pair.count(OpenRateSeries.FAILED, flow.synTime);
      }
    } else if (atCaptureEnd && flow.firstFin == 0) {
      pair.openAtEnd++;
    }
  }

  private void expireClosed() {
    Iterator<Closed> oldest = closed.values().iterator();
    while (oldest.hasNext()) {
      if (now - oldest.next().time <= HORIZON_NANOS) {
        break;
      }
      oldest.remove();
    }
  }

  private PairTally pair(long cHi, long cLo, long sHi, long sLo, int sPort) {
    PairKey key = new PairKey(cHi, cLo, sHi, sLo, sPort);
    PairTally pair = pairs.get(key);
    if (pair != null) {
      return pair;
    }
    Address client = new Address(cHi, cLo);
    ClientTally tally = clients.get(client);
    if (tally == null) {
      if (clients.size() >= MAX_CLIENTS) {
        untrackedPairs++;
        return null;
      }
      tally = new ClientTally(client, clients.size() < CLIENTS_WITH_SERIES);
      clients.put(client, tally);
    }
    if (pairs.size() >= maxPairs) {
      untrackedPairs++;
      return null;
    }
    pair =
        new PairTally(
            client, new Address(sHi, sLo), sPort, tally, pairs.size() < PAIRS_WITH_SERIES);
    pairs.put(key, pair);
    return pair;
  }

  /** Counts the connections still open at the end of the capture. */
  void finish() {
    for (Flow flow : open.values()) {
      end(flow, true);
    }
    open.clear();
    closed.clear();
  }

  /** The client that made most attempts (the smallest address of equals), or null. */
  ClientTally busiestClient() {
    ClientTally best = null;
    for (ClientTally client : clients.values()) {
      if (client.attempts == 0) {
        continue;
      }
      if (best == null
          || client.attempts > best.attempts
          || client.attempts == best.attempts
              && client.address.toString().compareTo(best.address.toString()) < 0) {
        best = client;
      }
    }
    return best;
  }

  List<PairTally> pairs() {
    return new ArrayList<>(pairs.values());
  }

  int clientCount() {
    return clients.size();
  }
}
