package io.portex.core.model;

/**
 * The TCP connections to one remote endpoint in a snapshot.
 *
 * @param remote the remote endpoint as the input showed it ({@code 10.0.0.5:1433})
 * @param connections connections to it, in any state but LISTENING and BOUND
 * @param timeWait of those, in TIME_WAIT
 * @param established of those, ESTABLISHED
 * @param closeWait of those, in CLOSE_WAIT
 */
public record RemoteUsage(
    String remote, int connections, int timeWait, int established, int closeWait) {}
