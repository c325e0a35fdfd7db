package io.portex.core.source;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/** How portex decodes text: what cannot be decoded becomes U+FFFD, the reading goes on. */
public final class Decoding {

  private Decoding() {}

  /** A decoder of {@code charset} that replaces what it cannot decode. */
  public static CharsetDecoder replacing(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  /** The text of {@code in}, decoded so, in a buffer of 64 Ki characters. */
  public static Reader buffered(InputStream in, Charset charset) {
    return new BufferedReader(new InputStreamReader(in, replacing(charset)), 1 << 16);
  }
}
