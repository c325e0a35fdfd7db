package io.portex.cli;

/** The exit codes of SPEC §4. */
final class ExitCode {
  static final int DONE = 0;
  static final int INTERNAL_ERROR = 1;
  static final int USAGE = 2;
  static final int NOTHING_READABLE = 3;
  static final int FAIL_ON_MATCHED = 4;

  private ExitCode() {}
}
