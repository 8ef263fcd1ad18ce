package eu.barrier.screening.picture;

import eu.barrier.core.CoreError;
import eu.barrier.core.input.InputException;
import eu.barrier.core.input.InputFiles;
import eu.barrier.screening.ScreeningError;
import eu.barrier.screening.ScreeningException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A directory of sealed messages, one per file: every regular file whose name ends in {@code
 * .json} (sub-directories and other files are not read). Names are file names, sorted. Removing a
 * message deletes its file.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MessageFolder implements MessageStore {

  private final Path directory;

  private MessageFolder(Path directory) {
    this.directory = directory;
  }

  /**
   * Opens a directory.
   *
   * @param directory the directory
   * @return the store
   * @throws ScreeningException with {@link ScreeningError#PICTURE_STORE} if it is not a directory
   */
  public static MessageFolder of(Path directory) {
    Objects.requireNonNull(directory, "directory");
    if (!Files.isDirectory(directory)) {
      throw new ScreeningException(ScreeningError.PICTURE_STORE, "directory");
    }
    return new MessageFolder(directory);
  }

  @Override
  public List<String> names() {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
      for (Path p : files) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          if (names.size() == MAX_MESSAGES) {
            throw new ScreeningException(ScreeningError.PICTURE_STORE, "directory");
          }
          names.add(p.getFileName().toString());
        }
      }
    } catch (IOException e) {
      throw new ScreeningException(ScreeningError.PICTURE_STORE, "directory", e);
    }
    Collections.sort(names);
    return List.copyOf(names);
  }

  @Override
  public byte[] read(String name) {
    Path file = file(name);
    if (Files.isSymbolicLink(file)) {
      throw new ScreeningException(ScreeningError.PICTURE_MESSAGE_TOO_LARGE, "message");
    }
    try {
      return InputFiles.read(file, MAX_MESSAGE_BYTES, "message");
    } catch (InputException e) {
      throw e.isUnusableInput() && e.error() != CoreError.INPUT_NOT_REGULAR_FILE
          ? new ScreeningException(ScreeningError.PICTURE_STORE, "message", e)
          : new ScreeningException(ScreeningError.PICTURE_MESSAGE_TOO_LARGE, "message", e);
    }
  }

  @Override
  public void remove(String name) {
    try {
      Files.deleteIfExists(file(name));
    } catch (IOException e) {
      throw new ScreeningException(ScreeningError.PICTURE_STORE, "remove", e);
    }
  }

  private Path file(String name) {
    Objects.requireNonNull(name, "name");
    Path file = directory.resolve(name).normalize();
    if (!directory.normalize().equals(file.getParent()) || !name.endsWith(".json")) {
      throw new IllegalArgumentException("not a message name of this folder");
    }
    return file;
  }

  /**
   * Returns the kind of store; the path is left out (it may name a case).
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "MessageFolder";
  }
}
