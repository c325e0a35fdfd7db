package io.portex.core.format.evtx;

/**
 * Content of an .evtx file that cannot be decoded: a token, value or offset that makes no sense.
 * Thrown inside the reader only; the record (or template) it concerns is reported as a diagnostic
 * and reading goes on with the next one. Carries no stack trace: it is data, not a bug.
 */
final class BinXmlException extends RuntimeException {

  BinXmlException(String message) {
    super(message, null, false, false);
  }
}
