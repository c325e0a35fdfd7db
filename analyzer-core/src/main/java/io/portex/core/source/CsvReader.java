package io.portex.core.source;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads CSV records one at a time, with the line each record starts on: quoted fields, doubled
 * quotes and line breaks inside quotes as Excel and PowerShell's {@code Export-Csv} write them. The
 * one place portex uses univocity-parsers, so that no format depends on it. Not thread-safe.
 */
public final class CsvReader implements Closeable {

  /** Thrown when the text cannot be read as CSV any further; records before it were good. */
  public static final class CsvException extends IOException {
    private final long line;

    CsvException(String message, long line) {
      super(message);
      this.line = line;
    }

    /** The line at which reading failed. */
    public long line() {
      return line;
    }
  }

  /** Fields per record, unless a reader asks for more. */
  public static final int DEFAULT_MAX_COLUMNS = 1024;

  private final CsvParser parser;
  private final long lineOffset;
  private final int maxColumns;
  private long recordLine;
  private int recordBreaks;

  /**
   * @param in the text, any byte-order mark already skipped
   * @param delimiter field separator: {@code ,} or, for {@code Export-Csv -UseCulture} in many
   *     European cultures, {@code ;}
   * @param maxFieldLength longest field kept, in characters; longer fields fail the read
   */
  public CsvReader(Reader in, char delimiter, int maxFieldLength) {
    this(in, delimiter, DEFAULT_MAX_COLUMNS, maxFieldLength);
  }

  /**
   * A reader for records of up to {@code maxColumns} fields. A record can hold {@code maxColumns}
   * times {@code maxFieldLength} characters: keep their product near {@link #DEFAULT_MAX_COLUMNS}
   * times the longest line, so that memory stays bounded.
   */
  public CsvReader(Reader in, char delimiter, int maxColumns, int maxFieldLength) {
    this(in, delimiter, maxColumns, maxFieldLength, null, 1);
  }

  /**
   * A reader of text that starts on line {@code firstLine} of a larger text, whose line separator
   * was found there.
   *
   * @param lineSeparator {@code "\r\n"}, {@code "\n"} or {@code "\r"}; null to take the first one
   *     the text holds, as the other constructors do
   * @param firstLine the number of the text's first line in the larger text, 1-based
   */
  public CsvReader(
      Reader in,
      char delimiter,
      int maxColumns,
      int maxFieldLength,
      String lineSeparator,
      long firstLine) {
    this(in, delimiter, maxColumns, maxFieldLength, lineSeparator, firstLine, DEFAULT_BUFFER, true);
  }

  /**
   * A reader of a short text of at most {@code length} characters (a block of lines parsed on its
   * own), with a buffer to match and the line separator given: univocity cannot find one in a first
   * read of a few characters.
   */
  public static CsvReader ofShortText(
      Reader in,
      int length,
      String lineSeparator,
      char delimiter,
      int maxColumns,
      int maxFieldLength) {
    return new CsvReader(
        in,
        delimiter,
        maxColumns,
        maxFieldLength,
        lineSeparator,
        1,
        Math.min(DEFAULT_BUFFER, Math.max(MIN_BUFFER, length + 1)),
        false);
  }

  /** univocity's own input buffer, in characters. */
  private static final int DEFAULT_BUFFER = 1 << 20;

  private static final int MIN_BUFFER = 1 << 10;

  private CsvReader(
      Reader in,
      char delimiter,
      int maxColumns,
      int maxFieldLength,
      String lineSeparator,
      long firstLine,
      int bufferSize,
      boolean readAhead) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.setInputBufferSize(bufferSize);
    // univocity reads ahead on a thread of its own where there are cores for it: worth it for a
    // long text, a thread too many for a short one (a block of a text parsed on every core)
    settings.setReadInputOnSeparateThread(readAhead);
    settings.getFormat().setDelimiter(delimiter);
    settings.getFormat().setQuote('"');
    settings.getFormat().setQuoteEscape('"');
    settings.getFormat().setComment('\0'); // "#TYPE ..." is data: the formats judge it
    if (lineSeparator == null) {
      settings.setLineSeparatorDetectionEnabled(true);
    } else {
      settings.getFormat().setLineSeparator(lineSeparator);
    }
    settings.setMaxCharsPerColumn(maxFieldLength);
    settings.setMaxColumns(maxColumns);
    this.maxColumns = maxColumns;
    settings.setNullValue("");
    settings.setEmptyValue("");
    settings.setSkipEmptyLines(true);
    settings.setIgnoreLeadingWhitespaces(false);
    settings.setIgnoreTrailingWhitespaces(false);
    settings.setErrorContentLength(80);
    parser = new CsvParser(settings);
    parser.beginParsing(in);
    lineOffset = firstLine - 1;
  }

  /**
   * The fields of the next record, or null at the end.
   *
   * @throws CsvException when the text cannot be read as CSV from here on
   */
  public String[] next() throws CsvException {
    try {
      String[] record = parser.parseNext();
      if (record != null) {
        recordBreaks = lineBreaksIn(record);
        recordLine = lineOffset + parser.getContext().currentLine() - recordBreaks;
      }
      return record;
    } catch (TextParsingException e) {
      // univocity says "too many fields" with the message of the index exception behind it, which
      // the JIT may drop once it has thrown many: said in words of our own, the same every time
      String message =
          e.getCause() instanceof ArrayIndexOutOfBoundsException
              ? "a record of more than " + maxColumns + " fields"
              : e.getMessage() == null ? "unreadable CSV" : firstLine(e.getMessage());
      throw new CsvException(message, lineOffset + e.getLineIndex() + 1);
    }
  }

  /** The line (1-based) on which the record {@link #next()} returned last starts. */
  public long line() {
    return recordLine;
  }

  /** True when a field of the record {@link #next()} returned last holds a line break. */
  public boolean spannedLines() {
    return recordBreaks > 0;
  }

  /** Line breaks inside quoted fields: the record started that many lines before it ended. */
  private static int lineBreaksIn(String[] record) {
    int breaks = 0;
    for (String field : record) {
      if (field == null) {
        continue;
      }
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n'))) {
          breaks++;
        }
      }
    }
    return breaks;
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  @Override
  public void close() {
    parser.stopParsing();
  }
}
