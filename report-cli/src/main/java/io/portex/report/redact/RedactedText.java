package io.portex.report.redact;

import java.util.regex.Pattern;

/** Text and HTML output with a {@link Redaction} applied. */
public final class RedactedText {

  /** A tag, a comment, or a style or script element with its content. */
  private static final Pattern MARKUP =
      Pattern.compile("(?is)<style\\b.*?</style>|<script\\b.*?</script>|<!--.*?-->|<[^>]*>");

  private static final Pattern ATTRIBUTE = Pattern.compile("(\"[^\"]*\"|'[^']*')");

  private RedactedText() {}

  /** {@code text} redacted line by line (a name never spans a line end). */
  public static String lines(String text, Redaction redaction) {
    StringBuilder out = new StringBuilder(text.length());
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      int stop = end < 0 ? text.length() : end + 1;
      out.append(redaction.apply(text.substring(start, stop)));
      start = stop;
    }
    return out.toString();
  }

  /**
   * A rendered HTML page redacted in its text, its attribute values and the strings of its styles
   * (a print header's {@code content: "HOST"}), SVG included; the markup and scripts are left as
   * they are.
   */
  public static String html(String page, Redaction redaction) {
    StringBuilder out = new StringBuilder(page.length());
    var markup = MARKUP.matcher(page);
    int last = 0;
    while (markup.find()) {
      out.append(redaction.apply(page.substring(last, markup.start())));
      String tag = markup.group();
      if (!tag.regionMatches(true, 0, "<script", 0, 7) && !tag.startsWith("<!--")) {
        var values = ATTRIBUTE.matcher(tag);
        StringBuilder redactedTag = new StringBuilder();
        while (values.find()) {
          values.appendReplacement(
              redactedTag,
              java.util.regex.Matcher.quoteReplacement(redaction.apply(values.group())));
        }
        values.appendTail(redactedTag);
        out.append(redactedTag);
      } else {
        out.append(tag);
      }
      last = markup.end();
    }
    out.append(redaction.apply(page.substring(last)));
    return out.toString();
  }
}
