package eu.barrier.core.internal.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

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
    addDeserializer(type, new IsoDeserializer<>(type, parse));
  }

  private static final class IsoDeserializer<T> extends StdScalarDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<String, T> parse;

    IsoDeserializer(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw MismatchedInputException.from(p, handledType(), "expected an ISO-8601 string");
      }
      try {
        return parse.apply(p.getString());
      } catch (DateTimeException e) {
        throw MismatchedInputException.from(p, handledType(), "not a valid ISO-8601 value");
      }
    }
  }
}
