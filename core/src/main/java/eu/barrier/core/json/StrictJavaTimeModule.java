package eu.barrier.core.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.function.Function;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads the common {@code java.time} types from ISO-8601 strings only. Jackson's own deserializers
 * also accept arrays ({@code [2026,11,28]}) and epoch numbers, whatever the coercion settings.
 */
final class StrictJavaTimeModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  StrictJavaTimeModule() {
    super("barrier-strict-java-time");
    add(LocalDate.class, LocalDate::parse);
    add(LocalDateTime.class, LocalDateTime::parse);
    add(LocalTime.class, LocalTime::parse);
    add(OffsetDateTime.class, OffsetDateTime::parse);
    add(Instant.class, Instant::parse);
    add(YearMonth.class, YearMonth::parse);
  }

  private <T> void add(Class<T> type, Function<String, T> parse) {
    addDeserializer(
        type,
        new StringValueDeserializer<>(
            type,
            LogicalType.DateTime,
            "expected an ISO-8601 string",
            text -> {
              try {
                return parse.apply(text);
              } catch (DateTimeException e) {
                return null; // rejected as an invalid value, without the text
              }
            }));
  }
}
