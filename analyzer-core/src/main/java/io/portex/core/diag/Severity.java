package io.portex.core.diag;

/** How much a diagnostic matters to the reader of a result. */
public enum Severity {
  /** Worth knowing (a charset that was chosen, a time taken from a file name); nothing is lost. */
  INFO,
  /** Part of the input could not be read as it should; the rest was kept. */
  WARNING,
  /** Input that is broken or was refused; what it held is missing from the result. */
  ERROR
}
