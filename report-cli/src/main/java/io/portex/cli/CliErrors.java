package io.portex.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Errors a person understands: a usage error is its message and a pointer to {@code --help} (not
 * the whole usage); a file that cannot be read or written says which and why; only what is left is
 * an internal error.
 */
final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

  /** picocli's "Invalid value for option '--x': 'abc' is not an int". */
  private static final Pattern NOT_A_NUMBER =
      Pattern.compile(
          "Invalid value for (.+?): '(.*)' is not an? (?:int|long|double|float|short|byte)"
              + "\\b.*",
          Pattern.DOTALL);

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    cmd.getErr().println("portex: " + message(ex));
    cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more.");
    return ExitCode.USAGE;
  }

  static String message(ParameterException ex) {
    String message = String.valueOf(ex.getMessage());
    Matcher m = NOT_A_NUMBER.matcher(message);
    return m.matches() ? m.group(1) + ": '" + m.group(2) + "' must be a number" : message;
  }

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine cmd, ParseResult parseResult) {
    IOException io =
        exception instanceof IOException e
            ? e
            : exception instanceof UncheckedIOException u ? u.getCause() : null;
    if (io != null) {
      cmd.getErr().println("portex: " + describe(io));
      return ExitCode.NOTHING_READABLE;
    }
    cmd.getErr()
        .println(
            "portex: internal error: "
                + exception.getClass().getSimpleName()
                + (exception.getMessage() == null ? "" : ": " + exception.getMessage()));
    cmd.getErr().println("Please report this with the input files if you can share them.");
    return ExitCode.INTERNAL_ERROR;
  }

  /** "FILE: folder not found", "FILE: access denied", or the system's reason. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException f) {
      return f.getFile() + ": not found (or its folder does not exist)";
    }
    if (e instanceof AccessDeniedException f) {
      return f.getFile() + ": access denied";
    }
    if (e instanceof NotDirectoryException f) {
      return f.getFile() + ": not a folder";
    }
    if (e instanceof FileSystemException f) {
      return f.getFile() + ": " + (f.getReason() == null ? "cannot be used" : f.getReason());
    }
    if (e instanceof FileNotFoundException) {
      return e.getMessage();
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
