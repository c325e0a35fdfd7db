package io.portex.core.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Windows time zone names ({@code W. Europe Standard Time}) and the IANA zone each stands for by
 * default ({@code Europe/Berlin}), from Unicode CLDR's windowsZones (the resource {@code
 * windows-zones.tsv} names its source and version). Windows writes a zone's daylight name ({@code
 * W. Europe Daylight Time}) in summer; it maps as its standard name.
 */
public final class WindowsZones {

  private static final Map<String, String> BY_NAME = load();

  private WindowsZones() {}

  /** The IANA zone of a Windows zone name (any case), or empty for a name CLDR does not list. */
  public static Optional<ZoneId> of(String windowsName) {
    if (windowsName == null) {
      return Optional.empty();
    }
    String key = windowsName.strip().toLowerCase(Locale.ROOT);
    String iana = BY_NAME.get(key);
    if (iana == null) {
      iana = BY_NAME.get(key.replace(" daylight time", " standard time"));
    }
    return Optional.ofNullable(iana).map(ZoneId::of);
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = WindowsZones.class.getResourceAsStream("windows-zones.tsv")) {
      if (in == null) {
        throw new IllegalStateException("windows-zones.tsv missing from the classpath");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (line.startsWith("#") || tab < 0) {
          continue;
        }
        map.put(line.substring(0, tab).toLowerCase(Locale.ROOT), line.substring(tab + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
