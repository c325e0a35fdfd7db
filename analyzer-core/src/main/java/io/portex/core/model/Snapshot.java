package io.portex.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sockets of one host at one moment, as aggregates: counts per TCP state, per process and per
 * remote endpoint, and the set of local TCP ports in use. Keeping aggregates rather than every row
 * keeps memory bounded however large the capture.
 *
 * @param time when it was taken, or null when unknown
 * @param timeSource where {@code time} came from
 * @param source the file and lines it was read from
 * @param states TCP sockets per state (every state present, zero when none)
 * @param udpSockets UDP sockets
 * @param localTcpPorts distinct local ports of TCP sockets, in any state
 * @param processes TCP sockets per owning process, most sockets first
 * @param remotes connections per remote endpoint, most first, at most {@link Builder#MAX_REMOTES}
 * @param distinctRemotes how many remote endpoints there were in all (those past {@link
 *     Builder#MAX_TRACKED} counted as one)
 * @param fingerprint a hash of the rows, the same for the same rows in any order or encoding
 * @param host the machine the snapshot was taken on, or null when the input does not say
 * @param localAddresses TCP connections per local address (listeners and bare binds left out), most
 *     first, at most {@link Builder#MAX_REMOTES}
 * @param ports the local port of every TCP socket, per state: what counts the sockets inside the
 *     dynamic range once it is known ({@code ephemeralStates})
 */
public record Snapshot(
    Instant time,
    TimeSource timeSource,
    SourceRange source,
    Map<TcpState, Integer> states,
    int udpSockets,
    PortSet localTcpPorts,
    List<ProcessUsage> processes,
    List<RemoteUsage> remotes,
    int distinctRemotes,
    long fingerprint,
    String host,
    List<AddressUsage> localAddresses,
    PortsByState ports) {

  public Snapshot {
    Objects.requireNonNull(timeSource, "timeSource");
    Objects.requireNonNull(source, "source");
    states = StateCounts.copyOf(states);
    processes = List.copyOf(processes);
    remotes = List.copyOf(remotes);
    localAddresses = List.copyOf(localAddresses);
    Objects.requireNonNull(ports, "ports");
  }

  public int count(TcpState state) {
    return states.getOrDefault(state, 0);
  }

  public int tcpSockets() {
    return states.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Rows read into this snapshot, TCP and UDP. */
  public int rows() {
    return tcpSockets() + udpSockets;
  }

  public Snapshot withTime(Instant newTime, TimeSource newSource) {
    return new Snapshot(
        newTime,
        newSource,
        source,
        states,
        udpSockets,
        localTcpPorts,
        processes,
        remotes,
        distinctRemotes,
        fingerprint,
        host,
        localAddresses,
        ports);
  }

  /** This snapshot attributed to the machine {@code newHost} (null: not known). */
  public Snapshot withHost(String newHost) {
    return new Snapshot(
        time,
        timeSource,
        source,
        states,
        udpSockets,
        localTcpPorts,
        processes,
        remotes,
        distinctRemotes,
        fingerprint,
        newHost,
        localAddresses,
        ports);
  }

  public Snapshot withProcesses(List<ProcessUsage> newProcesses) {
    return new Snapshot(
        time,
        timeSource,
        source,
        states,
        udpSockets,
        localTcpPorts,
        newProcesses,
        remotes,
        distinctRemotes,
        fingerprint,
        host,
        localAddresses,
        ports);
  }

  /** Aggregates connections one at a time. Not thread-safe. */
  public static final class Builder {

    /** Remote endpoints kept per snapshot; the count of all of them is kept too. */
    public static final int MAX_REMOTES = 100;

    /**
     * Distinct remote endpoints and processes tallied per snapshot; beyond that (only hostile or
     * synthetic input has so many) they are tallied together under {@link #OTHER_REMOTES} and
     * {@link #OTHER_PROCESSES}, so memory stays bounded.
     */
    public static final int MAX_TRACKED = 100_000;

    /** The remote endpoint under which those beyond {@link #MAX_TRACKED} are tallied. */
    public static final String OTHER_REMOTES = "(other remote endpoints)";

    /** The local address under which those beyond {@link #MAX_TRACKED} are tallied. */
    public static final String OTHER_ADDRESSES = "(other local addresses)";

    /** The pid under which processes beyond {@link #MAX_TRACKED} are tallied. */
    public static final int OTHER_PROCESSES = -2;

    private final int[] stateCounts = new int[TcpState.values().length];
    private final PortSet.Builder ports = new PortSet.Builder();
    private final PortsByState.Builder statePorts = new PortsByState.Builder();
    private final Map<Integer, ProcessTally> processes = new HashMap<>();
    private final Map<String, int[]> remotes = new HashMap<>();
    private int udp;
    private long fingerprint;
    private int lastPid = Integer.MIN_VALUE;
    private ProcessTally lastTally;
    private final Map<String, int[]> locals = new HashMap<>();
    private Endpoint lastLocal;
    private int[] lastLocalTally;

    public Builder add(Connection connection) {
      fingerprint += stableHash(connection);
      if (connection.protocol() == Protocol.UDP) {
        udp++;
        return this;
      }
      TcpState state = connection.state();
      stateCounts[state.ordinal()]++;
      ports.add(connection.local().port());
      statePorts.add(state, connection.local().port());
      processTally(connection.pid()).add(state, connection.local().port(), connection.process());
      if (state != TcpState.LISTENING && state != TcpState.BOUND) {
        localTally(connection.local())[0]++;
      }
      if (state != TcpState.LISTENING
          && state != TcpState.BOUND
          && !connection.remote().isUnknown()) {
        countRemote(remoteTally(connection.remote().toString()), 0, state);
      }
      return this;
    }

    /**
     * Adds rows tallied apart, as if they were added one by one in their order: processes, local
     * addresses and remote endpoints are met in the order the tally first met them.
     */
    public Builder add(RowTally rows) {
      fingerprint += rows.fingerprint;
      udp += rows.udp;
      for (int s = 0; s < stateCounts.length; s++) {
        stateCounts[s] += rows.stateCounts[s];
      }
      rows.ports.addTo(ports);
      statePorts.addAll(rows.ports);
      for (int i = 0; i < rows.pidCount; i++) {
        processTally(rows.pids[i]).addAll(rows.pidCounts[i], rows.pidPorts[i], rows.pidTotals[i]);
      }
      for (int i = 0; i < rows.localCount; i++) {
        int count = rows.localCounts[i];
        if (count > 0) {
          localTally(rows.locals[i])[0] += count;
        }
      }
      int[] counts = rows.remoteCounts;
      for (int i = 0; i < rows.remoteCount; i++) {
        int at = i * REMOTE_COUNTS;
        if (counts[at] > 0) {
          int[] tally = remoteTally(rows.remotes[i]);
          for (int k = 0; k < REMOTE_COUNTS; k++) {
            tally[k] += counts[at + k];
          }
        }
      }
      return this;
    }

    /**
     * What is counted per remote endpoint: connections, then TIME_WAIT, ESTABLISHED, CLOSE_WAIT.
     */
    static final int REMOTE_COUNTS = 4;

    /** Counts one connection in {@code state} into the remote's counts at {@code at}. */
    static void countRemote(int[] counts, int at, TcpState state) {
      counts[at]++;
      if (state == TcpState.TIME_WAIT) {
        counts[at + 1]++;
      } else if (state == TcpState.ESTABLISHED) {
        counts[at + 2]++;
      } else if (state == TcpState.CLOSE_WAIT) {
        counts[at + 3]++;
      }
    }

    /** Rows of one process tend to come together: the last tally is kept at hand. */
    private ProcessTally processTally(int pid) {
      if (pid != lastPid) {
        ProcessTally tally = processes.get(pid);
        if (tally == null) {
          int key = processes.size() < MAX_TRACKED ? pid : OTHER_PROCESSES;
          tally = processes.computeIfAbsent(key, k -> new ProcessTally());
        }
        lastPid = pid;
        lastTally = tally;
      }
      return lastTally;
    }

    /** The tally of a local address. Rows of one address come together: the last is kept. */
    private int[] localTally(Endpoint local) {
      if (lastLocal != null && local.sameHost(lastLocal)) {
        return lastLocalTally;
      }
      int[] tally = localTally(local.host());
      lastLocal = local;
      lastLocalTally = tally;
      return tally;
    }

    private int[] localTally(String host) {
      String key = locals.size() < MAX_TRACKED || locals.containsKey(host) ? host : OTHER_ADDRESSES;
      return locals.computeIfAbsent(key, k -> new int[1]);
    }

    private int[] remoteTally(String remote) {
      int[] tally = remotes.get(remote);
      if (tally == null) {
        String key = remotes.size() < MAX_TRACKED ? remote : OTHER_REMOTES;
        tally = remotes.computeIfAbsent(key, k -> new int[REMOTE_COUNTS]);
      }
      return tally;
    }

    public int rows() {
      int rows = udp;
      for (int count : stateCounts) {
        rows += count;
      }
      return rows;
    }

    public Snapshot build(Instant time, TimeSource timeSource, SourceRange source) {
      return build(time, timeSource, source, null);
    }

    /**
     * The snapshot of the connections added so far.
     *
     * @param host the machine, or null when the input does not say
     */
    public Snapshot build(Instant time, TimeSource timeSource, SourceRange source, String host) {
      Map<TcpState, Integer> states = new EnumMap<>(TcpState.class);
      for (TcpState state : TcpState.values()) {
        states.put(state, stateCounts[state.ordinal()]);
      }
      List<ProcessUsage> byProcess = new ArrayList<>(processes.size());
      processes.forEach((pid, tally) -> byProcess.add(tally.toUsage(pid)));
      byProcess.sort(
          Comparator.comparingInt(ProcessUsage::total)
              .reversed()
              .thenComparingInt(ProcessUsage::pid));
      List<RemoteUsage> byRemote = new ArrayList<>(remotes.size());
      remotes.forEach((key, t) -> byRemote.add(new RemoteUsage(key, t[0], t[1], t[2], t[3])));
      byRemote.sort(
          Comparator.comparingInt(RemoteUsage::connections)
              .reversed()
              .thenComparing(RemoteUsage::remote));
      return new Snapshot(
          time,
          timeSource,
          source,
          states,
          udp,
          ports.build(),
          byProcess,
          byRemote.subList(0, Math.min(MAX_REMOTES, byRemote.size())),
          byRemote.size(),
          fingerprint,
          host,
          byLocal(),
          statePorts.build());
    }

    /** A hash that is the same in every run (enum and record hash codes are not), mixed. */
    private static long stableHash(Connection c) {
      return rowHash(
          c.protocol(),
          c.local().toString().hashCode(),
          c.remote().toString().hashCode(),
          c.state(),
          c.pid());
    }

    /**
     * What a row adds to the fingerprint, from the hash codes of its two addresses as netstat
     * writes them.
     */
    static long rowHash(Protocol protocol, int localHash, int remoteHash, TcpState state, int pid) {
      long h = protocol.ordinal();
      h = 31 * h + localHash;
      h = 31 * h + remoteHash;
      h = 31 * h + (state == null ? -1 : state.ordinal());
      return mix(31 * h + pid);
    }

    private List<AddressUsage> byLocal() {
      List<AddressUsage> usage = new ArrayList<>(locals.size());
      locals.forEach((address, tally) -> usage.add(new AddressUsage(address, tally[0])));
      usage.sort(
          Comparator.comparingInt(AddressUsage::connections)
              .reversed()
              .thenComparing(AddressUsage::address));
      return usage.subList(0, Math.min(MAX_REMOTES, usage.size()));
    }

    private static long mix(long z) {
      z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
      z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
      return z ^ (z >>> 33);
    }
  }

  private static final class ProcessTally {
    private final int[] counts = new int[TcpState.values().length];
    private final PortsByState.Builder ports = new PortsByState.Builder();
    private int total;
    private String name;

    void add(TcpState state, int port, String process) {
      counts[state.ordinal()]++;
      ports.add(state, port);
      total++;
      if (process != null) {
        name = process;
      }
    }

    void addAll(int[] stateCounts, PortsByState.Builder statePorts, int sockets) {
      for (int s = 0; s < counts.length; s++) {
        counts[s] += stateCounts[s];
      }
      ports.addAll(statePorts);
      total += sockets;
    }

    ProcessUsage toUsage(int pid) {
      Map<TcpState, Integer> states = new EnumMap<>(TcpState.class);
      for (TcpState state : TcpState.values()) {
        if (counts[state.ordinal()] > 0) {
          states.put(state, counts[state.ordinal()]);
        }
      }
      return new ProcessUsage(pid, name, states, total, ports.build());
    }
  }
}
