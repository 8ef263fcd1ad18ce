package eu.barrier.core.internal.json;

import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.id.BeNationalNumber;
import eu.barrier.core.id.Identifier;
import eu.barrier.core.id.NlBsn;
import eu.barrier.core.id.NlEstablishmentNumber;
import eu.barrier.core.id.NlKvkNumber;
import eu.barrier.core.id.NlRsin;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes every {@link Identifier} as its canonical digits and reads each identifier type from a
 * JSON string through its {@code parse}, which also accepts the written (formatted) forms. A
 * rejected identifier surfaces as its {@code InvalidIdentifierException}, whose code is the rule.
 */
final class IdentifierModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  IdentifierModule() {
    super("barrier-identifiers");
    addSerializer(Identifier.class, new CanonicalSerializer());
    add(BeEnterpriseNumber.class, BeEnterpriseNumber::parse);
    add(BeEstablishmentUnitNumber.class, BeEstablishmentUnitNumber::parse);
    add(BeNationalNumber.class, BeNationalNumber::parse);
    add(NlBsn.class, NlBsn::parse);
    add(NlRsin.class, NlRsin::parse);
    add(NlKvkNumber.class, NlKvkNumber::parse);
    add(NlEstablishmentNumber.class, NlEstablishmentNumber::parse);
  }

  private <T extends Identifier> void add(Class<T> type, Function<CharSequence, T> parse) {
    addDeserializer(type, new ParsingDeserializer<>(type, parse));
  }

  private static final class CanonicalSerializer extends StdSerializer<Identifier> {

    CanonicalSerializer() {
      super(Identifier.class);
    }

    @Override
    public void serialize(Identifier value, JsonGenerator gen, SerializationContext provider) {
      gen.writeString(value.canonical());
    }
  }

  private static final class ParsingDeserializer<T extends Identifier> extends StdScalarDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<CharSequence, T> parse;

    ParsingDeserializer(Class<T> type, Function<CharSequence, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        // a number would lose leading zeros; identifiers are always strings
        throw MismatchedInputException.from(p, handledType(), "expected an identifier as a JSON string");
      }
      return parse.apply(p.getString()); // InvalidIdentifierException carries the rule's code
    }
  }
}
