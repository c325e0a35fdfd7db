package io.portex.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.report.html.ReportView.Listing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the report cuts a top list and says so. */
class ListingsTest {

  private record Entry(String key, long count) {}

  private static Listing listing(List<Entry> entries) {
    return Listings.of(
        entries, Entry::count, Entry::key, e -> Listings.row(e.key(), Long.toString(e.count())));
  }

  private static List<Entry> counts(long... counts) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      entries.add(new Entry("e" + (i + 1), counts[i]));
    }
    return entries;
  }

  @Test
  void aLongListSaysHowManyItShows() {
    long[] counts = new long[29];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = 100 - i;
    }

    Listing listing = listing(counts(counts));

    assertThat(listing.rows()).hasSize(Listings.TOP);
    assertThat(listing.shown()).isEqualTo("10 of 29 shown");
    assertThat(listing.ones()).isEmpty();
  }

  @Test
  void entriesOfOneAtTheTailBecomeOneLine() {
    Listing listing = listing(counts(50, 7, 1, 1, 1));

    assertThat(listing.rows()).extracting(r -> r.cells().get(0)).containsExactly("e1", "e2");
    assertThat(listing.ones()).isEqualTo("3 more with 1 each: e3, e4, e5");
    assertThat(listing.shown()).isEmpty();
  }

  @Test
  void aListOfOnesIsOneLineNamingItsFirstEntries() {
    Listing listing = listing(counts(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));

    assertThat(listing.rows()).isEmpty();
    assertThat(listing.ones())
        .isEqualTo("12 entries with 1 each: e1, e2, e3, e4, e5, e6, e7, e8, …");
  }

  @Test
  void aSingleOneStaysARow() {
    Listing listing = listing(counts(9, 4, 1));

    assertThat(listing.rows()).hasSize(3);
    assertThat(listing.ones()).isEmpty();
  }

  @Test
  void aShortListIsShownWhole() {
    Listing listing = listing(counts(9, 4));

    assertThat(listing.rows()).hasSize(2);
    assertThat(listing.shown()).isEmpty();
    assertThat(listing.ones()).isEmpty();
  }
}
