package io.portex.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void aParagraphStartsWithACapitalWhenItsFirstWordIsAPlainWord() {
    assertThat(Formats.sentence("the monitoring script counted up to 9,040"))
        .isEqualTo("The monitoring script counted up to 9,040");
    assertThat(Formats.sentence("only 2,000 ports")).isEqualTo("Only 2,000 ports");
    assertThat(Formats.sentence("perfmon: 255/s")).isEqualTo("Perfmon: 255/s");
  }

  @Test
  void namesAddressesAndNumbersAreLeftAsTheyAre() {
    assertThat(Formats.sentence("java.exe holds 1,200 BOUND ports"))
        .isEqualTo("java.exe holds 1,200 BOUND ports");
    assertThat(Formats.sentence("10.50.0.5:443 holds")).isEqualTo("10.50.0.5:443 holds");
    assertThat(Formats.sentence("6,140 sockets")).isEqualTo("6,140 sockets");
    assertThat(Formats.sentence("CLOSE_WAIT grew")).isEqualTo("CLOSE_WAIT grew");
    assertThat(Formats.sentence("")).isEmpty();
  }
}
