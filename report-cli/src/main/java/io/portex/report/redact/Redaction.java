package io.portex.report.redact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run's mapping of the names that identify a customer to stable pseudonyms, so that a report
 * can go to a vendor: IPv4 and IPv6 addresses, host names, domain names and user names. The same
 * name always gets the same pseudonym, and the mapping is learned from a sorted set of strings, so
 * the order names are met in does not change it.
 *
 * <ul>
 *   <li>IPv4: each /24 network goes to its own /24 of 198.18.0.0/15 (the benchmarking block), then
 *       of 100.64.0.0/10; the host octet stays, so one subnet stays one subnet.
 *   <li>IPv6: each /64 network goes to its own /64 of 2001:db8::/32 (the documentation block); the
 *       interface identifier stays.
 *   <li>hosts become {@code HOST-1}, …; domains {@code domain-1.local}, …; users {@code user-1}, …
 *       (learned from {@code DOMAIN\\user}, {@code user@domain}, {@code C:\\Users\\name}).
 * </ul>
 *
 * <p>Loopback and unspecified addresses (127.0.0.0/8, 0.0.0.0, ::1, ::) and port numbers stay.
 * Limits: only names in those shapes, or given as host names, are found; a security identifier
 * (S-1-5-21-…), a machine's serial number or a name written in free text in another shape stays.
 * Immutable and thread-safe.
 */
public final class Redaction {

  /** Four decimal octets, not part of a longer dotted number. */
  static final Pattern IPV4 =
      Pattern.compile(
          "(?<![\\d.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d]|\\.\\d)");

  /** Hex groups and colons (with at least two colons), not inside a word or a dotted number. */
  static final Pattern IPV6 =
      Pattern.compile("(?<![\\w:.])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\\w.:])");

  /** {@code DOMAIN\\user}: not a path's part, not a drive. */
  private static final Pattern DOMAIN_USER =
      Pattern.compile(
          "(?<![\\\\\\w:/.$-])([A-Za-z][\\w.-]{0,62})\\\\([\\w.$-]{1,64}[\\w$])(?![\\\\\\w])");

  private static final Pattern MAIL_USER =
      Pattern.compile(
          "(?<![\\w.+-])([\\w.+-]{1,64})@([A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})+)(?![\\w-])");

  private static final Pattern PROFILE =
      Pattern.compile(
          "(?i)[A-Z]:\\\\(?:Users|Documents and Settings)\\\\([^\\\\/\"<>|:*?\\s]{1,64})");

  /** host.domain.tld: three labels or more, the last letters only. */
  private static final Pattern FQDN =
      Pattern.compile(
          "(?<![\\w.-])([A-Za-z0-9][A-Za-z0-9-]{0,62})((?:\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z0-9-]{1,63}\\.[A-Za-z]{2,24})(?![\\w-]|\\.\\w)");

  /** Words before a backslash that are no domain: registry roots and Windows' own accounts. */
  private static final Set<String> NO_DOMAIN =
      Set.of(
          "hklm",
          "hkcu",
          "hkcr",
          "hku",
          "hkcc",
          "hkey_local_machine",
          "hkey_current_user",
          "hkey_classes_root",
          "hkey_users",
          "nt authority",
          "authority",
          "builtin",
          "nt service",
          "window manager",
          "font driver host",
          "manager",
          "host");

  /** Profile folders that are no user. */
  private static final Set<String> NO_USER =
      Set.of("public", "default", "all users", "default user");

  /**
   * The last labels a host name in a ticket ends with (besides any two-letter country code): the
   * generic ones and those of internal networks. A dotted word ending otherwise is code ({@code
   * System.DirectoryServices.Protocols}), not a host.
   */
  private static final Set<String> DNS_SUFFIXES =
      Set.of(
          "com",
          "net",
          "org",
          "edu",
          "gov",
          "mil",
          "int",
          "biz",
          "info",
          "local",
          "lan",
          "corp",
          "internal",
          "intranet",
          "intra",
          "home",
          "localdomain",
          "domain",
          "private",
          "cloud",
          "online",
          "site",
          "tech",
          "group",
          "global",
          "arpa");

  /** File name endings that make a dotted word a file, not a host. */
  private static final Set<String> FILE_ENDINGS =
      Set.of(
          "txt", "csv", "log", "exe", "dll", "json", "html", "htm", "xml", "evtx", "zip", "pcap",
          "pcapng", "blg", "tsv", "ps1", "bat", "cmd", "sys", "config", "ini", "msi", "jar", "js",
          "py", "md", "gz", "7z", "cs", "vb", "ps", "db", "bak", "tmp", "etl", "cab", "pf", "mui");

  private final Map<String, String> networks4;
  private final Map<String, String> networks6;

  /** Lower-cased name → pseudonym, longest first. */
  private final Map<String, String> names;

  private final Pattern namePattern;

  private Redaction(
      Map<String, String> networks4, Map<String, String> networks6, Map<String, String> names) {
    this.networks4 = networks4;
    this.networks6 = networks6;
    this.names = names;
    this.namePattern =
        names.isEmpty()
            ? null
            : Pattern.compile(
                "(?<![A-Za-z0-9])("
                    + String.join(
                        "|",
                        names.keySet().stream()
                            .sorted(
                                Comparator.comparingInt(String::length)
                                    .reversed()
                                    .thenComparing(Comparator.naturalOrder()))
                            .map(Pattern::quote)
                            .toList())
                    + ")(?![A-Za-z0-9])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * The mapping of the names in the JSON result of {@code analysis} (its string values and keys),
   * with the hosts it knows.
   */
  public static Redaction of(io.portex.core.Analysis analysis) throws java.io.IOException {
    List<String> strings = new ArrayList<>();
    List<String> hosts = new ArrayList<>(analysis.hostNames());
    List<String> endpointHosts = new ArrayList<>();
    RedactedJson.strings(RedactedJson.unredacted(analysis), strings, endpointHosts);
    for (String host : endpointHosts) {
      // a name, not an address or a number (an IPv6 address cut at a colon)
      if (!IPV4.matcher(host).matches()
          && !host.matches("[\\d*.]+")
          && !host.contains(":")
          && !host.equalsIgnoreCase("localhost")) {
        hosts.add(host);
      }
    }
    return learn(strings, hosts);
  }

  /**
   * The mapping of every name found in {@code strings}, with {@code hosts} (host names the analysis
   * knows, e.g. {@code WEB01}) taken as hosts wherever they appear.
   */
  public static Redaction learn(Collection<String> strings, Collection<String> hosts) {
    Set<String> sorted = new TreeSet<>(strings);
    Set<String> prefixes4 = new TreeSet<>();
    Set<String> prefixes6 = new TreeSet<>();
    Set<String> hostNames = new TreeSet<>();
    Set<String> domains = new TreeSet<>();
    Set<String> users = new TreeSet<>();
    for (String host : hosts) {
      if (host != null && !host.isBlank()) {
        addHost(host, hostNames, domains);
      }
    }
    for (String text : sorted) {
      Matcher m = IPV4.matcher(text);
      while (m.find()) {
        int[] octets = octets(m);
        if (octets != null && !kept4(octets)) {
          prefixes4.add(prefix4(octets));
        }
      }
      m = IPV6.matcher(text);
      while (m.find()) {
        int[] groups = Ipv6.parse(m.group(1));
        if (groups != null && !Ipv6.kept(groups)) {
          prefixes6.add(Ipv6.prefix(groups));
        }
      }
      m = DOMAIN_USER.matcher(text);
      while (m.find()) {
        String domain = m.group(1).toLowerCase(Locale.ROOT);
        if (!NO_DOMAIN.contains(domain) && !IPV4.matcher(domain).find()) {
          domains.add(domain);
          users.add(m.group(2).toLowerCase(Locale.ROOT));
        }
      }
      m = MAIL_USER.matcher(text);
      while (m.find()) {
        users.add(m.group(1).toLowerCase(Locale.ROOT));
        domains.add(m.group(2).toLowerCase(Locale.ROOT));
      }
      m = PROFILE.matcher(text);
      while (m.find()) {
        String user = m.group(1).toLowerCase(Locale.ROOT);
        if (!NO_USER.contains(user)) {
          users.add(user);
        }
      }
      m = FQDN.matcher(text);
      while (m.find()) {
        String tld = m.group(2).substring(m.group(2).lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if ((tld.length() == 2 || DNS_SUFFIXES.contains(tld)) && !FILE_ENDINGS.contains(tld)) {
          addHost(m.group(0), hostNames, domains);
        }
      }
    }
    domains.addAll(domainsAfter(hostNames, sorted));
    Map<String, String> names = new LinkedHashMap<>();
    // a word known as a host, a domain and a user at once is named once, host first
    put(names, hostNames, n -> "HOST-" + n);
    put(names, domains, n -> "domain-" + n + ".local");
    put(names, users, n -> "user-" + n);
    return new Redaction(networks4(prefixes4), networks6(prefixes6), names);
  }

  /**
   * The domains written after a known host's name ({@code SQL01.corp.example}), whatever their last
   * label: the host says it is a DNS name, not code.
   */
  private static Set<String> domainsAfter(Set<String> hostNames, Set<String> texts) {
    Set<String> found = new TreeSet<>();
    if (hostNames.isEmpty()) {
      return found;
    }
    Pattern after =
        Pattern.compile(
            "(?<![A-Za-z0-9])(?:"
                + String.join("|", hostNames.stream().map(Pattern::quote).toList())
                + ")\\.([A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,24})(?![\\w-]|\\.\\w)",
            Pattern.CASE_INSENSITIVE);
    for (String text : texts) {
      Matcher m = after.matcher(text);
      while (m.find()) {
        String domain = m.group(1).toLowerCase(Locale.ROOT);
        String last = domain.substring(domain.lastIndexOf('.') + 1);
        if (!FILE_ENDINGS.contains(last)) {
          found.add(domain);
        }
      }
    }
    return found;
  }

  /** {@code web01.contoso.local}: the host WEB01 and the domain contoso.local. */
  private static void addHost(String name, Set<String> hostNames, Set<String> domains) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.indexOf('.');
    String label = dot < 0 ? lower : lower.substring(0, dot);
    if (!label.isEmpty() && !label.chars().allMatch(Character::isDigit)) {
      hostNames.add(label);
    }
    if (dot > 0 && lower.indexOf('.', dot + 1) > 0) {
      domains.add(lower.substring(dot + 1));
    }
  }

  private interface Pseudonym {
    String of(int n);
  }

  private static void put(Map<String, String> names, Set<String> sorted, Pseudonym pseudonym) {
    int n = 1;
    for (String name : sorted) {
      if (!names.containsKey(name)) {
        names.put(name, pseudonym.of(n++));
      }
    }
  }

  private static Map<String, String> networks4(Set<String> prefixes) {
    Map<String, String> map = new TreeMap<>();
    int i = 0;
    for (String prefix : prefixes) {
      // 512 networks in 198.18.0.0/15, then 16,384 in 100.64.0.0/10
      int n = i++;
      String out =
          n < 512
              ? "198." + (18 + n / 256) + "." + (n % 256)
              : "100." + (64 + ((n - 512) / 256) % 64) + "." + ((n - 512) % 256);
      map.put(prefix, out);
    }
    return map;
  }

  private static Map<String, String> networks6(Set<String> prefixes) {
    Map<String, String> map = new TreeMap<>();
    int i = 0;
    for (String prefix : prefixes) {
      int n = i++;
      map.put(
          prefix, String.format(Locale.ROOT, "2001:db8:%x:%x", (n >>> 16) & 0xffff, n & 0xffff));
    }
    return map;
  }

  /** {@code text} with every name it holds replaced by its pseudonym. */
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    if (namePattern != null) {
      Matcher m = namePattern.matcher(out);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(
            sb, Matcher.quoteReplacement(names.get(m.group(1).toLowerCase(Locale.ROOT))));
      }
      m.appendTail(sb);
      out = sb.toString();
    }
    out = replace4(out);
    return replace6(out);
  }

  private String replace4(String text) {
    Matcher m = IPV4.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int[] octets = octets(m);
      String network = octets == null || kept4(octets) ? null : networks4.get(prefix4(octets));
      m.appendReplacement(
          sb, Matcher.quoteReplacement(network == null ? m.group() : network + "." + octets[3]));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private String replace6(String text) {
    Matcher m = IPV6.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int[] groups = Ipv6.parse(m.group(1));
      String network =
          groups == null || Ipv6.kept(groups) ? null : networks6.get(Ipv6.prefix(groups));
      m.appendReplacement(
          sb,
          Matcher.quoteReplacement(network == null ? m.group() : Ipv6.withPrefix(network, groups)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static int[] octets(Matcher m) {
    int[] octets = new int[4];
    for (int i = 0; i < 4; i++) {
      String group = m.group(i + 1);
      if (group.length() > 1 && group.charAt(0) == '0') {
        return null; // 01.02.03.04 is a date or a version, not an address
      }
      octets[i] = Integer.parseInt(group);
      if (octets[i] > 255) {
        return null;
      }
    }
    return octets;
  }

  /** Loopback, unspecified and broadcast addresses say nothing about the customer. */
  private static boolean kept4(int[] octets) {
    return octets[0] == 127
        || (octets[0] == 0 && octets[1] == 0 && octets[2] == 0 && octets[3] == 0)
        || (octets[0] == 255 && octets[1] == 255 && octets[2] == 255 && octets[3] == 255);
  }

  private static String prefix4(int[] octets) {
    return octets[0] + "." + octets[1] + "." + octets[2];
  }

  /** The names learned and their pseudonyms, sorted by name (for tests and the curious). */
  public Map<String, String> names() {
    return new TreeMap<>(names);
  }

  /** The IPv4 /24 networks learned (first three octets) and where they go. */
  public Map<String, String> networks() {
    Map<String, String> all = new TreeMap<>(networks4);
    all.putAll(networks6);
    return all;
  }

  /** Every learned name, for a check that none is left. */
  public List<String> learnedNames() {
    return new ArrayList<>(new TreeSet<>(names.keySet()));
  }
}
