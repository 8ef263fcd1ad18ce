package eu.barrier.linkage.schema;

import eu.barrier.linkage.LinkageError;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A date format: values that Python's {@code datetime.strptime(value, format)} reads in the C
 * locale, hashed as {@code strftime('%Y%m%d')} writes them with glibc (years below 1000 are not
 * padded: {@code 0999-01-01} becomes {@code 9990101}). Supported directives: {@code d m y Y b B a A
 * j H I M S f p w u %}, each at most once.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DateFormat implements FeatureFormat {

  private final String format;
  private final Strptime strptime;
  private final String description;

  DateFormat(String format, String description) {
    this.format = format;
    this.strptime = Strptime.compile(format);
    this.description = description;
  }

  /**
   * Returns the format as written in the schema, for example {@code %Y-%m-%d}.
   *
   * @return the format
   */
  public String format() {
    return format;
  }

  @Override
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  @Override
  public Optional<LinkageError> check(String value) {
    return strptime.toYmd(value) == null ? Optional.of(LinkageError.VALUE_DATE) : Optional.empty();
  }

  @Override
  public String normalise(String value) {
    String ymd = strptime.toYmd(value);
    if (ymd == null) {
      throw new IllegalArgumentException("not a date of the format; check the value first");
    }
    return ymd;
  }

  @Override
  public String toString() {
    return "DateFormat[" + format + "]";
  }
}
