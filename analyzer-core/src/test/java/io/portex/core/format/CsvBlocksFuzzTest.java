package io.portex.core.format;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.portex.core.source.CsvReader;
import io.portex.core.source.InputFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Differential fuzz target of the CSV block parser ({@link CsvBlocks}): whatever the bytes, parsing
 * them in blocks on two and three threads gives the records, line numbers and diagnostics of the
 * serial parse, as {@link CsvBlocksTest} checks on fixtures. Quoted line breaks, stray quotes and
 * mixed line ends must send the rest of the text back to the serial parse, never change a record.
 *
 * <p>{@code mvn verify} replays {@code CsvBlocksFuzzTestInputs/}; {@code scripts/fuzz.sh} fuzzes
 * ({@code CsvBlocksFuzzTest#parsesTheSameInBlocks}).
 */
class CsvBlocksFuzzTest {

  @FuzzTest
  void parsesTheSameInBlocks(FuzzedDataProvider data) throws IOException {
    int blockSize = data.consumeInt(8, 2048);
    char delimiter = ",;\t".charAt(data.consumeInt(0, 2));
    int maxColumns = data.consumeBoolean() ? 6 : CsvReader.DEFAULT_MAX_COLUMNS;
    byte[] bytes = data.consumeRemainingAsBytes();
    CsvBlocksTest.assertSameParse(
        InputFile.of("fuzz.csv", bytes.length, null, () -> new ByteArrayInputStream(bytes)),
        delimiter,
        maxColumns,
        blockSize);
  }
}
