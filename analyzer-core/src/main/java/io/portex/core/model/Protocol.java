package io.portex.core.model;

/** Transport protocol of a socket. IPv6 variants are told apart by the address, not here. */
public enum Protocol {
  TCP,
  UDP
}
