package eu.barrier.core.json;

import eu.barrier.core.internal.json.CollectingReader;
import eu.barrier.core.internal.json.JsonLog;
import eu.barrier.core.internal.json.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import eu.barrier.core.CoreError;
import eu.barrier.core.input.InputException;
import eu.barrier.core.input.InputFiles;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.type.LogicalType;

/**
 * The strict Jackson 3 set-up behind {@code BarrierJson} and {@code Boundary}: two immutable
 * mappers with identical settings, one plain and one whose deserializers can collect problems.
 */
final class JsonEngine implements CollectingReader {

  private final JsonLimits limits;
  private final JsonMapper strict;
  private final JsonMapper collecting;

  /*
   * Readers are immutable and cost a type lookup to build; build each once per target type. The
   * types are the program's own classes, so the maps stay small.
   */
  private final ConcurrentMap<JavaType, ObjectReader> strictReaders = new ConcurrentHashMap<>();
  private final ConcurrentMap<JavaType, ObjectReader> collectingReaders = new ConcurrentHashMap<>();
  private final ConcurrentMap<JavaType, Set<String>> declaredNames = new ConcurrentHashMap<>();

  /**
   * Builds the mappers.
   *
   * @param limits the limits
   */
  public JsonEngine(JsonLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    JacksonSetup.requireAnnotations();
    this.strict = build(limits, false);
    this.collecting = build(limits, true);
  }

  /**
   * Returns the limits.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Returns the strict mapper. Callers must not leak it: it is immutable, but its readers bypass
   * the translation of failures.
   *
   * @return the mapper
   */
  public JsonMapper mapper() {
    return strict;
  }

  /**
   * Returns the type for {@code List<elementType>}.
   *
   * @param elementType the element type
   * @return the list type
   */
  public JavaType listOf(Class<?> elementType) {
    JacksonSetup.requireOpen(elementType);
    return strict.getTypeFactory().constructCollectionType(List.class, elementType);
  }

  /**
   * Returns the type for a class.
   *
   * @param type the class
   * @return the type
   */
  public JavaType typeOf(Class<?> type) {
    JacksonSetup.requireOpen(type);
    return strict.constructType(type);
  }

  // ---------------------------------------------------------------- strict reading

  /**
   * Reads one value of the given type from the whole of {@code json}.
   *
   * @param json the document
   * @param type the target type
   * @param <T> the value type
   * @return the value, never {@code null}
   * @throws JsonFormatException if the document is not accepted
   */
  public <T> T read(byte[] json, JavaType type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    if (json.length > limits.maxDocumentBytes()) {
      throw reject(new Problem(CoreError.JSON_TOO_LARGE, "", null, null), json.length);
    }
    Problem encoding = encoding(json);
    if (encoding != null) {
      throw reject(encoding, json.length);
    }
    ObjectReader reader = strictReader(type);
    return readStrict(reader, () -> reader.createParser(json), json.length, declared(type));
  }

  /**
   * Returns the member names the type declares, at any depth: the only names shown in paths.
   *
   * @param type the target type
   * @return the names
   */
  Set<String> declared(JavaType type) {
    return declaredNames.computeIfAbsent(type, t -> DeclaredNames.of(strict, t));
  }

  /** UTF-8 without a byte-order mark or NUL, the one encoding Barrier reads; {@code null} if it is. */
  private static Problem encoding(byte[] json) {
    try {
      InputFiles.requireText(json, "the document");
      return null;
    } catch (InputException e) {
      return new Problem(CoreError.INPUT_ENCODING, "", null, null);
    }
  }

  /**
   * Returns a reader for the type. Trailing content is checked by this engine after binding (see
   * {@link #trailing}), which tells trailing data apart from a syntax error; Jackson's own check,
   * enabled on the mapper, is switched off per reader only for that reason.
   */
  private ObjectReader strictReader(JavaType type) {
    return strictReaders.computeIfAbsent(
        type, t -> strict.readerFor(t).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
  }

  /** The collecting reader for the type, before the per-call handler and attribute are added. */
  private ObjectReader collectingReader(JavaType type) {
    return collectingReaders.computeIfAbsent(
        type, t -> collecting.readerFor(t).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
  }

  /**
   * Reads one value from a string; the size limit counts characters.
   *
   * @param json the document
   * @param type the target type
   * @param <T> the value type
   * @return the value, never {@code null}
   * @throws JsonFormatException if the document is not accepted
   */
  public <T> T read(String json, JavaType type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    if (json.length() > limits.maxDocumentBytes()) {
      throw reject(new Problem(CoreError.JSON_TOO_LARGE, "", null, null), json.length());
    }
    if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
      throw reject(new Problem(CoreError.INPUT_ENCODING, "", null, null), json.length());
    }
    ObjectReader reader = strictReader(type);
    return readStrict(reader, () -> reader.createParser(json), json.length(), declared(type));
  }

  /**
   * Reads one value from a stream, reading at most the size limit (plus one buffer); the stream is
   * not closed.
   *
   * @param json the document
   * @param type the target type
   * @param <T> the value type
   * @return the value, never {@code null}
   * @throws JsonFormatException if the document is not accepted or cannot be read
   */
  public <T> T read(InputStream json, JavaType type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    ObjectReader reader = strictReader(type);
    InputStream utf8 = InputFiles.utf8(json, "the document");
    return readStrict(reader, () -> reader.createParser(utf8), -1, declared(type));
  }

  /** Opens a parser; may throw what Jackson throws. */
  @FunctionalInterface
  private interface ParserSource {
    JsonParser open();
  }

  private <T> T readStrict(ObjectReader reader, ParserSource source, long size, Set<String> declared) {
    JsonParser parser = null;
    try {
      parser = source.open();
      if (parser.nextToken() == null) {
        throw reject(new Problem(CoreError.JSON_EMPTY, "", null, null), size);
      }
      T value = reader.readValue(parser);
      if (value == null) {
        throw reject(new Problem(CoreError.JSON_MISSING_VALUE, "", null, null), size);
      }
      requireEnd(parser, size);
      return value;
    } catch (JsonFormatException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw reject(translate(e, parser, declared), sizeOf(parser, size));
    } finally {
      closeQuietly(parser);
    }
  }

  private void requireEnd(JsonParser parser, long size) {
    Problem trailing = trailing(parser);
    if (trailing != null) {
      throw reject(trailing, sizeOf(parser, size));
    }
  }

  /** Returns the problem if anything but whitespace follows the root value, otherwise {@code null}. */
  private static Problem trailing(JsonParser parser) {
    try {
      if (parser.nextToken() == null) {
        return null;
      }
    } catch (RuntimeException e) {
      Problem p = translate(e, parser, Set.of());
      if (p.code() != CoreError.JSON_SYNTAX) {
        return p; // a limit or an I/O failure while looking for the end
      }
    }
    return new Problem(CoreError.JSON_TRAILING_DATA, "", null, null);
  }

  // ---------------------------------------------------------------- collecting reading


  /**
   * Reads a value, recording every problem that binding can continue after. A problem after which
   * no further token can be read is the last in the list.
   *
   * @param json the document
   * @param type the target type
   * @param maxProblems the most problems to record
   * @param <T> the value type
   * @return the value and the problems
   */
  @Override
  public <T> Collected<T> readCollecting(byte[] json, Class<T> type, int maxProblems) {
    return readCollecting(json, typeOf(Objects.requireNonNull(type, "type")), maxProblems);
  }

  /**
   * Reads a value of a Jackson type, recording every problem; see {@link #readCollecting(byte[],
   * Class, int)}.
   *
   * @param json the document
   * @param type the target type
   * @param maxProblems the most problems to record
   * @param <T> the value type
   * @return the value and the problems
   */
  <T> Collected<T> readCollecting(byte[] json, JavaType type, int maxProblems) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    ProblemCollector collector = new ProblemCollector(maxProblems, declared(type));
    if (json.length > limits.maxDocumentBytes()) {
      return fatal(collector, new Problem(CoreError.JSON_TOO_LARGE, "", null, null), json.length);
    }
    Problem encoding = encoding(json);
    if (encoding != null) {
      return fatal(collector, encoding, json.length);
    }
    ObjectReader reader =
        collectingReader(type)
            .withHandler(collector)
            .withAttribute(ProblemCollector.ATTRIBUTE, collector);
    JsonParser parser = null;
    try {
      parser = reader.createParser(json);
      if (parser.nextToken() == null) {
        return fatal(collector, new Problem(CoreError.JSON_EMPTY, "", null, null), json.length);
      }
      T value = reader.readValue(parser);
      if (value == null && collector.problems().isEmpty()) {
        return fatal(collector, new Problem(CoreError.JSON_MISSING_VALUE, "", null, null), json.length);
      }
      Problem trailing = trailing(parser);
      if (trailing != null) {
        return fatal(collector, trailing, json.length);
      }
      return new Collected<>(value, collector.problems(), collector.limitReached(), collector.replacedPaths());
    } catch (ProblemLimitReached e) {
      collector.markLimitReached();
      return new Collected<>(null, collector.problems(), true, collector.replacedPaths());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      if (findLimit(e)) {
        collector.markLimitReached();
        return new Collected<>(null, collector.problems(), true, collector.replacedPaths());
      }
      return fatal(collector, translate(e, parser, collector.declared()), sizeOf(parser, json.length));
    } finally {
      closeQuietly(parser);
    }
  }

  private static boolean findLimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProblemLimitReached) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static <T> Collected<T> fatal(ProblemCollector collector, Problem problem, long size) {
    JsonLog.rejected(problem.code(), problem.path(), size);
    List<Problem> all = new java.util.ArrayList<>(collector.problems());
    all.add(problem);
    return new Collected<>(null, List.copyOf(all), collector.limitReached(), collector.replacedPaths());
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a value as UTF-8 JSON.
   *
   * @param value the value
   * @return the bytes
   * @throws IllegalArgumentException if the value cannot be written
   */
  public byte[] write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return strict.writeValueAsBytes(value);
    } catch (JacksonException e) {
      throw writeFailure(value, e);
    }
  }

  /**
   * Writes a value as a JSON string.
   *
   * @param value the value
   * @return the JSON text
   * @throws IllegalArgumentException if the value cannot be written
   */
  public String writeString(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return strict.writeValueAsString(value);
    } catch (JacksonException e) {
      throw writeFailure(value, e);
    }
  }

  private static IllegalArgumentException writeFailure(Object value, JacksonException e) {
    // messages of write failures may quote values; only definition problems (about the type) are kept
    Throwable cause = e instanceof InvalidDefinitionException ? e : null;
    return new IllegalArgumentException(
        "cannot write " + value.getClass().getName() + " as JSON (" + e.getClass().getSimpleName() + ")", cause);
  }

  // ---------------------------------------------------------------- helpers

  private static Problem translate(Throwable e, JsonParser parser, Set<String> declared) {
    if (!(e instanceof JacksonException) && !(e instanceof eu.barrier.core.BarrierException) && !(e instanceof Error)) {
      JsonLog.unexpectedFailure(e.getClass());
    }
    Problem p = JsonProblems.classify(e, parser, declared);
    String original = e instanceof JacksonException je ? je.getOriginalMessage() : null;
    if (original != null && original.startsWith("Trailing token")) {
      return new Problem(CoreError.JSON_TRAILING_DATA, "", null, null);
    }
    if (original != null && original.startsWith("No content to map")) {
      return new Problem(CoreError.JSON_EMPTY, "", null, null);
    }
    return p;
  }

  private static JsonFormatException reject(Problem problem, long size) {
    JsonLog.rejected(problem.code(), problem.path(), size);
    return new JsonFormatException(problem.code(), problem.path(), problem.valueRule(), problem.safeCause());
  }

  private static long sizeOf(JsonParser parser, long known) {
    if (known >= 0 || parser == null) {
      return known;
    }
    try {
      return parser.currentLocation().getByteOffset();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private static void closeQuietly(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (RuntimeException ignored) {
        // closing releases buffers only; the caller's stream is not closed (AUTO_CLOSE_SOURCE off)
      }
    }
  }

  // ---------------------------------------------------------------- the mapper settings

  private static JsonMapper build(JsonLimits limits, boolean collecting) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentBytes())
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(limits.maxNameLength())
                    .maxTokenCount(limits.maxTokenCount())
                    .build())
            .streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(limits.maxNestingDepth()).build())
            // Jackson's messages are never shown, but keep input out of them anyway
            .errorReportConfiguration(
                ErrorReportConfiguration.builder().maxErrorTokenLength(0).maxRawContentLength(0).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.IGNORE_UNDEFINED)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // plain RFC 8259 JSON only
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .disable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
            .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .disable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
            .disable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
            .disable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .disable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .disable(JsonReadFeature.ALLOW_RS_CONTROL_CHAR)
            .build();

    JsonMapper.Builder builder =
        JsonMapper.builder(factory)
            // reading: fail on anything not declared or not exact
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
            .enable(DeserializationFeature.WRAP_EXCEPTIONS)
            // absent properties are null (Jakarta validation decides what is required)
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
            .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
            .disable(DeserializationFeature.UNWRAP_ROOT_VALUE)
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            // enums by their exact JSON id only (see EnumIdModule)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
            .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
            .disable(EnumFeature.WRITE_ENUMS_USING_INDEX)
            .disable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            // no coercion between scalar types, no case-insensitive matching
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES)
            // records keep their component order
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(MapperFeature.REQUIRE_TYPE_ID_FOR_SUBTYPES)
            // java.time as ISO-8601 strings, in UTC
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DATE_KEYS_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DATES_WITH_ZONE_ID)
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .defaultTimeZone(TimeZone.getTimeZone("UTC"))
            .defaultLeniency(Boolean.FALSE)
            // writing: deterministic, nulls and empty Optionals omitted
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRAP_ROOT_VALUE)
            .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(SerializationFeature.FAIL_ON_SELF_REFERENCES)
            .changeDefaultPropertyInclusion(
                v -> JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            // a null inside an array is rejected; a null property stays null
            .changeDefaultNullHandling(v -> JsonSetter.Value.construct(Nulls.DEFAULT, Nulls.FAIL))
            // never polymorphic by class name, never default typing
            .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
            .deactivateDefaultTyping()
            .addModule(new StrictJavaTimeModule())
            .addModule(new FiniteNumberModule())
            .addModule(new IdentifierModule())
            .addModule(new EnumIdModule());
    strictCoercion(builder);
    if (collecting) {
      builder.addModule(new CollectingModule());
    }
    return builder.build();
  }

  /** A JSON value of one type is never converted into another (no "1" for 1, no 1.5 for 1, no "" for null). */
  private static void strictCoercion(JsonMapper.Builder builder) {
    builder.withCoercionConfigDefaults(
        c -> c.setAcceptBlankAsEmpty(Boolean.FALSE)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail));
    for (LogicalType type :
        new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.Textual,
          LogicalType.Enum, LogicalType.DateTime, LogicalType.OtherScalar}) {
      builder.withCoercionConfig(
          type,
          c -> {
            for (CoercionInputShape shape : CoercionInputShape.values()) {
              c.setCoercion(shape, CoercionAction.Fail);
            }
          });
    }
  }
}
