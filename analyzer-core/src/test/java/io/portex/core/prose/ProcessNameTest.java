package io.portex.core.prose;

import static org.assertj.core.api.Assertions.assertThat;

import io.portex.core.model.ProcessUsage;
import io.portex.core.model.Snapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of process a snapshot lists has one name, and the two odd ones their meaning. */
class ProcessNameTest {

  private static ProcessUsage process(int pid, String image) {
    return new ProcessUsage(pid, image, Map.of(), 1);
  }

  @Test
  void eachKindOfProcessHasOneName() {
    assertThat(ProcessName.of(process(3310, "java.exe"))).isEqualTo("java.exe (PID 3310)");
    assertThat(ProcessName.of(process(3310, null))).isEqualTo("PID 3310");
    assertThat(ProcessName.of(process(0, "System Idle Process"))).isEqualTo("no process (PID 0)");
    assertThat(ProcessName.of(process(Snapshot.Builder.OTHER_PROCESSES, null)))
        .isEqualTo("other processes");
    assertThat(ProcessName.of(process(-1, null))).isEqualTo("an unknown process");
  }

  @Test
  void pidZeroAndAMissingPidAreExplainedTheRestNeedNoWords() {
    assertThat(ProcessName.meanings(List.of(process(0, null))))
        .containsExactly(ProcessName.PID_0_MEANS);
    assertThat(ProcessName.meanings(List.of(process(-1, null))))
        .containsExactly(ProcessName.NO_PID_MEANS);
    assertThat(ProcessName.meanings(List.of(process(Snapshot.Builder.OTHER_PROCESSES, null))))
        .isEmpty();
    assertThat(ProcessName.meanings(List.of(process(3310, "java.exe")))).isEmpty();
    assertThat(
            ProcessName.meanings(
                List.of(
                    process(-1, null), process(0, null), process(3310, null), process(0, null))))
        .as("each once, in the order met")
        .containsExactly(ProcessName.NO_PID_MEANS, ProcessName.PID_0_MEANS);
  }
}
