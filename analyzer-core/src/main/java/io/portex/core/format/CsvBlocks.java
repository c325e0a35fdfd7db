package io.portex.core.format;

import io.portex.core.source.CsvReader;
import io.portex.core.source.Decoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A big CSV text parsed on several threads with the records and lines a parse from start to end
 * gives. The text is cut into blocks of whole lines ({@link LineBlocks}); each block is parsed on a
 * worker as if a record started at its first line. That holds while every record before it lies on
 * a line of its own, which each worker checks of its block: no field holds a line break (a quoted
 * field that goes on past its line, or past the block, holds one), nothing in the block is not CSV,
 * and its line ends are the file's. From the first block that fails the check, the rest of the text
 * is parsed on the reading thread from that block's first byte, so a text with line breaks inside
 * quotes, a stray quote or an error costs only speed. A block of plain lines, as {@code Export-Csv}
 * writes them, is read in its raw bytes ({@link PlainCsvLines}); any other goes to the parser.
 */
final class CsvBlocks {

  /** The first line break must come this early for a block's parse to be trusted. */
  private static final int SEPARATOR_WITHIN = 4096;

  /** What a worker made of one block. */
  record Parsed(List<String[]> records, long[] recordLines, int lines, int bytes, String separator)
      implements LineBlocks.Scanned {

    /** A block that has to be parsed from start to end with what follows it. */
    static Parsed unsafe(int lines, int bytes) {
      return new Parsed(null, null, lines, bytes, null);
    }

    boolean safe() {
      return records != null;
    }
  }

  /** From this block on, the text is parsed on the reading thread. */
  private static final class Restart extends IOException {
    private static final long serialVersionUID = 1L;
    final long offset;
    final long firstLine;

    Restart(long offset, long firstLine) {
      super("parsed from start to end from offset " + offset);
      this.offset = offset;
      this.firstLine = firstLine;
    }
  }

  /** Opens the text again, any byte-order mark skipped. */
  @FunctionalInterface
  interface Source {
    InputStream open() throws IOException;
  }

  private final Charset charset;
  private final char delimiter;
  private final int maxColumns;
  private final int maxFieldLength;
  private final ReadContext.CsvRecordHandler handler;

  private String separator;
  private long offset;

  CsvBlocks(
      Charset charset,
      char delimiter,
      int maxColumns,
      int maxFieldLength,
      ReadContext.CsvRecordHandler handler) {
    this.charset = charset;
    this.delimiter = delimiter;
    this.maxColumns = maxColumns;
    this.maxFieldLength = maxFieldLength;
    this.handler = handler;
  }

  /**
   * Parses the whole text, handing each record to the handler in order.
   *
   * @throws CsvReader.CsvException where the text cannot be read as CSV any further
   */
  void read(Source source, LineBlocks blocks) throws IOException {
    try (InputStream in = source.open()) {
      blocks.read(in, this::parse, this::accept, this::serial);
    } catch (Restart restart) {
      try (InputStream in = source.open()) {
        in.skipNBytes(restart.offset);
        serial(in, restart.firstLine);
      }
    }
  }

  /** On a worker: the records of the bytes {@code from..to}, or that they cannot be trusted. */
  private Parsed parse(byte[] bytes, int from, int to, boolean last) {
    int lines = 0;
    int firstBreak = -1;
    boolean carriageReturnEnds = false;
    boolean lineFeedEnds = false;
    boolean loneCarriageReturn = false;
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b == '\n') {
        lines++;
        firstBreak = firstBreak < 0 ? i - from : firstBreak;
        boolean afterReturn = i > from && bytes[i - 1] == '\r';
        carriageReturnEnds |= afterReturn;
        lineFeedEnds |= !afterReturn;
      } else if (b == '\r') {
        loneCarriageReturn |= i + 1 == to || bytes[i + 1] != '\n';
      }
    }
    if (to > from && bytes[to - 1] != '\n') {
      lines++;
    }
    int size = to - from;
    if (firstBreak < 0
        || firstBreak > SEPARATOR_WITHIN
        || loneCarriageReturn
        || (carriageReturnEnds && lineFeedEnds)) {
      return Parsed.unsafe(lines, size);
    }
    if (startsWithByteOrderMark(bytes, from, to)) {
      return Parsed.unsafe(lines, size); // univocity drops a U+FEFF that starts its text
    }
    // the separator the line ends show (they are all of one kind): what univocity finds in the
    // first characters of the text when it begins here
    String separator = carriageReturnEnds ? "\r\n" : "\n";
    PlainCsvLines.Records plain =
        new PlainCsvLines(charset, delimiter, maxColumns, maxFieldLength)
            .read(bytes, from, to, lines, carriageReturnEnds);
    if (plain != null) {
      return new Parsed(plain.records(), plain.lines(), lines, size, separator);
    }
    List<String[]> records = new ArrayList<>();
    long[] recordLines = new long[lines];
    try (CsvReader csv =
        CsvReader.ofShortText(
            new InputStreamReader(
                new ByteArrayInputStream(bytes, from, size), Decoding.replacing(charset)),
            size,
            separator,
            delimiter,
            maxColumns,
            maxFieldLength)) {
      String[] fields;
      while ((fields = csv.next()) != null) {
        if (csv.spannedLines() || records.size() == lines) {
          return Parsed.unsafe(lines, size);
        }
        recordLines[records.size()] = csv.line();
        records.add(fields);
      }
      return new Parsed(records, recordLines, lines, size, separator);
    } catch (CsvReader.CsvException e) {
      return Parsed.unsafe(lines, size);
    }
  }

  /** On the reading thread, in file order. */
  private void accept(Parsed parsed, long firstLine) throws IOException {
    if (separator == null && parsed.safe()) {
      separator = parsed.separator(); // the first block's: what a parse from the start finds
    }
    if (!parsed.safe() || !parsed.separator().equals(separator)) {
      throw new Restart(offset, firstLine);
    }
    List<String[]> records = parsed.records();
    for (int i = 0; i < records.size(); i++) {
      handler.record(records.get(i), firstLine - 1 + parsed.recordLines()[i]);
    }
    offset += parsed.bytes();
  }

  /**
   * True when the text begins with U+FEFF, as UTF-8 writes it (no other charset read here does).
   */
  private boolean startsWithByteOrderMark(byte[] bytes, int from, int to) {
    return to - from >= 3
        && bytes[from] == (byte) 0xEF
        && bytes[from + 1] == (byte) 0xBB
        && bytes[from + 2] == (byte) 0xBF
        && charset.equals(StandardCharsets.UTF_8);
  }

  /** Parses the whole text on this thread, from start to end. */
  void readAll(Source source) throws IOException {
    try (InputStream in = source.open()) {
      serial(in, 1);
    }
  }

  /**
   * The text from {@code in} on, from start to end on this thread. Past the text's first line, a
   * line break goes before it: univocity would drop a U+FEFF that starts its text (it takes it for
   * a byte-order mark), while a parse from the start reads it as the character it is there.
   */
  private void serial(InputStream in, long firstLine) throws IOException {
    Reader text = Decoding.buffered(in, charset);
    long first = firstLine;
    if (firstLine > 1 && separator != null) {
      PushbackReader pushed = new PushbackReader(text, separator.length());
      pushed.unread(separator.toCharArray()); // an empty line: no record
      text = pushed;
      first--;
    }
    try (CsvReader csv =
        new CsvReader(text, delimiter, maxColumns, maxFieldLength, separator, first)) {
      String[] fields;
      while ((fields = csv.next()) != null) {
        handler.record(fields, csv.line());
      }
    }
  }
}
