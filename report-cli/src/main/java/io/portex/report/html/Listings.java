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
   * The first {@link #TOP} items as rows, saying how many there were when more. Items counted 1 at
   * the tail of what is shown become one line naming them, and a list whose counts are all 1
   * becomes that line alone.
   */
  static <T> Listing of(
      List<T> items, ToLongFunction<T> count, Function<T, String> name, Function<T, Row> row) {
    List<T> top = items.subList(0, Math.min(TOP, items.size()));
    int many = top.size();
    while (many > 0 && count.applyAsLong(top.get(many - 1)) == 1) {
      many--;
    }
    if (top.size() - many < 2) {
      many = top.size(); // a single 1 stays a row
    }
    List<Row> rows = new ArrayList<>();
    for (T item : top.subList(0, many)) {
      rows.add(row.apply(item));
    }
    List<T> ones = items.subList(many, items.size());
    if (many == top.size() || !ones.stream().allMatch(i -> count.applyAsLong(i) == 1)) {
      List<Row> all = new ArrayList<>(rows);
      for (T item : top.subList(many, top.size())) {
        all.add(row.apply(item));
      }
      return new Listing(all, shown(all.size(), items.size()), "", List.of());
    }
    List<String> names = new ArrayList<>();
    for (T item : ones.subList(0, Math.min(ONES_NAMED, ones.size()))) {
      names.add(name.apply(item));
    }
    String line =
        Formats.count(ones.size())
            + (many == 0 ? " entries" : " more")
            + " with 1 each: "
            + String.join(", ", names)
            + (ones.size() > ONES_NAMED ? ", …" : "");
    return new Listing(rows, "", line, List.of());
  }

  /** {@code 10 of 29 shown}, or empty when all are. */
  static String shown(int shown, long all) {
    return shown < all ? Formats.count(shown) + " of " + Formats.count(all) + " shown" : "";
  }

  static Row row(String... cells) {
    return new Row(List.of(cells));
  }
}
