package io.portex.core.model;

/** Internet protocol version a setting or counter applies to. */
public enum IpFamily {
  IPV4,
  IPV6
}
