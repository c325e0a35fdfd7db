package io.portex.report.text;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Text from the evidence made safe for a terminal: file, host and process names come from
 * customers' machines and archives and may hold escape sequences (ANSI colours, OSC titles and
 * links, cursor moves), line breaks or bidirectional overrides that would rewrite what is shown.
 * Each such character is shown as an escape ({@code \x1b}, {@code \n}, {@code \u202e}) instead.
 */
public final class TerminalText {

  private TerminalText() {}

  /** {@code text} with every control or bidirectional-control character written as an escape. */
  public static String escape(String text) {
    int i = 0;
    while (i < text.length() && !unsafe(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x100) {
        out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  /** C0 and C1 controls, DEL, and the characters that reorder text (Trojan Source). */
  private static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u061c'
        || c == '\u200e'
        || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * A writer whose {@code printf}/{@code format} arguments are escaped (numbers are left as they
   * are); the format itself, written by portex, keeps its line ends.
   */
  public static PrintWriter escaping(PrintWriter out) {
    return out instanceof Escaping ? out : new Escaping(out);
  }

  private static final class Escaping extends PrintWriter {

    Escaping(PrintWriter out) {
      super(out, true);
    }

    @Override
    public PrintWriter format(String format, Object... args) {
      return super.format(format, escaped(args));
    }

    @Override
    public PrintWriter format(Locale locale, String format, Object... args) {
      return super.format(locale, format, escaped(args));
    }

    private static Object[] escaped(Object[] args) {
      if (args == null) {
        return null;
      }
      Object[] safe = args.clone();
      for (int i = 0; i < safe.length; i++) {
        Object arg = safe[i];
        if (arg != null
            && !(arg instanceof Number)
            && !(arg instanceof Boolean)
            && !(arg instanceof Character)
            && !(arg instanceof java.time.temporal.TemporalAccessor)) {
          safe[i] = escape(arg.toString());
        }
      }
      return safe;
    }
  }
}
