package io.portex.report.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {

  private static final List<String> TEXTS =
      List.of(
          "10.1.2.3:50000 -> 10.1.2.40:1433",
          "10.1.3.9:443 and 172.16.0.5:80",
          "127.0.0.1:8080 0.0.0.0:0 [::]:0 [::1]:445",
          "[2001:db9:aa:bb::10]:50004 to [2001:db9:aa:bb::11]:443 and [2a01:4f8:1:2::99]:443",
          "held by CONTOSO\\jdoe, mail ops@fabrikam.com, in C:\\Users\\asmith\\app\\x.exe",
          "NT AUTHORITY\\SYSTEM; reg add \"HKLM\\SYSTEM\\CurrentControlSet\" /v X",
          "sql01.corp.contoso.local:1433 and web07.contoso.local",
          "netstat_loop.txt:6-1258 java.exe ADO.NET 2026-03-11T10:15:00Z",
          "LDAP: System.DirectoryServices.Protocols keeps one LdapConnection");

  private static final List<String> HOSTS = List.of("APP03");

  @Test
  void theSameNameGetsTheSamePseudonymWhateverTheOrder() {
    List<String> reversed = new ArrayList<>(TEXTS);
    Collections.reverse(reversed);

    Redaction forward = Redaction.learn(TEXTS, HOSTS);
    Redaction backward = Redaction.learn(reversed, HOSTS);

    assertThat(backward.names()).isEqualTo(forward.names());
    assertThat(backward.networks()).isEqualTo(forward.networks());
    for (String text : TEXTS) {
      assertThat(backward.apply(text)).isEqualTo(forward.apply(text));
    }
  }

  @Test
  void aSubnetStaysASubnetAndPortsStay() {
    Redaction redaction = Redaction.learn(TEXTS, HOSTS);

    assertThat(redaction.apply("10.1.2.3:50000 -> 10.1.2.40:1433"))
        .isEqualTo("198.18.0.3:50000 -> 198.18.0.40:1433");
    assertThat(redaction.apply("10.1.3.9:443 and 172.16.0.5:80"))
        .isEqualTo("198.18.1.9:443 and 198.18.2.5:80");
    assertThat(
            redaction.apply(
                "[2001:db9:aa:bb::10]:50004 to [2001:db9:aa:bb::11]:443 and"
                    + " [2a01:4f8:1:2::99]:443"))
        .isEqualTo("[2001:db8::10]:50004 to [2001:db8::11]:443 and [2001:db8:0:1::99]:443");
  }

  @Test
  void loopbackAndUnspecifiedAddressesStay() {
    Redaction redaction = Redaction.learn(TEXTS, HOSTS);

    String local = "127.0.0.1:8080 0.0.0.0:0 [::]:0 [::1]:445";
    assertThat(redaction.apply(local)).isEqualTo(local);
  }

  @Test
  void usersDomainsAndHostsGetNumberedNames() {
    Redaction redaction = Redaction.learn(TEXTS, HOSTS);

    assertThat(
            redaction.apply(
                "held by CONTOSO\\jdoe, mail ops@fabrikam.com, in C:\\Users\\asmith\\app\\x.exe"))
        .doesNotContainIgnoringCase("contoso")
        .doesNotContain("jdoe", "ops@", "fabrikam", "asmith")
        .contains("\\user-", "C:\\Users\\user-", "@domain-");
    assertThat(redaction.apply("sql01.corp.contoso.local:1433 and web07.contoso.local at APP03"))
        .doesNotContainIgnoringCase("sql01")
        .doesNotContainIgnoringCase("web07")
        .doesNotContainIgnoringCase("contoso")
        .doesNotContain("APP03")
        .matches(
            "HOST-\\d\\.domain-\\d\\.local:1433 and HOST-\\d\\.domain-\\d\\.local at HOST-\\d");
  }

  @Test
  void theDomainAfterAKnownHostIsADomainWhateverItEndsWith() {
    Redaction redaction = Redaction.learn(List.of("computer APP03.branch.example"), HOSTS);

    assertThat(redaction.apply("computer APP03.branch.example"))
        .isEqualTo("computer HOST-1.domain-1.local");
  }

  @Test
  void windowsOwnWordsFileNamesAndTimesStay() {
    Redaction redaction = Redaction.learn(TEXTS, HOSTS);

    for (String text :
        List.of(
            "NT AUTHORITY\\SYSTEM; reg add \"HKLM\\SYSTEM\\CurrentControlSet\" /v X",
            "netstat_loop.txt:6-1258 java.exe ADO.NET 2026-03-11T10:15:00Z",
            "LDAP: System.DirectoryServices.Protocols keeps one LdapConnection")) {
      assertThat(redaction.apply(text)).isEqualTo(text);
    }
  }
}
