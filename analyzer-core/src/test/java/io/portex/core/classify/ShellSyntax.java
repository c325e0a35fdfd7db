package io.portex.core.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax a line pasted at a Windows prompt must have, written down as checks (a line is
 * accepted when {@link #problems} is empty).
 *
 * <p>cmd.exe at the prompt (not a .cmd file):
 *
 * <ul>
 *   <li>double quotes pair up; outside them parentheses pair up and never close before they open;
 *   <li>{@code &}, {@code &&}, {@code |}, {@code ||} have a command on both sides; {@code >},
 *       {@code >>}, {@code <} are followed by a target; a digit glued to {@code >} is a handle, so
 *       it must stand alone ({@code 2>&1}), never end a word ({@code 300>nul});
 *   <li>{@code %%i} is batch-file syntax: at the prompt a {@code for} variable is {@code %i};
 *   <li>a {@code for ... do} body is expanded once for the whole line: {@code %date%}, {@code
 *       %time%} or any {@code %var%} inside it keeps its first value, so a per-round value needs
 *       delayed expansion, {@code !var!};
 *   <li>{@code !var!} expands only under delayed expansion: the line must be {@code cmd /v:on /c
 *       "..."} with the {@code !} inside the quoted part, which is then checked as a line itself.
 * </ul>
 *
 * <p>PowerShell (5.1 and 7):
 *
 * <ul>
 *   <li>single-quoted strings ({@code ''} escapes a quote) and double-quoted strings ({@code `"}
 *       escapes; {@code $( ... )} nests code) close; outside strings {@code ()}, {@code {}}, {@code
 *       []} pair up;
 *   <li>inside a double-quoted string a {@code $} starts a variable or {@code $(}: any other is
 *       expanded by mistake;
 *   <li>no {@code &&} or {@code ||} (5.1 has neither); {@code &} only as the call operator at the
 *       start of a statement; no cmd variables ({@code %name%}, {@code !name!});
 *   <li>{@code |} and {@code ;} have something on both sides; {@code >}, {@code >>} a target.
 * </ul>
 */
final class ShellSyntax {

  private static final Pattern CMD_VAR = Pattern.compile("%[A-Za-z_][A-Za-z0-9_]*%");
  private static final Pattern DELAYED_VAR = Pattern.compile("![A-Za-z_][A-Za-z0-9_]*!");
  private static final Pattern DELAYED_CMD =
      Pattern.compile("^cmd(?:\\.exe)? /v:on /c \"(.*)\"$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FOR_DO =
      Pattern.compile(
          "(?i)\\bfor\\s+(?:/[a-z]\\s+)?(%%?)([a-z])\\s+in\\s+\\([^)]*\\)\\s+do\\s+(.*)");

  private ShellSyntax() {}

  static List<String> problems(Command command) {
    List<String> problems = new ArrayList<>();
    switch (command.shell()) {
      case CMD -> problems.addAll(cmd(command.line(), false));
      case POWERSHELL -> problems.addAll(powershell(command.line()));
      case ANY -> {
        cmd(command.line(), false).forEach(p -> problems.add("cmd: " + p));
        powershell(command.line()).forEach(p -> problems.add("PowerShell: " + p));
      }
    }
    return problems;
  }

  static List<String> cmd(String line, boolean delayed) {
    List<String> problems = new ArrayList<>();
    Matcher nested = DELAYED_CMD.matcher(line);
    if (nested.matches()) {
      problems.addAll(cmd(nested.group(1), true));
      return problems;
    }
    if (!delayed && DELAYED_VAR.matcher(line).find()) {
      problems.add("!var! without delayed expansion (cmd /v:on /c \"...\")");
    }
    Matcher forDo = FOR_DO.matcher(line);
    if (forDo.find()) {
      if (forDo.group(1).equals("%%")) {
        problems.add("%% for variable is batch-file syntax, not the prompt's");
      }
      if (CMD_VAR.matcher(forDo.group(3)).find()) {
        problems.add("%var% in a for body expands once for the whole loop");
      }
    }
    boolean quoted = false;
    int depth = 0;
    String expectAfter = null;
    boolean sawWord = false;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        sawWord = true;
        expectAfter = null;
        continue;
      }
      if (quoted) {
        continue;
      }
      if (c == '^') {
        i++;
        sawWord = true;
        continue;
      }
      if (c == '(') {
        depth++;
        sawWord = false;
      } else if (c == ')') {
        depth--;
        if (depth < 0) {
          problems.add("')' before its '(' at column " + (i + 1));
          depth = 0;
        }
      } else if (c == '&' || c == '|') {
        if (i + 1 < n && line.charAt(i + 1) == c) {
          i++;
        }
        if (i > 0 && line.charAt(i - 1) == '>' && c == '&') {
          continue; // 2>&1
        }
        if (!sawWord) {
          problems.add("'" + c + "' with no command before it at column " + (i + 1));
        }
        sawWord = false;
        expectAfter = String.valueOf(c);
      } else if (c == '>' || c == '<') {
        if (i > 0 && Character.isDigit(line.charAt(i - 1))) {
          boolean lone = i < 2 || Character.isWhitespace(line.charAt(i - 2));
          if (!lone) {
            problems.add("a digit glued to '" + c + "' is read as a handle at column " + i);
          }
        }
        if (c == '>' && i + 1 < n && line.charAt(i + 1) == '>') {
          i++;
        }
        int j = i + 1;
        while (j < n && line.charAt(j) == ' ') {
          j++;
        }
        if (j < n && line.charAt(j) == '&') {
          continue; // >&1
        }
        if (j >= n || "&|()<>".indexOf(line.charAt(j)) >= 0) {
          problems.add("redirection with no target at column " + (i + 1));
        }
      } else if (!Character.isWhitespace(c)) {
        sawWord = true;
        expectAfter = null;
      }
    }
    if (quoted) {
      problems.add("unclosed double quote");
    }
    if (depth != 0) {
      problems.add("unbalanced parentheses");
    }
    if (expectAfter != null) {
      problems.add("'" + expectAfter + "' with no command after it");
    }
    if (line.contains("%%")) {
      problems.add("%% is batch-file syntax");
    }
    return problems;
  }

  static List<String> powershell(String line) {
    List<String> problems = new ArrayList<>();
    if (CMD_VAR.matcher(line).find() || DELAYED_VAR.matcher(line).find()) {
      problems.add("a cmd variable (%var% or !var!)");
    }
    new PowerShellScan(line, problems).scan();
    return problems;
  }

  /** One pass over a PowerShell line: strings, brackets, operators. */
  private static final class PowerShellScan {
    private final String line;
    private final List<String> problems;
    private int i;
    private final StringBuilder brackets = new StringBuilder();

    PowerShellScan(String line, List<String> problems) {
      this.line = line;
      this.problems = problems;
    }

    void scan() {
      code(false);
      if (brackets.length() > 0) {
        problems.add("unclosed '" + brackets + "'");
      }
    }

    /** Code until the end, or until the ')' closing a $( ... ) when {@code sub}. */
    private void code(boolean sub) {
      boolean statementStart = true;
      boolean operand = false;
      int depthAtStart = brackets.length();
      while (i < line.length()) {
        char c = line.charAt(i);
        if (c == '\'') {
          singleQuoted();
          operand = true;
          statementStart = false;
          continue;
        }
        if (c == '"') {
          doubleQuoted();
          operand = true;
          statementStart = false;
          continue;
        }
        if (c == '(' || c == '{' || c == '[') {
          brackets.append(c);
          i++;
          statementStart = c != '[';
          operand = false;
          continue;
        }
        if (c == ')' || c == '}' || c == ']') {
          if (sub && c == ')' && brackets.length() == depthAtStart) {
            i++;
            return;
          }
          char open = c == ')' ? '(' : c == '}' ? '{' : '[';
          if (brackets.length() == 0 || brackets.charAt(brackets.length() - 1) != open) {
            problems.add("'" + c + "' without its '" + open + "' at column " + (i + 1));
          } else {
            brackets.setLength(brackets.length() - 1);
          }
          i++;
          operand = true;
          statementStart = false;
          continue;
        }
        if (c == '&') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '&') {
            problems.add("'&&' does not exist in Windows PowerShell 5.1");
            i += 2;
            continue;
          }
          if (i > 0 && line.charAt(i - 1) == '>') {
            i++;
            continue; // 2>&1
          }
          if (!statementStart) {
            problems.add("'&' is not a separator in PowerShell (column " + (i + 1) + ")");
          }
          i++;
          continue;
        }
        if (c == '|' || c == ';') {
          if (c == '|' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
            problems.add("'||' does not exist in Windows PowerShell 5.1");
            i += 2;
            continue;
          }
          if (!operand) {
            problems.add("'" + c + "' with nothing before it at column " + (i + 1));
          }
          i++;
          int j = i;
          while (j < line.length() && line.charAt(j) == ' ') {
            j++;
          }
          if (c == '|' && (j >= line.length() || "|;)}".indexOf(line.charAt(j)) >= 0)) {
            problems.add("'|' with nothing after it");
          }
          operand = false;
          statementStart = true;
          continue;
        }
        if (c == '>') {
          i += i + 1 < line.length() && line.charAt(i + 1) == '>' ? 2 : 1;
          int j = i;
          while (j < line.length() && line.charAt(j) == ' ') {
            j++;
          }
          if (j < line.length() && line.charAt(j) == '&') {
            continue;
          }
          if (j >= line.length() || "|;&)}".indexOf(line.charAt(j)) >= 0) {
            problems.add("redirection with no target");
          }
          continue;
        }
        if (!Character.isWhitespace(c)) {
          operand = true;
          statementStart = false;
        }
        i++;
      }
      if (sub) {
        problems.add("unclosed $(");
      }
    }

    private void singleQuoted() {
      i++;
      while (i < line.length()) {
        if (line.charAt(i) == '\'') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
            i += 2;
            continue;
          }
          i++;
          return;
        }
        i++;
      }
      problems.add("unclosed single quote");
    }

    private void doubleQuoted() {
      i++;
      while (i < line.length()) {
        char c = line.charAt(i);
        if (c == '`') {
          i += 2;
          continue;
        }
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            i += 2;
            continue;
          }
          i++;
          return;
        }
        if (c == '$') {
          char next = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
          if (next == '(') {
            i += 2;
            code(true);
            continue;
          }
          if (!Character.isLetter(next) && next != '_' && next != '{') {
            problems.add("a '$' in a double-quoted string at column " + (i + 1));
          }
        }
        i++;
      }
      problems.add("unclosed double quote");
    }
  }
}
