package io.portex.report.html;

import io.portex.report.html.ReportView.Listing;
import io.portex.report.html.ReportView.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Where the report cuts a list, and how it says so. */
final class Listings {

  /** Entries shown of a top list. */
  static final int TOP = 10;

  /** Names a list of ones names before it says how many more. */
  private static final int ONES_NAMED = 8;

  private Listings() {}

  /**
   * The first {@link #TOP} items as rows, saying how many there were when more; a list whose counts
   * are all 1 becomes one line naming its first items.
   */
  static <T> Listing of(
      List<T> items, ToLongFunction<T> count, Function<T, String> name, Function<T, Row> row) {
    if (items.size() > 1 && items.stream().allMatch(i -> count.applyAsLong(i) == 1)) {
      List<String> names = new ArrayList<>();
      for (T item : items.subList(0, Math.min(ONES_NAMED, items.size()))) {
        names.add(name.apply(item));
      }
      String more = items.size() > ONES_NAMED ? ", …" : "";
      return new Listing(
          List.of(),
          "",
          Formats.count(items.size()) + " entries with 1 each: " + String.join(", ", names) + more);
    }
    List<Row> rows = new ArrayList<>();
    for (T item : items.subList(0, Math.min(TOP, items.size()))) {
      rows.add(row.apply(item));
    }
    return new Listing(rows, shown(rows.size(), items.size()), "");
  }

  /** {@code 10 of 29 shown}, or empty when all are. */
  static String shown(int shown, long all) {
    return shown < all ? Formats.count(shown) + " of " + Formats.count(all) + " shown" : "";
  }

  static Row row(String... cells) {
    return new Row(List.of(cells));
  }
}
