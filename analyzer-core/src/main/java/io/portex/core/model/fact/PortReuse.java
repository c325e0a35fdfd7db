package io.portex.core.model.fact;

/**
 * Local ports a host used again towards the same remote endpoint (the same four-tuple) soon after a
 * connection on it ended: the condition Windows reports as Tcpip event 4227 when the old connection
 * is still in TIME_WAIT. Gaps are kept to the second up to {@link #HORIZON_SECONDS} (the longest
 * TIME_WAIT Windows allows) for reuses after a connection the host closed first, so that the count
 * under any TIME_WAIT duration can be read off. Immutable.
 */
public final class PortReuse {

  /** The longest TIME_WAIT Windows allows (TcpTimedWaitDelay 300). */
  public static final int HORIZON_SECONDS = 300;

  public static final PortReuse NONE = new PortReuse(0, new long[HORIZON_SECONDS]);

  private final long total;
  private final long[] afterHostClose;

  private PortReuse(long total, long[] afterHostClose) {
    this.total = total;
    this.afterHostClose = afterHostClose;
  }

  /**
   * @param total every reuse of a four-tuple within the horizon, whoever closed the old connection
   * @param afterHostCloseBySecond reuses after a connection the host closed first, by whole seconds
   *     between the old connection's close and the new SYN ({@link #HORIZON_SECONDS} entries)
   */
  public static PortReuse of(long total, long[] afterHostCloseBySecond) {
    if (afterHostCloseBySecond.length != HORIZON_SECONDS) {
      throw new IllegalArgumentException("need " + HORIZON_SECONDS + " seconds");
    }
    return new PortReuse(total, afterHostCloseBySecond.clone());
  }

  /** Every reuse of a four-tuple within the horizon after the old connection ended. */
  public long total() {
    return total;
  }

  /**
   * Reuses that came less than {@code seconds} after a connection the host closed first: with a
   * TIME_WAIT of that many seconds, the old connection was still in TIME_WAIT on the host.
   */
  public long within(long seconds) {
    long n = 0;
    for (int s = 0; s < Math.min(seconds, HORIZON_SECONDS); s++) {
      n += afterHostClose[s];
    }
    return n;
  }

  /** Both added up. */
  public PortReuse plus(PortReuse other) {
    long[] sum = afterHostClose.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += other.afterHostClose[i];
    }
    return new PortReuse(total + other.total, sum);
  }
}
