package io.portex.core.classify;

import java.util.Objects;

/**
 * One line a person pastes into a Windows shell, exactly as printed.
 *
 * @param shell where the line works as it is
 * @param purpose what running it does
 * @param line the command line
 */
public record Command(Shell shell, Purpose purpose, String line) {

  public Command {
    Objects.requireNonNull(shell, "shell");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(line, "line");
  }

  // equals and hashCode written out, as in Note, which holds commands

  @Override
  public boolean equals(Object other) {
    return other instanceof Command command
        && shell == command.shell
        && purpose == command.purpose
        && line.equals(command.line);
  }

  @Override
  public int hashCode() {
    return Objects.hash(shell, purpose, line);
  }

  /** The shell a line is written for. */
  public enum Shell {
    /** cmd.exe, typed at the prompt (not in a .cmd file: {@code %i}, not {@code %%i}). */
    CMD,
    /** Windows PowerShell 5.1 and PowerShell 7. */
    POWERSHELL,
    /** The same line works in both. */
    ANY;

    /** The label printed before the line. */
    public String label() {
      return switch (this) {
        case CMD -> "cmd";
        case POWERSHELL -> "PowerShell";
        case ANY -> "cmd or PowerShell";
      };
    }
  }

  /** What a line does. */
  public enum Purpose {
    /** Changes the system. */
    CHANGE,
    /** Shows that a change took effect. */
    VERIFY,
    /** Puts back the value in force before the change. */
    ROLLBACK,
    /** Captures evidence for portex to read. */
    CAPTURE
  }

  /** What the line is for and where it runs: {@code rollback (cmd or PowerShell)}. */
  public String label() {
    return purpose.name().toLowerCase(java.util.Locale.ROOT) + " (" + shell.label() + ")";
  }

  static Command any(Purpose purpose, String line) {
    return new Command(Shell.ANY, purpose, line);
  }
}
