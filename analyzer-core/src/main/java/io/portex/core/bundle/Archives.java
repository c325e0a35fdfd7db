package io.portex.core.bundle;

import io.portex.core.source.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;

/** What tells an archive from other inputs. */
final class Archives {

  /**
   * Entry names without the UTF-8 flag are in the OEM code page of the machine that zipped them;
   * Windows' own zip writes cp437 on most Western systems.
   */
  static final Charset ENTRY_NAMES = Charset.forName("IBM437");

  private Archives() {}

  /** A {@code .zip} by name, or any input that starts like one. */
  static boolean isZip(InputFile input) throws IOException {
    if (input.fileName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      return true;
    }
    try (InputStream in = input.open()) {
      return BundleReader.startsLikeZip(in);
    }
  }

  static boolean isZipName(String entryName) {
    return entryName.toLowerCase(Locale.ROOT).endsWith(".zip");
  }
}
