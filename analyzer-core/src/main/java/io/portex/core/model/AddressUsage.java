package io.portex.core.model;

/**
 * The TCP connections of one local address in a snapshot: each address has its own port space per
 * destination, so a host with several addresses can hold more.
 *
 * @param address the local address (IPv6 without brackets)
 * @param connections connections from it, listeners and bare binds left out
 */
public record AddressUsage(String address, int connections) {}
