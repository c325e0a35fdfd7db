package io.portex.report.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A case's row of the summary, kept beside its result so that a case skipped by {@code
 * --incremental} is listed with the figures of the run that analyzed it. One CSV record, read only
 * by portex (so, unlike {@code summary.csv}, not guarded against spreadsheets).
 */
final class CaseRow {

  static final String FILE = ".portex-row.csv";

  private CaseRow() {}

  static void write(CaseResult result, OutputFolder caseOut) throws IOException {
    try (Writer writer = new OutputStreamWriter(caseOut.create(FILE), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
      csv.printRecord(result.values());
    }
  }

  /** The row written for the case, or empty when there is none or it cannot be read. */
  static Optional<CaseResult> read(OutputFolder caseOut) {
    List<CSVRecord> records;
    try {
      Optional<InputStream> in = caseOut.open(FILE);
      if (in.isEmpty()) {
        return Optional.empty();
      }
      try (Reader reader = new InputStreamReader(in.get(), StandardCharsets.UTF_8)) {
        records = CSVFormat.DEFAULT.parse(reader).getRecords();
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return Optional.empty();
    }
    if (records.size() != 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(CaseResult.parse(records.get(0).toList()));
    } catch (IllegalArgumentException e) { // a row of another version, or damaged: analyze again
      return Optional.empty();
    }
  }
}
