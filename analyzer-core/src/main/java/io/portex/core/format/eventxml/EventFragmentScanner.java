package io.portex.core.format.eventxml;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts a text into the {@code <Event>} elements it holds, one at a time, whatever surrounds them:
 * the concatenated events of {@code wevtutil qe /f:xml} (no root element, on one line or many), the
 * {@code <Events>} root of Event Viewer's "Save as XML", a single event, or an event pasted after
 * other text. Only one event is held at a time. An event whose end tag is missing ends where the
 * next {@code <Event} starts, so reading can go on with it.
 *
 * <p>A document type declaration or entity declaration outside the events stops the scan: {@link
 * #refusedLine()} tells where, and nothing after it is handed on. Not thread-safe.
 */
final class EventFragmentScanner {

  private static final String START_NAME = "Event";
  private static final String END_NAME = "/Event";

  /** Longest name read after {@code <}: enough for the names this scanner looks for. */
  private static final int MAX_NAME = 16;

  private final Reader in;
  private final int maxEventChars;
  private final char[] buffer = new char[1 << 14];
  private int position;
  private int limit;
  private int pushedBack = -1;
  private boolean previousWasCarriageReturn;
  private long line = 1;
  private long contentLine = 1;

  private final StringBuilder event = new StringBuilder();
  private boolean tooLarge;
  private long carriedStartLine = -1;
  private String carriedStart;
  private long refusedLine;
  private String refused;

  EventFragmentScanner(Reader in, int maxEventChars) {
    this.in = in;
    this.maxEventChars = maxEventChars;
  }

  /** The next event, or null at the end of the text or at a refused declaration. */
  EventFragment next() throws IOException {
    if (carriedStart != null) {
      long start = carriedStartLine;
      String opening = carriedStart;
      carriedStart = null;
      return inside(start, opening);
    }
    int c;
    while ((c = read()) >= 0) {
      if (c != '<') {
        continue;
      }
      long tagLine = line;
      String name = readName();
      int after = read();
      if (name.equals(START_NAME) && endsName(after)) {
        return inside(tagLine, "<" + name + (char) after);
      }
      if (name.startsWith("!DOCTYPE") || name.startsWith("!ENTITY")) {
        refusedLine = tagLine;
        refused = name.substring(1);
        return null;
      }
      if (name.startsWith("!--")) {
        skipComment(after);
      } else {
        unread(after);
      }
    }
    return null;
  }

  /** The line of a refused declaration, or 0. */
  long refusedLine() {
    return refusedLine;
  }

  /** The keyword of a refused declaration ({@code DOCTYPE}, {@code ENTITY}), or null. */
  String refused() {
    return refused;
  }

  /** Reads the rest of an event whose start tag began with {@code opening}. */
  private EventFragment inside(long firstLine, String opening) throws IOException {
    event.setLength(0);
    tooLarge = false;
    keep(opening);
    if (opening.endsWith("/") && peekIs('>')) {
      keep(">");
      return fragment(firstLine, line, true);
    }
    while (true) {
      long contentBefore = contentLine;
      int c = read();
      if (c < 0) {
        return fragment(firstLine, contentLine, false);
      }
      keep(c);
      if (c != '<') {
        continue;
      }
      long tagLine = line;
      String name = readName();
      int after = read();
      if (name.equals(START_NAME) && endsName(after)) {
        event.setLength(Math.max(0, event.length() - 1));
        carriedStart = "<" + name + (char) after;
        carriedStartLine = tagLine;
        return fragment(firstLine, contentBefore, false);
      }
      keep(name);
      if (name.equals(END_NAME) && closesTag(after)) {
        return fragment(firstLine, line, true);
      }
      if (!name.equals(END_NAME)) {
        unread(after);
      }
    }
  }

  private EventFragment fragment(long firstLine, long lastLine, boolean complete) {
    return new EventFragment(
        tooLarge ? "" : event.toString(), firstLine, lastLine, complete, tooLarge);
  }

  /** After {@code </Event}: optional white space, then {@code >}, all kept. */
  private boolean closesTag(int after) throws IOException {
    int c = after;
    while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      keep(c);
      c = read();
    }
    if (c == '>') {
      keep(c);
      return true;
    }
    unread(c);
    return false;
  }

  private void skipComment(int after) throws IOException {
    int dashes = 0;
    int c = after;
    while (c >= 0) {
      if (c == '>' && dashes >= 2) {
        return;
      }
      dashes = c == '-' ? dashes + 1 : 0;
      c = read();
    }
  }

  /** The characters of a tag name (with {@code !}, {@code /}, {@code ?} and {@code -}). */
  private String readName() throws IOException {
    StringBuilder name = new StringBuilder(MAX_NAME);
    int c;
    while (name.length() < MAX_NAME && (c = read()) >= 0) {
      if (!isNameChar(c)) {
        unread(c);
        break;
      }
      name.append((char) c);
    }
    return name.toString();
  }

  private static boolean isNameChar(int c) {
    return Character.isLetterOrDigit(c)
        || c == '!'
        || c == '/'
        || c == '?'
        || c == '-'
        || c == ':'
        || c == '_'
        || c == '.'
        || c == '[';
  }

  /** What may follow the name {@code Event} in a start tag. */
  private static boolean endsName(int c) {
    return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private boolean peekIs(char expected) throws IOException {
    int c = read();
    if (c == expected) {
      return true;
    }
    unread(c);
    return false;
  }

  private void keep(String text) {
    if (!tooLarge) {
      event.append(text);
      checkSize();
    }
  }

  private void keep(int c) {
    if (!tooLarge && c >= 0) {
      event.append((char) c);
      checkSize();
    }
  }

  private void checkSize() {
    if (event.length() > maxEventChars) {
      tooLarge = true;
      event.setLength(0);
      event.trimToSize();
    }
  }

  private void unread(int c) {
    pushedBack = c;
  }

  /** The next character, counting lines (CR, LF and CRLF end one), or -1 at the end. */
  private int read() throws IOException {
    if (pushedBack != -1) {
      int c = pushedBack;
      pushedBack = -1;
      return c;
    }
    if (position >= limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    char c = buffer[position++];
    if (c > ' ') {
      contentLine = line;
    }
    if (c == '\n') {
      if (!previousWasCarriageReturn) {
        line++;
      }
      previousWasCarriageReturn = false;
    } else if (c == '\r') {
      line++;
      previousWasCarriageReturn = true;
    } else {
      previousWasCarriageReturn = false;
    }
    return c;
  }
}
