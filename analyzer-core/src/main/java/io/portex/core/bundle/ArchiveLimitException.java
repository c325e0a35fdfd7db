package io.portex.core.bundle;

import java.io.IOException;

/** An archive entry expanded past a {@link BundleLimits} limit while it was read. */
final class ArchiveLimitException extends IOException {

  ArchiveLimitException(String message) {
    super(message);
  }
}
