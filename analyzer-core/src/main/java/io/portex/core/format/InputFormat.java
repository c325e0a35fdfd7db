package io.portex.core.format;

import io.portex.core.source.TextHead;
import java.io.IOException;

/**
 * One kind of input portex can read. Implementations are stateless and thread-safe: all state of a
 * read lives in the {@link ReadContext}.
 */
public interface InputFormat {

  /** A short stable id used in the JSON and on the command line ({@code netstat}). */
  String id();

  /** What the format is, for {@code portex formats}. */
  String description();

  /** Looks at the head of an input (by content, the file name only as a hint). */
  Sniff sniff(TextHead head);

  /**
   * Reads the whole input, streaming, handing evidence to {@code sink} as it is complete. Problems
   * with the content go to {@link ReadContext#diagnostics()}; only an input that cannot be read at
   * all throws.
   */
  void read(ReadContext context, EvidenceSink sink) throws IOException;
}
