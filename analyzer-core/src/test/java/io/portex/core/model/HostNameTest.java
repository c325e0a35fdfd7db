package io.portex.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostNameTest {

  @Test
  void namesCompareOnTheirFirstDnsLabelInAnyCase() {
    assertThat(HostName.of("web01.contoso.local")).isEqualTo("WEB01");
    assertThat(HostName.of("WEB01")).isEqualTo("WEB01");
    assertThat(HostName.of("\\\\Web01")).isEqualTo("WEB01");
    assertThat(HostName.same("WEB01", "web01.contoso.local")).isTrue();
    assertThat(HostName.same("WEB01", "web02.contoso.local")).isFalse();
  }

  @Test
  void addressesAndEmptyNamesNameNoMachine() {
    assertThat(HostName.of("10.0.0.5")).isNull();
    assertThat(HostName.of("fe80::1")).isNull();
    assertThat(HostName.of("localhost")).isNull();
    assertThat(HostName.of("  ")).isNull();
    assertThat(HostName.of(null)).isNull();
    assertThat(HostName.of("web 01")).isNull();
  }
}
