package eu.barrier.spark;

import eu.barrier.privacy.SecretAccess;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.apache.spark.SparkFiles;

/**
 * A secret file (a {@code barrier-keys/1} keys file, a linkage secret) as the executors get it,
 * without it ever passing through the Spark configuration, a job description, a log line, the web
 * UI, an event log or a query plan.
 *
 * <p>Two ways, chosen by who is trusted with what (see {@code docs/spark.md}):
 *
 * <ul>
 *   <li>{@link #carried(byte[])}: the driver reads the file and the bytes travel to the executors
 *       inside a broadcast variable. They are then held in the block managers' memory (and may be
 *       spilled to their local disks) and cross the network, encrypted only where the cluster enables
 *       {@code spark.network.crypto.enabled} and {@code spark.io.encryption.enabled}.
 *   <li>{@link #onExecutor(String)}: only a path travels; each executor reads the file itself, from
 *       a file system it already trusts (a mounted secret, or a file shipped with {@code
 *       spark-submit --files}, found by its name with {@link SparkFiles#get(String)}).
 * </ul>
 *
 * <p>Either way the value is Java-serializable, {@link #toString()} never shows the content, and
 * each instance has a random id (not derived from the secret) under which every executor keeps the
 * objects it compiled from it, once per JVM. Immutable.
 */
public final class SecretFile implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest secret file read. */
  public static final int MAX_BYTES = 1 << 20;

  private final String id;
  private final byte[] content;
  private final String executorPath;

  private SecretFile(byte[] content, String executorPath) {
    this.id = UUID.randomUUID().toString();
    this.content = content;
    this.executorPath = executorPath;
  }

  /**
   * Returns a secret file whose bytes travel with it (inside a broadcast).
   *
   * @param content the file's bytes; copied
   * @return the secret file
   */
  public static SecretFile carried(byte[] content) {
    Objects.requireNonNull(content, "content");
    if (content.length > MAX_BYTES) {
      throw new SparkJobException(SparkError.SECRET_UNREADABLE, "the secret file is larger than 1 MiB");
    }
    return new SecretFile(content.clone(), null);
  }

  /**
   * Reads a file on the driver; its bytes then travel with the returned value (inside a broadcast).
   *
   * @param file the file
   * @return the secret file
   * @throws SparkJobException ({@link SparkError#SECRET_UNREADABLE}) if it cannot be read
   */
  public static SecretFile readOnDriver(Path file) {
    byte[] bytes = read(file);
    try {
      return carried(bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /**
   * Returns a secret file that each executor reads itself: an absolute path that exists on every
   * executor, or the name of a file shipped with {@code spark-submit --files}.
   *
   * @param path the absolute path or file name
   * @return the secret file
   */
  public static SecretFile onExecutor(String path) {
    Objects.requireNonNull(path, "path");
    return new SecretFile(null, path);
  }

  /**
   * Tells whether the bytes travel with this value (else each executor reads the file).
   *
   * @return whether carried
   */
  public boolean isCarried() {
    return content != null;
  }

  /**
   * Returns the random id under which executors keep what they compiled from this secret.
   *
   * @return the id; says nothing about the secret
   */
  public String id() {
    return id;
  }

  /**
   * Returns the bytes of the file; on an executor, reads it there when it is not carried.
   *
   * @param access the token that guards secret material
   * @return a new copy; the caller wipes it after use
   * @throws SparkJobException ({@link SparkError#SECRET_UNREADABLE}) if it cannot be read
   */
  public byte[] content(SecretAccess access) {
    SecretAccess.require(access);
    if (content != null) {
      return content.clone();
    }
    Path direct = Path.of(executorPath);
    if (direct.isAbsolute() && Files.isRegularFile(direct)) {
      return read(direct);
    }
    return read(Path.of(SparkFiles.get(executorPath)));
  }

  private static byte[] read(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        throw new SparkJobException(SparkError.SECRET_UNREADABLE, "not a regular file of at most 1 MiB");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new SparkJobException(SparkError.SECRET_UNREADABLE, "cannot read it (" + e.getClass().getSimpleName()
          + ")");
    }
  }

  /**
   * Says how the secret travels; never its content or path.
   *
   * @return {@code SecretFile[carried, redacted]} or {@code SecretFile[read on executor, redacted]}
   */
  @Override
  public String toString() {
    return "SecretFile[" + (content != null ? "carried" : "read on executor") + ", redacted]";
  }
}
