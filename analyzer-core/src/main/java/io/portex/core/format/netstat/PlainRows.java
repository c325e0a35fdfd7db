package io.portex.core.format.netstat;

import io.portex.core.format.LineBlocks;
import io.portex.core.model.RowTally;
import io.portex.core.model.TcpState;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Finds the lines of a block and the fields of its plain connection rows in the raw bytes, on a
 * worker thread, and tallies runs of them ({@link RowTally}) without a {@code String} per line. A
 * plain row is what {@code netstat -ano} writes and {@link RowParser} reads without a remark:
 * spaces, {@code TCP} or {@code UDP}, a local and a foreign address with a numeric port ({@code
 * *:*} for UDP), the English or German state word of a TCP row, an optional PID, nothing after, in
 * printable ASCII with single spaces or more between fields. A plain row followed by another one is
 * tallied; any other line, and the last row before one, goes to the state machine as text ({@link
 * RowBlock.Line}). One instance scans one block.
 */
final class PlainRows {

  private static final byte[][] STATE_BYTES = new byte[RowParser.STATE_WORDS.length][];

  static {
    for (int i = 0; i < STATE_BYTES.length; i++) {
      STATE_BYTES[i] = RowParser.STATE_WORDS[i].getBytes(StandardCharsets.US_ASCII);
    }
  }

  private final Charset charset;
  private final int maxLineLength;
  private byte[] bytes;
  private RowBlock block;

  /** A plain row: where its line is, and its fields. */
  private static final class Row {
    int start;
    int end;
    int number;
    boolean terminated;
    boolean tcp;
    TcpState state;
    int port;
    int pid;
    int localHash;
    int remoteHash;
    int hostStart;
    int hostEnd;
    int hostHash;
    int remoteStart;
    int remoteEnd;
  }

  // the row parsed last (parse), and the row held until the next line says whether it ends a run;
  // holding a row swaps the two
  private Row parsed = new Row();
  private Row heldRow = new Row();
  private boolean held;

  private RowTally run;
  private ByteKeys locals;
  private ByteKeys remotes;
  private int runFirst;
  private int runLast;

  PlainRows(Charset charset, int maxLineLength) {
    this.charset = charset;
    this.maxLineLength = maxLineLength;
  }

  /**
   * Scans a block of {@code charset} text. UTF-16 is decoded first: text of Latin-1 characters only
   * (every English, German, French or Spanish capture) is scanned as ISO-8859-1 bytes, in which a
   * byte is a character as a line's length counts them; other text goes to the state machine line
   * by line, as a {@link io.portex.core.source.LineReader} splits the decoded characters.
   */
  static RowBlock scan(byte[] bytes, int from, int to, Charset charset, int maxLineLength) {
    if (!LineBlocks.isUtf16(charset)) {
      return new PlainRows(charset, maxLineLength).scan(bytes, from, to);
    }
    byte[] latin1 = latin1(bytes, from, to, charset.equals(StandardCharsets.UTF_16LE));
    if (latin1 == null) {
      return RowBlock.ofLines(new String(bytes, from, to - from, charset), maxLineLength);
    }
    return new PlainRows(StandardCharsets.ISO_8859_1, maxLineLength).scan(latin1, 0, latin1.length);
  }

  /**
   * UTF-16 text as ISO-8859-1 bytes, in one pass: every character's high byte is zero. Null when
   * one is beyond Latin-1 (surrogates and U+FFFD among them) or the text ends inside a character.
   */
  private static byte[] latin1(byte[] bytes, int from, int to, boolean littleEndian) {
    if (((to - from) & 1) != 0) {
      return null;
    }
    byte[] latin1 = new byte[(to - from) / 2];
    int low = littleEndian ? 0 : 1;
    for (int i = from, o = 0; i < to; i += 2, o++) {
      if (bytes[i + 1 - low] != 0) {
        return null;
      }
      latin1[o] = bytes[i + low];
    }
    return latin1;
  }

  /** Scans the bytes {@code from..to}: whole lines, the last perhaps without its line end. */
  RowBlock scan(byte[] text, int from, int to) {
    bytes = text;
    block = new RowBlock();
    int number = 0;
    int position = from;
    while (position < to) {
      int start = position;
      number++;
      int end = parse(start, to);
      boolean plain = end >= 0;
      if (!plain) {
        end = lineEnd(start, to);
      }
      boolean terminated = end < to;
      position = end;
      if (terminated) {
        position++;
        if (text[end] == '\r' && position < to && text[position] == '\n') {
          position++;
        }
      }
      if (plain && end - start <= maxLineLength) {
        if (held) {
          fold();
        }
        hold(start, end, number, terminated);
      } else {
        release();
        line(start, end, number, terminated);
      }
    }
    release();
    block.lines = number;
    RowBlock done = block;
    block = null;
    bytes = null;
    return done;
  }

  private void line(int start, int end, int number, boolean terminated) {
    boolean cut = end - start > maxLineLength;
    String text = new String(bytes, start, cut ? maxLineLength : end - start, charset);
    block.items.add(new RowBlock.Line(text, number, terminated, cut));
  }

  /** The held row goes to the state machine as a line, after the run before it. */
  private void release() {
    if (run != null) {
      block.items.add(new RowBlock.Run(run, runFirst, runLast));
      run = null;
      locals = null;
      remotes = null;
    }
    if (held) {
      held = false;
      line(heldRow.start, heldRow.end, heldRow.number, heldRow.terminated);
    }
  }

  private void hold(int start, int end, int number, boolean terminated) {
    Row row = parsed;
    row.start = start;
    row.end = end;
    row.number = number;
    row.terminated = terminated;
    parsed = heldRow;
    heldRow = row;
    held = true;
  }

  /** The held row is followed by another plain row: into the run. */
  private void fold() {
    Row row = heldRow;
    if (run == null) {
      run = new RowTally();
      locals = new ByteKeys();
      remotes = new ByteKeys();
      runFirst = row.number;
    }
    runLast = row.number;
    if (!row.tcp) {
      run.udp(row.localHash, row.remoteHash, row.pid);
      return;
    }
    int local = -1;
    int remote = -1;
    if (row.state != TcpState.LISTENING && row.state != TcpState.BOUND) {
      local = key(locals, row.hostStart, row.hostEnd, row.hostHash, true);
      remote = key(remotes, row.remoteStart, row.remoteEnd, row.remoteHash, false);
    }
    run.tcp(row.state, row.port, row.pid, row.localHash, row.remoteHash, local, remote);
  }

  private int key(ByteKeys keys, int from, int to, int hash, boolean local) {
    int key = keys.find(bytes, from, to, hash);
    if (key < 0) {
      key = keys.add(bytes, from, to, hash);
      String text = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
      int numbered = local ? run.local(text) : run.remote(text);
      assert numbered == key;
    }
    return key;
  }

  private int hash(int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + bytes[i];
    }
    return h;
  }

  private int lineEnd(int from, int to) {
    byte[] b = bytes;
    int i = from;
    while (i < to && b[i] != '\n' && b[i] != '\r') {
      i++;
    }
    return i;
  }

  private static boolean endsLine(byte[] b, int i, int to) {
    return i >= to || b[i] == '\r' || b[i] == '\n';
  }

  /**
   * Parses a plain row from {@code start}. The loops are in small methods of their own: the JIT
   * compiles those early and alone, not this method again and again from inside its loops.
   *
   * @return where its line ends, or -1 when the line is no plain row
   */
  private int parse(int start, int to) {
    byte[] b = bytes;
    Row row = parsed;
    int i = skipSpaces(b, start, to);
    if (i + 4 > to || b[i + 3] != ' ') {
      return -1;
    }
    byte p0 = b[i];
    if (p0 == 'T' && b[i + 1] == 'C' && b[i + 2] == 'P') {
      row.tcp = true;
    } else if (p0 == 'U' && b[i + 1] == 'D' && b[i + 2] == 'P') {
      row.tcp = false;
    } else {
      return -1;
    }
    int from = skipSpaces(b, i + 3, to);
    i = address(from, to);
    if (!endpoint(from, i, scannedColon, scannedClose) || i >= to || b[i] != ' ') {
      return -1;
    }
    row.localHash = scannedHash;
    row.hostStart = parsedHostStart;
    row.hostEnd = parsedHostEnd;
    row.hostHash = row.hostStart == from ? scannedBeforeColon : hash(row.hostStart, row.hostEnd);
    row.port = parsedPort;
    from = skipSpaces(b, i, to);
    i = address(from, to);
    row.remoteStart = from;
    row.remoteEnd = i;
    row.remoteHash = scannedHash;
    if (row.tcp) {
      if (!endpoint(from, i, scannedColon, scannedClose) || i >= to || b[i] != ' ') {
        return -1;
      }
      from = skipSpaces(b, i, to);
      i = stateEnd(from, to);
      if (i < 0) {
        return -1;
      }
    } else if (i - from != 3 || b[from] != '*' || b[from + 1] != ':' || b[from + 2] != '*') {
      return -1;
    }
    if (endsLine(b, i, to)) {
      row.pid = -1;
      return i;
    }
    if (b[i] != ' ') {
      return -1;
    }
    i = skipSpaces(b, i, to);
    if (endsLine(b, i, to)) {
      row.pid = -1;
      return i;
    }
    from = i;
    i = digitsEnd(b, from, to);
    if (i == from || i - from > 10) {
      return -1;
    }
    long value = number(b, from, i);
    if (value > Integer.MAX_VALUE) {
      return -1;
    }
    row.pid = (int) value;
    i = skipSpaces(b, i, to);
    return endsLine(b, i, to) ? i : -1;
  }

  // what address() found: the String hash of the field, its last colon and the hash before it,
  // its first closing bracket
  private int scannedHash;
  private int scannedColon;
  private int scannedBeforeColon;
  private int scannedClose;

  /** Scans a field from {@code from} to the next blank: its hash, last colon, first bracket. */
  private int address(int from, int to) {
    byte[] b = bytes;
    int h = 0;
    int colon = -1;
    int beforeColon = 0;
    int close = -1;
    int i = from;
    while (i < to) {
      byte c = b[i];
      if (c <= ' ') {
        break;
      }
      if (c == ':') {
        colon = i;
        beforeColon = h;
      } else if (c == ']' && close < 0) {
        close = i;
      }
      h = 31 * h + c;
      i++;
    }
    scannedHash = h;
    scannedColon = colon;
    scannedBeforeColon = beforeColon;
    scannedClose = close;
    return i;
  }

  private static int digitsEnd(byte[] b, int from, int to) {
    int i = from;
    while (i < to && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    return i;
  }

  private static long number(byte[] b, int from, int to) {
    long value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (b[i] - '0');
    }
    return value;
  }

  private int parsedHostStart;
  private int parsedHostEnd;
  private int parsedPort;

  /**
   * An address with a numeric port as {@link RowParser#endpoint} reads it ({@code 10.0.0.1:443},
   * {@code [::1]:80}); its host and port go to the parsed fields.
   */
  private boolean endpoint(int from, int to, int lastColon, int firstClose) {
    int portStart;
    if (to - from >= 1 && bytes[from] == '[') {
      if (firstClose < 0) {
        return false;
      }
      parsedHostStart = from + 1;
      parsedHostEnd = firstClose;
      if (firstClose + 1 >= to || bytes[firstClose + 1] != ':') {
        return false;
      }
      portStart = firstClose + 2;
    } else {
      if (lastColon <= from) {
        return false;
      }
      parsedHostStart = from;
      parsedHostEnd = lastColon;
      portStart = lastColon + 1;
    }
    if (parsedHostEnd <= parsedHostStart) {
      return false;
    }
    int length = to - portStart;
    if (length < 1 || length > 5) {
      return false;
    }
    int value = 0;
    for (int i = portStart; i < to; i++) {
      byte c = bytes[i];
      if (c < '0' || c > '9') {
        return false;
      }
      value = value * 10 + (c - '0');
    }
    parsedPort = value;
    return value <= 65535;
  }

  /**
   * Reads the state word at {@code from} into the parsed row: one of the words netstat writes,
   * exactly; whatever follows it is checked by the caller.
   *
   * @return where the word ends, or -1 when none starts there
   */
  private int stateEnd(int from, int to) {
    if (from >= to) {
      return -1;
    }
    byte[] b = bytes;
    byte first = b[from];
    for (int w = 0; w < STATE_BYTES.length; w++) {
      byte[] word = STATE_BYTES[w];
      int length = word.length;
      if (word[0] != first || from + length > to) {
        continue;
      }
      int i = 1;
      while (i < length && word[i] == b[from + i]) {
        i++;
      }
      if (i == length) {
        parsed.state = RowParser.STATE_OF_WORD[w];
        return from + length;
      }
    }
    return -1;
  }

  private static int skipSpaces(byte[] b, int i, int to) {
    while (i < to && b[i] == ' ') {
      i++;
    }
    return i;
  }
}
