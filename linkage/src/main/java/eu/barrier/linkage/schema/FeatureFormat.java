package eu.barrier.linkage.schema;

import eu.barrier.linkage.LinkageError;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@code format} of a hashed feature: which values are valid and how a valid value is written
 * before tokenisation, as clkhash's {@code field_formats.py} does it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface FeatureFormat permits StringFormat, IntegerFormat, DateFormat, EnumFormat {

  /**
   * Checks a value that is not the missing-value sentinel.
   *
   * @param value the value as read
   * @return the broken rule, or empty if the value is valid
   */
  Optional<LinkageError> check(String value);

  /**
   * Writes a valid value as clkhash hashes it: dates as {@code yyyymmdd}, integers without sign,
   * spaces or leading zeros, strings and enum values unchanged.
   *
   * @param value a value {@link #check} accepts
   * @return the text to tokenise
   */
  String normalise(String value);

  /**
   * Returns the format's description, if the schema gives one.
   *
   * @return the description
   */
  Optional<String> description();
}
