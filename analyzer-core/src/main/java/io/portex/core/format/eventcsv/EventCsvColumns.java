package io.portex.core.format.eventcsv;

import io.portex.core.source.AsciiKey;
import java.util.Arrays;
import java.util.List;

/**
 * Which column of an event CSV holds what. Event Viewer's "Save as CSV" has five named columns in a
 * fixed order (level, date and time, source, event id, task category; named in the language of the
 * exporting machine) and the message in a sixth, unnamed one. {@code Get-WinEvent | Export-Csv} and
 * {@code Get-EventLog | Export-Csv} name their properties in English, in any order. Immutable.
 */
final class EventCsvColumns {

  /** Where the columns come from. */
  enum Layout {
    /** Event Viewer, header in a language portex knows. */
    EVENT_VIEWER,
    /** Event Viewer's column order, header in another language, known by its first row. */
    EVENT_VIEWER_BY_POSITION,
    /** {@code Get-WinEvent} or {@code Get-EventLog} properties, found by name. */
    POWERSHELL
  }

  /** Event Viewer's header in the languages portex knows, as {@link AsciiKey}s. */
  private static final List<List<String>> EVENT_VIEWER_HEADERS =
      List.of(
          List.of("level", "dateandtime", "source", "eventid", "taskcategory"),
          List.of("ebene", "datumunduhrzeit", "quelle", "ereignisid", "aufgabenkategorie"),
          List.of("niveau", "dateetheure", "source", "iddelvnement", "catgoriedelatche"));

  private final Layout layout;
  private final int level;
  private final int levelName;
  private final int time;
  private final int provider;
  private final int eventId;
  private final int instanceId;
  private final int qualifiers;
  private final int computer;
  private final int recordId;
  private final int channel;

  private EventCsvColumns(Layout layout, int[] columns) {
    this.layout = layout;
    this.level = columns[0];
    this.levelName = columns[1];
    this.time = columns[2];
    this.provider = columns[3];
    this.eventId = columns[4];
    this.instanceId = columns[5];
    this.qualifiers = columns[6];
    this.computer = columns[7];
    this.recordId = columns[8];
    this.channel = columns[9];
  }

  /** The columns a header names, or null when it is no header of an event export. */
  static EventCsvColumns ofHeader(List<String> names) {
    List<String> keys = names.stream().map(n -> n == null ? "" : AsciiKey.of(n)).toList();
    if (isEventViewerHeader(keys)) {
      return eventViewer(Layout.EVENT_VIEWER);
    }
    int id = keys.indexOf("id");
    int eventId = keys.indexOf("eventid");
    int provider = first(keys, "providername", "source");
    int time = first(keys, "timecreated", "timegenerated");
    int instance = keys.indexOf("instanceid");
    if (provider < 0 || time < 0 || (id < 0 && eventId < 0 && instance < 0)) {
      return null;
    }
    int[] columns = {
      keys.indexOf("level"),
      first(keys, "leveldisplayname", "entrytype"),
      time,
      provider,
      id >= 0 ? id : eventId,
      instance,
      keys.indexOf("qualifiers"),
      keys.indexOf("machinename"),
      first(keys, "recordid", "index"),
      keys.indexOf("logname")
    };
    return new EventCsvColumns(Layout.POWERSHELL, columns);
  }

  /**
   * Event Viewer's columns for a header in a language portex does not know, when the first row
   * reads as Event Viewer writes it (a date, a source, a number); else null.
   */
  static EventCsvColumns byPosition(List<String> header, List<String> firstRow) {
    if (header.size() < 5 || header.size() > 6 || firstRow.size() < 5) {
      return null;
    }
    boolean date = CultureDateTime.orderOf(firstRow.get(1)) != null;
    boolean source = !firstRow.get(2).isBlank();
    boolean number = isNumber(firstRow.get(3));
    return date && source && number ? eventViewer(Layout.EVENT_VIEWER_BY_POSITION) : null;
  }

  private static EventCsvColumns eventViewer(Layout layout) {
    return new EventCsvColumns(layout, new int[] {-1, 0, 1, 2, 3, -1, -1, -1, -1, -1});
  }

  /** Four of the five names in their place are enough: a name may be garbled by a code page. */
  private static boolean isEventViewerHeader(List<String> keys) {
    if (keys.size() < 5 || keys.size() > 6) {
      return false;
    }
    for (List<String> language : EVENT_VIEWER_HEADERS) {
      int matching = 0;
      for (int i = 0; i < language.size(); i++) {
        matching += language.get(i).equals(keys.get(i)) ? 1 : 0;
      }
      if (matching >= 4) {
        return true;
      }
    }
    return false;
  }

  private static int first(List<String> keys, String... names) {
    for (String name : names) {
      int at = keys.indexOf(name);
      if (at >= 0) {
        return at;
      }
    }
    return -1;
  }

  static boolean isNumber(String text) {
    String value = text.strip();
    return !value.isEmpty() && value.length() <= 10 && value.chars().allMatch(Character::isDigit);
  }

  Layout layout() {
    return layout;
  }

  /** The numeric level column, or -1. */
  int level() {
    return level;
  }

  /** The level word column, or -1. */
  int levelName() {
    return levelName;
  }

  int time() {
    return time;
  }

  int provider() {
    return provider;
  }

  /** The event id column, or -1 when only the instance id is given. */
  int eventId() {
    return eventId;
  }

  /** {@code Get-EventLog}'s InstanceId (qualifiers in the high 16 bits), or -1. */
  int instanceId() {
    return instanceId;
  }

  int qualifiers() {
    return qualifiers;
  }

  int computer() {
    return computer;
  }

  int recordId() {
    return recordId;
  }

  int channel() {
    return channel;
  }

  /** Fields a row needs at least to be read. */
  int requiredWidth() {
    return Arrays.stream(new int[] {time, provider, eventId, instanceId}).max().orElse(0) + 1;
  }
}
