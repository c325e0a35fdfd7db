package io.portex.core.format.pcap;

/**
 * An IPv4 or IPv6 address as two longs (IPv4 mapped into IPv6), with its text as netstat writes it:
 * dotted IPv4, IPv6 compressed after RFC 5952.
 */
record Address(long hi, long lo) {

  boolean ipv4() {
    return hi == 0 && (lo >>> 32) == 0xffffL;
  }

  @Override
  public String toString() {
    if (ipv4()) {
      return (lo >>> 24 & 255)
          + "."
          + (lo >>> 16 & 255)
          + "."
          + (lo >>> 8 & 255)
          + "."
          + (lo & 255);
    }
    int[] groups = new int[8];
    for (int i = 0; i < 4; i++) {
      groups[i] = (int) (hi >>> (48 - 16 * i)) & 0xffff;
      groups[i + 4] = (int) (lo >>> (48 - 16 * i)) & 0xffff;
    }
    // the longest run of two or more zero groups (the first of equals) becomes "::"
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder text = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
        continue;
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(groups[i]));
    }
    return text.toString();
  }

  /** The endpoint as netstat writes it: {@code 10.0.0.1:443}, {@code [2001:db8::1]:443}. */
  String endpoint(int port) {
    return ipv4() ? this + ":" + port : "[" + this + "]:" + port;
  }
}
