package io.portex.core.format.registry;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import io.portex.core.format.ReadContext;
import io.portex.core.model.SourceRange;
import io.portex.core.model.fact.RegistryValue;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads {@code reg query} output and {@code reg export} files: every numeric value becomes a fact
 * under the key it was listed under; text and binary values are counted once. One instance reads
 * one input.
 */
final class RegistryReader {

  private static final String CODE = "registry.";

  private final ReadContext context;
  private final EvidenceSink sink;
  private final DiagnosticSink diagnostics;

  private String key;
  private boolean continued;
  private boolean keyMissingReported;
  private long skipped;
  private long firstSkippedLine;
  private long otherLines;
  private long firstOtherLine;
  private String firstOther;
  private int values;

  RegistryReader(ReadContext context, EvidenceSink sink) {
    this.context = context;
    this.sink = sink;
    this.diagnostics = context.diagnostics();
  }

  void read() throws IOException {
    context.forEachLine("registry", this::accept);
    report();
  }

  private void accept(String line, long number, boolean terminated) {
    String text = line.strip();
    if (continued) {
      continued = text.endsWith("\\");
      return;
    }
    if (text.isEmpty() || isHeader(text)) {
      return;
    }
    if (isKey(text)) {
      key = text;
      return;
    }
    if (text.startsWith("[") && text.endsWith("]") && isKey(text.substring(1))) {
      key = text.substring(1, text.length() - 1);
      return;
    }
    RegistryLine value = RegistryLine.ofExport(text);
    if (value != null) {
      continued = text.endsWith("\\");
    } else {
      value = RegistryLine.ofQuery(line);
    }
    if (value == null) {
      other(text, number);
      return;
    }
    onValue(value, text, number, terminated);
  }

  private void onValue(RegistryLine value, String text, long number, boolean terminated) {
    if (!value.knownType()) {
      diagnostics.warning(
          CODE + "unknown-type",
          number,
          "'" + value.type() + "' is no registry type (line cut short?); not read",
          text);
      return;
    }
    if (!value.numeric()) {
      if (skipped++ == 0) {
        firstSkippedLine = number;
      }
      return;
    }
    RegistryNumber parsed = parse(value);
    if (!parsed.ok()) {
      diagnostics.warning(
          CODE + "bad-number", number, value.name() + ": " + parsed.problem() + "; not read", text);
      return;
    }
    if (!terminated) {
      diagnostics.warning(
          CODE + "cut-line",
          number,
          "the file ends inside this line: " + value.name() + " may be cut short",
          text);
    }
    if (key == null && !keyMissingReported) {
      keyMissingReported = true;
      diagnostics.info(
          CODE + "no-key", number, "values listed before any key line; their key is unknown", "");
    }
    RegistryValue read =
        new RegistryValue(
            key == null ? "" : key,
            value.name(),
            parsed.value(),
            new SourceRange(context.file().name(), number, number));
    TcpipLimits.check(read, number, text, diagnostics);
    sink.fact(read);
    values++;
  }

  private static RegistryNumber parse(RegistryLine value) {
    String data = value.data();
    String lower = data.toLowerCase(Locale.ROOT);
    if (lower.startsWith("dword:")) {
      return RegistryNumber.ofDword(data.substring(6).strip());
    }
    if (lower.startsWith("hex(b):")) {
      return RegistryNumber.ofBytes(data.substring(7), 8);
    }
    if (lower.startsWith("hex(4):")) {
      return RegistryNumber.ofBytes(data.substring(7), 4);
    }
    return RegistryNumber.ofQueryData(data);
  }

  /** {@code HKEY_LOCAL_MACHINE\SYSTEM\...}, {@code HKLM\...}: a key line of {@code reg query}. */
  static boolean isKey(String text) {
    String upper = text.length() > 5 ? text.substring(0, 5).toUpperCase(Locale.ROOT) : "";
    boolean root =
        upper.startsWith("HKEY_")
            || upper.startsWith("HKLM\\")
            || upper.startsWith("HKCU\\")
            || upper.startsWith("HKU\\")
            || upper.startsWith("HKCR\\");
    return root && RegistryLine.ofQuery(text) == null;
  }

  /** The first line of a {@code .reg} file or of old {@code reg.exe} output. */
  static boolean isHeader(String text) {
    return text.startsWith("Windows Registry Editor Version")
        || text.equals("REGEDIT4")
        || text.startsWith("! REG.EXE VERSION");
  }

  private void other(String text, long number) {
    if (otherLines++ == 0) {
      firstOtherLine = number;
      firstOther = text;
    }
  }

  private void report() {
    if (skipped > 0) {
      diagnostics.info(
          CODE + "skipped-values",
          firstSkippedLine,
          skipped + " text or binary value(s) were not read: only numbers are",
          "");
    }
    if (otherLines > 0) {
      diagnostics.info(
          CODE + "other-lines",
          firstOtherLine,
          otherLines
              + " line(s) that are neither keys nor values were not read (first at line "
              + firstOtherLine
              + ")",
          firstOther);
    }
    if (values == 0) {
      diagnostics.warning(CODE + "no-values", 0, "no numeric registry value found", "");
    }
  }
}
