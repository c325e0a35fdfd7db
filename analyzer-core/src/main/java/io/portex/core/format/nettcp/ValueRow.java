package io.portex.core.format.nettcp;

import io.portex.core.model.TcpState;
import java.util.regex.Pattern;

/**
 * A row of {@code Get-NetTCPConnection}'s default table pasted without its header, recognised by
 * its values: {@code LocalAddress LocalPort RemoteAddress RemotePort State [AppliedSetting]
 * [OwningProcess]} — two IP addresses each followed by a port number, then a state word ({@code
 * TimeWait}, {@code Established}, …), then optionally a setting word ({@code Internet}, {@code
 * Datacenter}, …) and a process id. Nothing else has that shape: netstat glues address and port
 * with a colon and starts with {@code TCP}.
 */
record ValueRow(
    String localAddress,
    String localPort,
    String remoteAddress,
    String remotePort,
    String state,
    String owningProcess) {

  private static final Pattern BLANKS = Pattern.compile("[ \t\u00a0]+");

  /** The columns a headerless row is read into, in the order the default table view shows them. */
  static final String COLUMNS =
      "LocalAddress LocalPort RemoteAddress RemotePort State AppliedSetting OwningProcess";

  /** The row in {@code line}, or null when the line does not have a connection row's values. */
  static ValueRow parse(String line) {
    String text = line.strip();
    if (text.isEmpty() || !startsAddress(text.charAt(0))) {
      return null; // most lines of other formats end here, before any splitting
    }
    String[] words = BLANKS.split(text, 8);
    if (words.length < 5 || words.length > 7) {
      return null;
    }
    if (!isAddress(words[0])
        || !isPort(words[1])
        || !isAddress(words[2])
        || !isPort(words[3])
        || !isStateWord(words[4])) {
      return null;
    }
    String pid = null;
    if (words.length == 7) {
      if (!isWord(words[5]) || !isNumber(words[6], 10)) {
        return null;
      }
      pid = words[6];
    } else if (words.length == 6) {
      if (isNumber(words[5], 10)) {
        pid = words[5];
      } else if (!isWord(words[5])) {
        return null; // neither an AppliedSetting word nor a process id
      }
    }
    return new ValueRow(words[0], words[1], words[2], words[3], words[4], pid);
  }

  /** Sets this row's values as the properties of one connection (AppliedSetting is not kept). */
  void into(InstanceValues values) {
    values.set(NetTcpProperty.LOCAL_ADDRESS, localAddress);
    values.set(NetTcpProperty.LOCAL_PORT, localPort);
    values.set(NetTcpProperty.REMOTE_ADDRESS, remoteAddress);
    values.set(NetTcpProperty.REMOTE_PORT, remotePort);
    values.set(NetTcpProperty.STATE, state);
    if (owningProcess != null) {
      values.set(NetTcpProperty.OWNING_PROCESS, owningProcess);
    }
  }

  /** A character an IPv4 or IPv6 address can start with: a hex digit or a colon ({@code ::}). */
  private static boolean startsAddress(char c) {
    return c == ':' || Character.digit(c, 16) >= 0;
  }

  /** A dotted-quad IPv4 address, or an IPv6 one (hex groups, colons, an optional {@code %zone}). */
  static boolean isAddress(String word) {
    return word.indexOf(':') >= 0 ? isIpv6(word) : isIpv4(word);
  }

  private static boolean isIpv4(String word) {
    String[] parts = word.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (!isNumber(part, 3) || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIpv6(String word) {
    int zone = word.indexOf('%');
    String address = zone >= 0 ? word.substring(0, zone) : word;
    if (zone == 0 || zone == word.length() - 1 || address.length() < 2) {
      return false;
    }
    int colons = 0;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c == ':') {
        colons++;
      } else if (Character.digit(c, 16) < 0 && c != '.') {
        return false;
      }
    }
    return colons >= 2 && colons <= 7;
  }

  private static boolean isPort(String word) {
    return isNumber(word, 5) && Integer.parseInt(word) <= 65535;
  }

  /** A state as {@code Get-NetTCPConnection} words it; its numbers are left out, too ambiguous. */
  private static boolean isStateWord(String word) {
    return isWord(word) && TcpState.parse(word).isPresent();
  }

  private static boolean isWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  private static boolean isNumber(String word, int maxDigits) {
    if (word.isEmpty() || word.length() > maxDigits) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
