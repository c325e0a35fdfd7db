package io.portex.core.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a recommendation aims (SPEC §3): a destination or process is named only when it holds at
 * least half of the sockets the finding is about; otherwise the load is spread, and the top five
 * are listed with their share.
 *
 * @param named the destination or process holding at least half, or null
 * @param description the named one, or "spread over N destinations (top 5: …)"
 * @param servicePort the remote port at least half of the sockets go to, or null
 */
record Aim(String named, String description, Integer servicePort) {

  /** Share of the finding's sockets from which one holder is named. */
  static final double NAMED_SHARE = 0.5;

  static final int TOP = 5;

  /** One holder and its sockets. */
  record Holder(String key, long sockets) {}

  /**
   * @param holders every holder with its sockets (any order; those with none are ignored)
   * @param total the sockets the finding is about
   * @param noun the plural of what the holders are ({@code destinations}, {@code processes})
   * @param otherHolders true when the holders do not list everyone (then "more than N")
   */
  static Aim of(List<Holder> holders, long total, String noun, boolean otherHolders) {
    List<Holder> ranked =
        holders.stream()
            .filter(h -> h.sockets() > 0)
            .sorted(Comparator.comparingLong(Holder::sockets).reversed())
            .toList();
    Integer port = servicePort(ranked, total);
    if (ranked.isEmpty() || total <= 0) {
      return new Aim(null, "the " + noun + " holding them", port);
    }
    Holder top = ranked.get(0);
    if (top.sockets() >= NAMED_SHARE * total) {
      return new Aim(top.key(), top.key(), port);
    }
    List<String> listed = new ArrayList<>();
    for (Holder h : ranked.subList(0, Math.min(TOP, ranked.size()))) {
      listed.add(h.key() + " " + percent(h.sockets(), total));
    }
    String count = (otherHolders ? "more than " : "") + ranked.size();
    return new Aim(
        null,
        String.format(
            Locale.ROOT,
            "spread over %s %s (top %d of %,d sockets: %s)",
            count,
            noun,
            listed.size(),
            total,
            String.join(", ", listed)),
        port);
  }

  /** The remote port of {@code host:port} keys holding at least half of the sockets, or null. */
  private static Integer servicePort(List<Holder> ranked, long total) {
    Map<Integer, Long> byPort = new LinkedHashMap<>();
    for (Holder h : ranked) {
      port(h.key()).ifPresent(p -> byPort.merge(p, h.sockets(), Long::sum));
    }
    return byPort.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .filter(e -> total > 0 && e.getValue() >= NAMED_SHARE * total)
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  static Optional<Integer> port(String endpoint) {
    int colon = endpoint.lastIndexOf(':');
    if (colon < 0 || colon == endpoint.length() - 1) {
      return Optional.empty();
    }
    try {
      int port = Integer.parseInt(endpoint.substring(colon + 1));
      return port > 0 && port <= 65535 ? Optional.of(port) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A share as a whole percent, below 1 % with one decimal: {@code 2.7 %}. */
  static String percent(long part, long whole) {
    if (whole <= 0) {
      return "n/a";
    }
    double p = 100.0 * part / whole;
    return p < 10 && p != Math.rint(p)
        ? String.format(Locale.ROOT, "%.1f %%", p)
        : String.format(Locale.ROOT, "%.0f %%", p);
  }
}
