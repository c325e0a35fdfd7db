package io.portex.report.batch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Where a case's results go under the batch output, and the link to its report from {@code
 * index.html}: for any case name at all (one that looks like the batch's own files, a URL scheme,
 * markup, control characters).
 */
public final class CaseFolder {

  /** The batch's own files, which no case folder may take. */
  static final Set<String> BATCH_FILES = Set.of("index.html", "summary.csv", "summary.json");

  private CaseFolder() {}

  /**
   * The folder name of a case's results: the case name, with a {@code _} put before a name that is
   * one of the batch's own files or already starts with {@code _}, so that no two cases share a
   * folder and none takes a batch file's name.
   */
  public static String of(String caseName) {
    boolean reserved = BATCH_FILES.contains(caseName.toLowerCase(Locale.ROOT));
    return reserved || caseName.startsWith("_") ? "_" + caseName : caseName;
  }

  /**
   * The relative link to a case's page ({@code report.html}, or {@code result.json} when no report
   * is written): {@code ./<folder>/<page>} with the folder name percent-encoded (RFC 3986:
   * everything but letters, digits and {@code -._~}), so that no name can become a scheme ({@code
   * javascript:}), a query, a fragment or another folder.
   */
  static String link(String caseName, String page) {
    return "./" + percentEncoded(of(caseName)) + "/" + page;
  }

  static String percentEncoded(String segment) {
    StringBuilder out = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
