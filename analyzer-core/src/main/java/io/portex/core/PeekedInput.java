package io.portex.core;

import io.portex.core.source.InputFile;
import io.portex.core.source.TextHead;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * An input opened once for both sniffing and reading: its head is read for sniffing, and the first
 * open of {@link #asInput()} continues the same stream behind it. An archive entry nested in
 * another is then streamed once, not twice. Later opens read the input anew.
 */
final class PeekedInput implements AutoCloseable {

  private final InputFile input;
  private final InputStream stream;
  private final byte[] head;
  private boolean handedOut;

  private PeekedInput(InputFile input, InputStream stream, byte[] head) {
    this.input = input;
    this.stream = stream;
    this.head = head;
  }

  static PeekedInput open(InputFile input) throws IOException {
    InputStream stream = input.open();
    try {
      return new PeekedInput(input, stream, stream.readNBytes(TextHead.SIZE));
    } catch (IOException | RuntimeException e) {
      stream.close();
      throw e;
    }
  }

  InputFile input() {
    return input;
  }

  /** The first bytes, at most {@link TextHead#SIZE}. */
  byte[] head() {
    return head;
  }

  /** The input again, whose first open goes on from the head already read. */
  InputFile asInput() {
    return InputFile.of(input.name(), input.size(), input.lastModified(), this::reopen);
  }

  private InputStream reopen() throws IOException {
    if (handedOut) {
      return input.open();
    }
    handedOut = true;
    return new SequenceInputStream(new ByteArrayInputStream(head), stream);
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }
}
