package io.portex.report.text;

import java.io.PrintWriter;
import java.util.Locale;

/** Prose written to a width: words wrap, the continuation indented under the first word. */
final class Lines {

  private static final String NBSP = "\u00A0";

  private final PrintWriter out;
  private final int width;

  Lines(PrintWriter out, int width) {
    this.out = out;
    this.width = width;
  }

  /** A line as it is (a command, a heading): never wrapped. */
  void println(String line) {
    out.println(TerminalText.escape(line));
  }

  /** A line laid out in columns: as it is when it fits the width, else wrapped at spaces. */
  void fit(String line) {
    if (TerminalText.escape(line).length() <= width) {
      println(line);
    } else {
      wrap("", line);
    }
  }

  /** Formats, then wraps each line of the result; {@code %n} ends a line. */
  void printf(Locale locale, String format, Object... args) {
    for (String line : String.format(locale, format, args).split("\\R")) {
      wrap("", line);
    }
  }

  /** {@code text} after {@code prefix}, wrapped at spaces; continuations align under the text. */
  void wrap(String prefix, String text) {
    // names from the evidence (files, hosts, processes) must not drive the terminal
    text = TerminalText.escape(text);
    String indent = " ".repeat(prefix.length());
    StringBuilder line = new StringBuilder(prefix);
    boolean first = true;
    // a number and its unit stay on one line: "17 %", not "17" then "%"
    for (String glued : text.replace(" %", NBSP + "%").split(" ")) {
      String word = glued.replace(NBSP, " ");
      if (word.isEmpty()) {
        continue;
      }
      if (!first && line.length() + 1 + word.length() > width) {
        out.println(line);
        line = new StringBuilder(indent);
        first = true;
      }
      if (!first) {
        line.append(' ');
      }
      line.append(word);
      first = false;
    }
    out.println(line);
  }
}
