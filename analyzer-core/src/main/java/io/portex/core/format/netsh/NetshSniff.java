package io.portex.core.format.netsh;

import io.portex.core.format.Sniff;
import io.portex.core.format.netsh.NetshCommand.Kind;
import io.portex.core.source.TextHead;
import java.util.List;

/**
 * What netsh output the head of an input holds: dynamic port blocks (a dash underline after a
 * protocol title or a {@code show dynamicport} command, then a {@code label : number} line; or the
 * numbers right after their command) and excluded range tables (a two-column underline after a
 * title or command, or followed by valid port pairs or the {@code *} footer). Shared by both netsh
 * formats, which read the same captures and differ in the output they are named after: the one
 * whose output comes first is the surer.
 */
final class NetshSniff {

  /** What was found; line indexes are -1 when absent. */
  record Found(int dynamicBlocks, int tables, int commands, int firstDynamic, int firstTable) {

    Sniff dynamicPorts() {
      if (dynamicBlocks > 0) {
        return new Sniff(
            firstTable < 0 || firstDynamic < firstTable ? 0.95 : 0.93,
            dynamicBlocks + " netsh dynamic port block(s)");
      }
      return commands > 0
          ? new Sniff(0.25, "netsh command without dynamic port output")
          : Sniff.no("no netsh dynamic port block");
    }

    Sniff excludedPorts() {
      if (tables > 0) {
        return new Sniff(
            firstDynamic < 0 || firstTable < firstDynamic ? 0.95 : 0.93,
            tables + " netsh excluded port range table(s)");
      }
      return commands > 0
          ? new Sniff(0.25, "netsh command without excluded port range output")
          : Sniff.no("no netsh excluded port range table");
    }
  }

  /** Lines from a title to the underline of its block or table, blanks and header included. */
  private static final int TITLE_DISTANCE = 4;

  private NetshSniff() {}

  static Found scan(TextHead head) {
    if (head.charset().binary()) {
      return new Found(0, 0, 0, -1, -1);
    }
    List<String> lines = head.lines();
    LogPrefix prefix = LogPrefix.learn(lines);
    if (prefix.kind() != LogPrefix.Kind.NONE) {
      lines = lines.stream().map(prefix::strip).toList();
    }
    int dynamicBlocks = 0;
    int tables = 0;
    int commands = 0;
    int firstDynamic = -1;
    int firstTable = -1;
    NetshCommand command = null;
    NetshCommand previousCommand = null;
    int lastTitle = -TITLE_DISTANCE - 1;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      if (text.isEmpty()) {
        continue;
      }
      NetshCommand parsed = NetshCommand.parse(text);
      if (parsed != null) {
        commands++;
        command = parsed;
        previousCommand = parsed;
        continue;
      }
      int runs = NetshText.dashRuns(text);
      boolean titled = i - lastTitle <= TITLE_DISTANCE;
      boolean dynamicCommand = command != null && command.kind() == Kind.DYNAMIC_PORTS;
      boolean excludedCommand = command != null && command.kind() == Kind.EXCLUDED_PORTS;
      boolean dynamic =
          runs == 1 && text.length() >= 5 && (titled || dynamicCommand) && numberFollows(lines, i);
      dynamic |=
          runs == 0
              && previousCommand != null
              && previousCommand.kind() == Kind.DYNAMIC_PORTS
              && isNumber(text);
      if (dynamic) {
        dynamicBlocks++;
        firstDynamic = firstDynamic < 0 ? i : firstDynamic;
      } else if (runs == 2 && (titled || excludedCommand || validRowsFollow(lines, i))) {
        tables++;
        firstTable = firstTable < 0 ? i : firstTable;
      }
      if (NetshText.titleProtocol(text) != null) {
        lastTitle = i;
      }
      previousCommand = null;
    }
    return new Found(dynamicBlocks, tables, commands, firstDynamic, firstTable);
  }

  /** The first line after {@code at} that is not blank is a {@code label : number} line. */
  private static boolean numberFollows(List<String> lines, int at) {
    for (int i = at + 1; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      if (!text.isEmpty()) {
        return isNumber(text);
      }
    }
    return false;
  }

  private static boolean isNumber(String text) {
    NetshText.LabelledNumber value = NetshText.labelled(text);
    return value != null && value.hasNumber();
  }

  /** Valid port pairs with at most one bad one among them, or the footer of an empty table. */
  private static boolean validRowsFollow(List<String> lines, int at) {
    int valid = 0;
    int invalid = 0;
    for (int i = at + 1; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      if (text.isEmpty()) {
        continue;
      }
      NetshText.ExcludedRow row = NetshText.excludedRow(text);
      if (row == null) {
        return (valid > 0 && invalid <= 1)
            || (valid == 0 && invalid == 0 && NetshText.isFooter(text));
      }
      if (row.end() < 0) {
        continue; // cut short: says nothing either way
      }
      if (row.start() >= 1 && row.end() >= row.start() && row.end() <= 65535) {
        valid++;
      } else {
        invalid++;
      }
    }
    return valid > 0 && invalid <= 1;
  }
}
