package eu.barrier.core.json;

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
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.LogicalType;

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
    // a number would lose leading zeros; identifiers are always strings. A rejected identifier
    // throws its InvalidIdentifierException, which carries the rule's code.
    addDeserializer(
        type,
        new StringValueDeserializer<>(
            type, LogicalType.OtherScalar, "expected an identifier as a JSON string", parse::apply));
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
}
