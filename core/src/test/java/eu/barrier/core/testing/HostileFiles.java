package eu.barrier.core.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Inputs that broke readers in the adversarial test of issue 16: an endless device, a FIFO that
 * nobody writes, a huge sparse file, a directory.
 */
public final class HostileFiles {

  /** An endless source of zero bytes. */
  public static final Path DEV_ZERO = Path.of("/dev/zero");

  /** 3 GiB: more than any limit, and more than the test JVM's heap. */
  public static final long SPARSE_SIZE = 3L << 30;

  private HostileFiles() {}

  /**
   * Tells whether this machine has the POSIX devices and {@code mkfifo} the tests need.
   *
   * @return whether hostile files can be made
   */
  public static boolean available() {
    return Files.exists(DEV_ZERO) && Files.isExecutable(Path.of("/usr/bin/mkfifo"));
  }

  /**
   * Creates a FIFO that nobody writes to: opening it for reading blocks forever.
   *
   * @param dir where
   * @return the FIFO
   * @throws IOException if it cannot be made
   */
  public static Path fifo(Path dir) throws IOException {
    Path fifo = dir.resolve("fifo-" + System.nanoTime());
    try {
      Process p = new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).inheritIO().start();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("mkfifo failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return fifo;
  }

  /**
   * Creates a sparse file of {@link #SPARSE_SIZE} zero bytes; it takes no disk space.
   *
   * @param dir where
   * @return the file
   * @throws IOException if it cannot be made
   */
  public static Path sparse(Path dir) throws IOException {
    Path file = dir.resolve("sparse-" + System.nanoTime());
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(SPARSE_SIZE);
    }
    return file;
  }
}
