package io.portex.core.format.eventxml;

import java.util.regex.Pattern;

/**
 * The {@code - } Event Viewer's XML view puts before every element that can be collapsed, kept when
 * the view is copied. They are text where XML allows none; removed line by line, they leave the
 * event's XML as Windows wrote it, with its line breaks (and so its line numbers) in place.
 */
final class CollapseMarkers {

  private static final Pattern MARKER = Pattern.compile("(?m)^([ \\t]*)- (?=<)");

  private CollapseMarkers() {}

  static boolean presentIn(String xml) {
    return xml.contains("- <") && MARKER.matcher(xml).find();
  }

  static String strip(String xml) {
    return MARKER.matcher(xml).replaceAll("$1");
  }
}
