package io.portex.core.format.netsh;

import io.portex.core.model.IpFamily;
import io.portex.core.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code netsh} command line echoed into a capture ({@code D:\>netsh interface ipv4 show
 * dynamicportrange protocol=tcp}, {@code netsh int ipv6 sh excl tcp}): what it shows, for which
 * family and protocol. netsh takes any unambiguous prefix, so words are matched by their start.
 *
 * @param kind what the command shows
 * @param family the family it names, or null
 * @param protocol the protocol it names, or null
 */
record NetshCommand(Kind kind, IpFamily family, Protocol protocol) {

  /** What a netsh command shows. */
  enum Kind {
    DYNAMIC_PORTS,
    EXCLUDED_PORTS,
    OTHER
  }

  /** The command on a line, or null when the line runs no netsh command. */
  static NetshCommand parse(String text) {
    if (text.length() > 300 || !text.toLowerCase(Locale.ROOT).contains("netsh")) {
      return null;
    }
    List<String> words = words(text);
    int netsh = words.indexOf("netsh");
    if (netsh < 0 && !words.isEmpty() && words.get(0).endsWith("netsh")) {
      netsh = 0; // C:\Windows\System32\netsh
    }
    if (netsh < 0) {
      return null;
    }
    Kind kind = Kind.OTHER;
    IpFamily family = null;
    Protocol protocol = null;
    for (String word : words.subList(netsh + 1, words.size())) {
      String value = word.substring(word.indexOf('=') + 1);
      if (value.equals("ipv4") || value.equals("ip")) {
        family = IpFamily.IPV4;
      } else if (value.equals("ipv6")) {
        family = IpFamily.IPV6;
      } else if (value.equals("tcp")) {
        protocol = Protocol.TCP;
      } else if (value.equals("udp")) {
        protocol = Protocol.UDP;
      } else if (value.startsWith("dyn")) {
        kind = Kind.DYNAMIC_PORTS;
      } else if (value.startsWith("exc")) {
        kind = Kind.EXCLUDED_PORTS;
      }
    }
    return new NetshCommand(kind, family, protocol);
  }

  /** Blank- and prompt-separated words in lower case ({@code >} ends a prompt). */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[\\s>]+")) {
      if (!word.isEmpty()) {
        words.add(word.endsWith(".exe") ? word.substring(0, word.length() - 4) : word);
      }
    }
    return words;
  }
}
