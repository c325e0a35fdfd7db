package io.portex.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Objects;

/**
 * One input to read: a file on disk, or any stream with a name. The content can be opened more than
 * once (the head for sniffing, then the whole for reading).
 */
public final class InputFile {

  /** Opens the content anew each time it is called. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  private final String name;
  private final long size;
  private final Instant lastModified;
  private final Opener opener;

  private InputFile(String name, long size, Instant lastModified, Opener opener) {
    this.name = Objects.requireNonNull(name, "name");
    this.size = size;
    this.lastModified = lastModified;
    this.opener = Objects.requireNonNull(opener, "opener");
  }

  /** A file on disk, named as the user gave it. */
  public static InputFile of(Path path) throws IOException {
    return of(path.toString(), path);
  }

  /**
   * A file on disk, shown under {@code name}: an error opening it names it so too, not by its path
   * on disk.
   */
  public static InputFile of(String name, Path path) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    return new InputFile(
        name,
        attributes.size(),
        attributes.lastModifiedTime().toInstant(),
        () -> {
          try {
            return Files.newInputStream(path);
          } catch (AccessDeniedException e) {
            throw new AccessDeniedException(name, e.getOtherFile(), e.getReason());
          } catch (NoSuchFileException e) {
            throw new NoSuchFileException(name, e.getOtherFile(), e.getReason());
          } catch (FileSystemException e) {
            throw new FileSystemException(name, e.getOtherFile(), e.getReason());
          }
        });
  }

  /**
   * Content from anywhere.
   *
   * @param size bytes, or -1 when unknown
   * @param lastModified modification time, or null when unknown
   */
  public static InputFile of(String name, long size, Instant lastModified, Opener opener) {
    return new InputFile(name, size, lastModified, opener);
  }

  /** The name as the user gave it; used in every diagnostic. */
  public String name() {
    return name;
  }

  /** The last part of the name, without folders. */
  public String fileName() {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }

  public long size() {
    return size;
  }

  /** Modification time, or null when unknown. */
  public Instant lastModified() {
    return lastModified;
  }

  public InputStream open() throws IOException {
    return opener.open();
  }

  @Override
  public String toString() {
    return name;
  }
}
