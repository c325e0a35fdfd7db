package io.portex.report.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** An {@link OutputFolder} on the local disk. */
public record LocalFolder(Path path) implements OutputFolder {

  @Override
  public OutputFolder folder(String name) {
    return new LocalFolder(path.resolve(name));
  }

  @Override
  public OutputStream create(String name) throws IOException {
    Path file = path.resolve(name);
    Files.createDirectories(file.getParent());
    return new BufferedOutputStream(Files.newOutputStream(file));
  }

  @Override
  public boolean exists(String name) {
    return Files.isRegularFile(path.resolve(name));
  }

  @Override
  public Optional<InputStream> open(String name) throws IOException {
    try {
      return Optional.of(Files.newInputStream(path.resolve(name)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }
}
