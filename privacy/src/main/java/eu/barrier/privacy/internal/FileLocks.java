package eu.barrier.privacy.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive access to a file across threads and processes. A {@link FileLock} excludes other
 * processes but is held by the whole JVM, and a second lock on the same file in the same JVM
 * throws {@link OverlappingFileLockException}; so every lock here is taken in two steps: first a
 * JVM-wide lock per file (by its absolute, normalised path), then the file lock.
 */
public final class FileLocks {

  private static final ConcurrentMap<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

  private FileLocks() {}

  /** Work done while the file is locked. */
  @FunctionalInterface
  public interface Locked<T> {
    /**
     * Runs with the lock held.
     *
     * @param channel the locked channel, open for reading and writing
     * @return the result
     * @throws IOException if the file cannot be used
     */
    T run(FileChannel channel) throws IOException;
  }

  /**
   * Runs {@code body} with an exclusive lock on {@code file} (held against this JVM's threads and
   * other processes); the channel is closed, and the lock released, afterwards.
   *
   * @param file the file
   * @param open opens the channel (the caller chooses the options, for example whether to create)
   * @param body the work
   * @param <T> the result type
   * @return the body's result
   * @throws IOException if the file cannot be opened, locked or used; an {@link
   *     OverlappingFileLockException} cannot occur
   */
  public static <T> T exclusive(Path file, Opener open, Locked<T> body) throws IOException {
    ReentrantLock local = IN_JVM.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new ReentrantLock());
    local.lock();
    try (FileChannel channel = open.open()) {
      FileLock lock;
      try {
        lock = channel.lock();
      } catch (OverlappingFileLockException e) {
        // another path spelling of the same file in this JVM (a link): still a lock conflict
        throw new IOException("the file is locked by this process under another name", e);
      }
      try {
        return body.run(channel);
      } finally {
        if (lock.isValid()) {
          lock.release();
        }
      }
    } finally {
      local.unlock();
    }
  }

  /** Opens the channel to lock. */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens it.
     *
     * @return the channel
     * @throws IOException if it cannot be opened
     */
    FileChannel open() throws IOException;
  }
}
