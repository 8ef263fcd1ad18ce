package eu.barrier.core.json;

import eu.barrier.core.CoreError;
import eu.barrier.core.internal.json.JsonAccess;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The strict JSON codec of Barrier: one Jackson 3 mapper that the library builds and configures
 * itself, so nothing in the host application can loosen it.
 *
 * <p>An instance is immutable and thread-safe; create it once with {@link #create()} or {@link
 * #create(JsonLimits)} and share it. It never touches Jackson's global defaults.
 *
 * <p><b>Reading</b> accepts exactly one JSON value of the requested type and rejects, with a
 * {@link JsonFormatException}:
 *
 * <ul>
 *   <li>documents over a {@link JsonLimits limit} (size, depth, string, number and name length,
 *       token count), checked while streaming;
 *   <li>anything but plain RFC 8259 JSON (no comments, single quotes, {@code NaN}, trailing commas,
 *       leading zeros);
 *   <li>a property name twice in one object, at any depth;
 *   <li>a property the type does not declare;
 *   <li>content after the root value, and empty input;
 *   <li>a value of another JSON type than the target: a string for a number or boolean, a number
 *       or boolean for a string, a fraction for an integer, a number for an enum, an empty string
 *       for anything but a string;
 *   <li>enum values other than the exact {@linkplain #enumId(Enum) id} (no other case, no constant
 *       name where the id differs, no index);
 *   <li>{@code java.time} values other than ISO-8601 strings (no arrays, no epoch numbers);
 *   <li>{@code null} for a primitive, for an array element, or as the document itself;
 *   <li>a value the target type rejects (its constructor or {@code parse} throws).
 * </ul>
 *
 * <p>An absent or {@code null} property is bound as {@code null} (or {@code Optional.empty()}):
 * which values are required is decided by Jakarta constraints, see {@code
 * eu.barrier.core.validation.Boundary}.
 *
 * <p><b>Writing</b> emits record components in declaration order, omits {@code null} values and
 * empty {@code Optional}s, writes enums as their {@linkplain #enumId(Enum) id}, {@code LocalDate}
 * as {@code 2026-11-28} and
 * {@code Instant} as {@code 2026-11-28T10:15:30Z}. Identifiers are written as their canonical
 * digits.
 *
 * <p><b>Enums.</b> Barrier's own enums (declared in packages {@code eu.barrier.*}) are read and
 * written as the lower-kebab form of the constant name: {@code NAIL_AND_BEAUTY_SALON} is {@code
 * "nail-and-beauty-salon"}, {@code NACE_BEL_2008} is {@code "nace-bel-2008"}, {@code EUROPOL_4X4}
 * is {@code "europol-4x4"}. An enum that declares its own form with a {@code @JsonValue} method
 * keeps it ({@link eu.barrier.core.address.Country} is {@code "BE"} or {@code "NL"}); enums of
 * other packages are read and written by their exact constant name. The same form is used for
 * map keys. {@link #enumId(Enum)} and {@link #enumFromId(Class, String)} give other code the same
 * mapping, so there is one mapping for JSON, catalogues and the command line.
 *
 * <p>Polymorphic typing by class name is disabled and default typing is never activated. Types
 * read from JSON must be accessible to Jackson: in a named module, open their package to {@code
 * tools.jackson.databind}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class BarrierJson {

  static {
    JsonAccess.register(json -> ((BarrierJson) json).engine);
  }

  private final JsonEngine engine;

  private BarrierJson(JsonLimits limits) {
    this.engine = new JsonEngine(limits);
  }

  /**
   * Creates a codec with the {@link JsonLimits#defaults() default limits}.
   *
   * @return a new codec
   */
  public static BarrierJson create() {
    return new BarrierJson(JsonLimits.defaults());
  }

  /**
   * Creates a codec with the given limits.
   *
   * @param limits the limits
   * @return a new codec
   */
  public static BarrierJson create(JsonLimits limits) {
    return new BarrierJson(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the limits this codec enforces.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return engine.limits();
  }

  /**
   * Reads one value from a UTF-8 (or UTF-16/32 with BOM detection) document.
   *
   * @param json the document
   * @param type the type to bind to
   * @param <T> the value type
   * @return the value; never {@code null}
   * @throws JsonFormatException if the document is not accepted; see the class description
   * @throws IllegalArgumentException if {@code type} cannot be bound from JSON at all
   */
  public <T> T read(byte[] json, Class<T> type) {
    return engine.read(json, engine.typeOf(Objects.requireNonNull(type, "type")));
  }

  /**
   * Reads one value from a stream. At most {@link JsonLimits#maxDocumentBytes()} bytes (plus one
   * read buffer) are consumed before a larger document is rejected; the whole document is never
   * buffered. The stream is read to its end to check for trailing content, and is not closed.
   *
   * @param json the document
   * @param type the type to bind to
   * @param <T> the value type
   * @return the value; never {@code null}
   * @throws JsonFormatException if the document is not accepted or the stream fails ({@link
   *     CoreError#JSON_IO})
   * @throws IllegalArgumentException if {@code type} cannot be bound from JSON at all
   */
  public <T> T read(InputStream json, Class<T> type) {
    return engine.read(json, engine.typeOf(Objects.requireNonNull(type, "type")));
  }

  /**
   * Reads one value from a string. The size limit counts characters.
   *
   * @param json the document
   * @param type the type to bind to
   * @param <T> the value type
   * @return the value; never {@code null}
   * @throws JsonFormatException if the document is not accepted
   * @throws IllegalArgumentException if {@code type} cannot be bound from JSON at all
   */
  public <T> T read(String json, Class<T> type) {
    return engine.read(json, engine.typeOf(Objects.requireNonNull(type, "type")));
  }

  /**
   * Reads a JSON array whose elements are all of one type.
   *
   * @param json the document
   * @param elementType the element type
   * @param <T> the element type
   * @return the elements, in order, as an unmodifiable list; never {@code null}
   * @throws JsonFormatException if the document is not accepted
   * @throws IllegalArgumentException if {@code elementType} cannot be bound from JSON at all
   */
  public <T> List<T> readList(byte[] json, Class<T> elementType) {
    List<T> list = engine.read(json, engine.listOf(Objects.requireNonNull(elementType, "elementType")));
    return List.copyOf(list);
  }

  /**
   * Writes a value as UTF-8 JSON.
   *
   * @param value the value
   * @return the document
   * @throws IllegalArgumentException if the value's type cannot be written as JSON
   */
  public byte[] write(Object value) {
    return engine.write(value);
  }

  /**
   * Writes a value as a JSON string.
   *
   * @param value the value
   * @return the document
   * @throws IllegalArgumentException if the value's type cannot be written as JSON
   */
  public String writeString(Object value) {
    return engine.writeString(value);
  }

  /**
   * Returns the JSON form of an enum constant, as this codec reads and writes it: the lower-kebab
   * form of the constant name for Barrier's own enums ({@code SOCIAL_INSPECTION} is {@code
   * social-inspection}), the value of the enum's {@code @JsonValue} method if it has one, and the
   * constant name for enums of other packages. See the class description.
   *
   * @param constant the constant
   * @return its id; never {@code null}
   * @throws NullPointerException if {@code constant} is {@code null}
   * @throws IllegalArgumentException if the enum's {@code @JsonValue} method cannot be called
   */
  public static String enumId(Enum<?> constant) {
    return EnumIds.id(constant);
  }

  /**
   * Returns the constant whose {@linkplain #enumId(Enum) id} is exactly {@code id}. Matching is as
   * strict as reading JSON: case-sensitive, no trimming, and for Barrier's enums the constant name
   * ({@code SOCIAL_INSPECTION}) is not an id; the one exception is {@code Country}, whose
   * upper-case code ({@code BE}, the spelling before 0.1.0) is still read and is deprecated.
   *
   * @param type the enum class
   * @param id the id, for example {@code nace-bel-2025}
   * @param <E> the enum type
   * @return the constant, or empty if no constant has this id
   * @throws NullPointerException if {@code type} or {@code id} is {@code null}
   * @throws IllegalArgumentException if the enum's {@code @JsonValue} method cannot be called
   */
  public static <E extends Enum<E>> Optional<E> enumFromId(Class<E> type, String id) {
    return Optional.ofNullable(EnumIds.fromId(type, id));
  }

  /** The resource name of {@link #openModelSchema()}, next to this class. */
  public static final String MODEL_SCHEMA_RESOURCE = "model-v1.schema.json";

  /**
   * Opens the published JSON Schema (2020-12) of the domain model: {@code Establishment}, {@code
   * Organisation}, {@code Person}, {@code Address}, {@code Observation} and their parts, each under
   * {@code $defs}, in the form this codec writes them. The same file is {@code
   * docs/schemas/model-v1.schema.json}.
   *
   * @return the schema; the caller closes it
   */
  public static InputStream openModelSchema() {
    InputStream in = BarrierJson.class.getResourceAsStream(MODEL_SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the model schema resource is missing");
    }
    return in;
  }

  /**
   * Returns a description of the limits; the codec holds no data.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "BarrierJson[" + engine.limits() + "]";
  }
}
