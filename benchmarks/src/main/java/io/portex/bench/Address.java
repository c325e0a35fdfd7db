package io.portex.bench;

/**
 * An address as {@code netstat} prints it: a host part written as is ({@code 10.0.0.5:}, {@code
 * [fe80::1%12]:}) and a port, or a fixed text such as {@code *:*} when the port is -1.
 *
 * @param prefix the host and its colon, or the whole text when {@code port} is -1
 * @param port 0-65535, or -1 for a fixed text
 */
record Address(String prefix, int port) {

  /** The foreign address of UDP rows. */
  static final Address ANY = new Address("*:*", -1);

  static Address of(String prefix, int port) {
    return new Address(prefix, port);
  }

  void writeTo(AsciiOut out) {
    out.text(prefix);
    if (port >= 0) {
      out.number(port);
    }
  }

  @Override
  public String toString() {
    return port >= 0 ? prefix + port : prefix;
  }
}
