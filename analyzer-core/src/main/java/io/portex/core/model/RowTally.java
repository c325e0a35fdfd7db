package io.portex.core.model;

import java.util.Arrays;

/**
 * The rows of one run of connection rows, tallied apart from a snapshot (on another thread) and
 * added to one in a step ({@link Snapshot.Builder#add(RowTally)}) with the same result as adding
 * the rows one by one in their order. What depends on the order — which processes, local addresses
 * and remote endpoints are among the first {@link Snapshot.Builder#MAX_TRACKED} met — is kept by
 * listing each in the order first met. Rows carry no image name. Not thread-safe.
 */
public final class RowTally {

  private static final int STATES = TcpState.values().length;

  long fingerprint;
  int udp;
  final int[] stateCounts = new int[STATES];
  final PortsByState.Builder ports = new PortsByState.Builder();

  /** Pids in the order first met, with their state counts and ports. */
  int[] pids = new int[8];

  int[][] pidCounts = new int[8][];
  PortsByState.Builder[] pidPorts = new PortsByState.Builder[8];
  int[] pidTotals = new int[8];
  int pidCount;

  /** Open addressing: pid slot index + 1, 0 when free. */
  private int[] pidSlots = new int[16];

  private int lastPid = Integer.MIN_VALUE;
  private int lastPidIndex;

  /** Local hosts in the order first met (given by {@link #local}), with their connections. */
  String[] locals = new String[8];

  int[] localCounts = new int[8];
  int localCount;

  /**
   * Remote endpoints in the order first met, with their counts ({@link
   * Snapshot.Builder#REMOTE_COUNTS} each).
   */
  String[] remotes = new String[8];

  int[] remoteCounts = new int[8 * Snapshot.Builder.REMOTE_COUNTS];
  int remoteCount;

  /**
   * Names a local host not named before in this tally.
   *
   * @return its number, for {@link #tcp}
   */
  public int local(String host) {
    if (localCount == locals.length) {
      locals = Arrays.copyOf(locals, localCount * 2);
      localCounts = Arrays.copyOf(localCounts, localCount * 2);
    }
    locals[localCount] = host;
    return localCount++;
  }

  /**
   * Names a remote endpoint (its netstat rendering) not named before in this tally.
   *
   * @return its number, for {@link #tcp}
   */
  public int remote(String endpoint) {
    if (remoteCount == remotes.length) {
      remotes = Arrays.copyOf(remotes, remoteCount * 2);
      remoteCounts = Arrays.copyOf(remoteCounts, remoteCount * 2 * Snapshot.Builder.REMOTE_COUNTS);
    }
    remotes[remoteCount] = endpoint;
    return remoteCount++;
  }

  /**
   * A UDP row.
   *
   * @param localHash the {@link String#hashCode} of its local address as netstat writes it
   * @param remoteHash that of its foreign address
   * @param pid its process, or -1
   */
  public void udp(int localHash, int remoteHash, int pid) {
    fingerprint += Snapshot.Builder.rowHash(Protocol.UDP, localHash, remoteHash, null, pid);
    udp++;
  }

  /**
   * A TCP row.
   *
   * @param localHash the {@link String#hashCode} of its local address as netstat writes it
   * @param remoteHash that of its foreign address
   * @param local the number of its local host ({@link #local}); ignored for listeners and binds
   * @param remote the number of its foreign address ({@link #remote}); ignored for listeners and
   *     binds
   */
  public void tcp(
      TcpState state, int port, int pid, int localHash, int remoteHash, int local, int remote) {
    fingerprint += Snapshot.Builder.rowHash(Protocol.TCP, localHash, remoteHash, state, pid);
    int s = state.ordinal();
    stateCounts[s]++;
    ports.add(state, port);
    int p = pidIndex(pid);
    pidCounts[p][s]++;
    pidPorts[p].add(state, port);
    pidTotals[p]++;
    if (state != TcpState.LISTENING && state != TcpState.BOUND) {
      localCounts[local]++;
      Snapshot.Builder.countRemote(remoteCounts, remote * Snapshot.Builder.REMOTE_COUNTS, state);
    }
  }

  /** Rows tallied, TCP and UDP. */
  public int rows() {
    int rows = udp;
    for (int count : stateCounts) {
      rows += count;
    }
    return rows;
  }

  private int pidIndex(int pid) {
    if (pid == lastPid) {
      return lastPidIndex;
    }
    int mask = pidSlots.length - 1;
    int slot = mix(pid) & mask;
    while (pidSlots[slot] != 0) {
      int index = pidSlots[slot] - 1;
      if (pids[index] == pid) {
        lastPid = pid;
        lastPidIndex = index;
        return index;
      }
      slot = (slot + 1) & mask;
    }
    int index = newPid(pid);
    pidSlots[slot] = index + 1;
    if (pidCount * 2 > pidSlots.length) {
      rehash();
    }
    lastPid = pid;
    lastPidIndex = index;
    return index;
  }

  private int newPid(int pid) {
    if (pidCount == pids.length) {
      int size = pidCount * 2;
      pids = Arrays.copyOf(pids, size);
      pidCounts = Arrays.copyOf(pidCounts, size);
      pidPorts = Arrays.copyOf(pidPorts, size);
      pidTotals = Arrays.copyOf(pidTotals, size);
    }
    pids[pidCount] = pid;
    pidCounts[pidCount] = new int[STATES];
    pidPorts[pidCount] = new PortsByState.Builder();
    return pidCount++;
  }

  private void rehash() {
    int[] slots = new int[pidSlots.length * 2];
    int mask = slots.length - 1;
    for (int index = 0; index < pidCount; index++) {
      int slot = mix(pids[index]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = index + 1;
    }
    pidSlots = slots;
  }

  private static int mix(int value) {
    int h = value * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
