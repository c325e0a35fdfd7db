package io.portex.core.format.tasklist;

import io.portex.core.source.AsciiKey;

/** What the image and PID fields of a tasklist row say, in any of its layouts. */
final class ProcessRow {

  private ProcessRow() {}

  /** The PID, or -1 when the text is no process id. */
  static int pid(String text) {
    if (text.isEmpty() || text.length() > 10) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value > Integer.MAX_VALUE ? -1 : (int) value;
  }

  /** {@code PID}, the title of the second column in every language portex has met. */
  static boolean isPidTitle(String text) {
    return AsciiKey.of(text).equals("pid");
  }

  /**
   * True when a first field can be an image name: it has a letter and no colon, unlike the
   * addresses that lead other CSV exports ({@code 0.0.0.0}, {@code fe80::1}).
   */
  static boolean isImage(String text) {
    if (text.isEmpty() || text.indexOf(':') >= 0) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
