package eu.barrier.spring;

import eu.barrier.core.BarrierException;
import eu.barrier.core.CoreError;
import eu.barrier.core.input.InputException;
import eu.barrier.core.input.InputFiles;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.key.KeyFiles;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.KeySets;
import java.nio.file.Path;

/**
 * Reads the pseudonym key set named by {@code barrier.keys.location}: a regular file, readable by
 * its owner only where the file system has POSIX permissions, within {@value #MAX_BYTES} bytes,
 * through the privacy module's key set readers. Every refusal is a {@link
 * SpringConfigurationException} naming the property, never the file's content.
 */
final class KeyFile {

  /** The property, used as the input's name in messages. */
  static final String PROPERTY = "barrier.keys.location";

  /** The largest key file read, as the command line's {@code --keys}. */
  static final long MAX_BYTES = KeyFiles.MAX_FILE_BYTES;

  private KeyFile() {}

  static KeySet read(Path location) {
    String text;
    try {
      text = InputFiles.readSecretText(location, MAX_BYTES, PROPERTY);
    } catch (InputException e) {
      if (e.error() == CoreError.INPUT_OPEN_TO_OTHERS) {
        throw new SpringConfigurationException(SpringError.KEYS_NOT_OWNER_ONLY, PROPERTY
            + ": the key file is open to its group or to others; make it readable by its owner only"
            + " (chmod 600) and replace the keys if others may have read them", null);
      }
      throw new SpringConfigurationException(SpringError.KEYS_UNREADABLE, e.getMessage(), e);
    }
    try {
      // the party bundle written by 'barrier keys generate' holds the pseudonym key set; a bare
      // key set file is the set itself
      return text.contains("\"" + KeyFiles.FORMAT + "\"")
          ? KeyFiles.parse(text, InsecureSecretAccess.get()).keySet()
          : KeySets.parse(text, InsecureSecretAccess.get());
    } catch (BarrierException e) {
      throw new SpringConfigurationException(SpringError.KEYS_UNREADABLE, PROPERTY + ": " + e.getMessage(), e);
    }
  }
}
