package eu.barrier.linkage.clk;

import eu.barrier.linkage.LinkageError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * CLK files as clkhash writes them: one JSON object {@code {"clks": ["<base64>", ...]}}, each CLK
 * in padded standard base64 of its bytes.
 *
 * <p>Reading streams the document (a file of millions of CLKs is never held as text) and accepts
 * exactly that shape: strict JSON, no other member, no duplicate member, nothing after the object,
 * every CLK of the same length, at most {@value #MAX_CLKS} CLKs. The only failure type is {@link
 * ClkFormatException}. Writing gives the bytes Python's {@code json.dump} gives for that object.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ClkFiles {

  /** The most CLKs in one file. */
  public static final long MAX_CLKS = 50_000_000L;

  /** The longest CLK in base64 characters (a filter of 2^24 bits). */
  public static final int MAX_CLK_CHARS = 4 * ((1 << 21) + 2) / 3;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(MAX_CLK_CHARS)
          .maxNestingDepth(4)
          .maxDocumentLength(-1)
          .build())
      .build();

  private ClkFiles() {}

  /**
   * Reads every CLK of a file, in order, into {@code sink}.
   *
   * @param json the document; read to its end, not closed
   * @param sink receives each CLK
   * @return the number of CLKs
   * @throws ClkFormatException if the document is not a CLK file
   */
  public static long read(InputStream json, Consumer<Clk> sink) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(sink, "sink");
    long count = 0;
    int bits = -1;
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      expect(p.nextToken() == JsonToken.START_OBJECT, "the document must be one JSON object");
      expect(p.nextToken() == JsonToken.PROPERTY_NAME && p.currentName().equals("clks"),
          "the object's only member is \"clks\"");
      expect(p.nextToken() == JsonToken.START_ARRAY, "\"clks\" must be an array");
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        expect(t == JsonToken.VALUE_STRING, "CLK " + count + " must be a base64 string");
        if (count == MAX_CLKS) {
          throw new ClkFormatException(LinkageError.CLK_FILE_SYNTAX, "more than " + MAX_CLKS + " CLKs");
        }
        Clk clk;
        try {
          clk = Clk.fromBase64(p.getString());
        } catch (IllegalArgumentException e) {
          throw new ClkFormatException(LinkageError.CLK_BASE64, "CLK " + count + " is not padded standard base64");
        }
        if (bits < 0) {
          bits = clk.bitLength();
        } else if (clk.bitLength() != bits) {
          throw new ClkFormatException(LinkageError.CLK_LENGTH, "CLK " + count + " has " + clk.bitLength()
              + " bits where CLK 0 has " + bits);
        }
        sink.accept(clk);
        count++;
      }
      expect(p.nextToken() == JsonToken.END_OBJECT, "the object's only member is \"clks\"");
      expect(p.nextToken() == null, "nothing may follow the object");
    } catch (JacksonException e) {
      throw new ClkFormatException(LinkageError.CLK_FILE_SYNTAX, "not strict JSON near CLK " + count);
    }
    return count;
  }

  /**
   * Reads every CLK of a file.
   *
   * @param json the document; not closed
   * @return the CLKs in order
   * @throws ClkFormatException if the document is not a CLK file
   */
  public static List<Clk> readAll(InputStream json) {
    List<Clk> clks = new ArrayList<>();
    read(json, clks::add);
    return clks;
  }

  private static void expect(boolean condition, String detail) {
    if (!condition) {
      throw new ClkFormatException(LinkageError.CLK_FILE_SYNTAX, detail);
    }
  }

  /** Writes a CLK file as a stream: {@link #add} each CLK, then {@link #close}. */
  public static final class Writer implements AutoCloseable {
    private final OutputStream out;
    private long count;
    private boolean closed;

    private Writer(OutputStream out) throws IOException {
      this.out = out;
      out.write("{\"clks\": [".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Appends a CLK.
     *
     * @param clk the CLK
     * @throws IOException if writing fails
     */
    public void add(Clk clk) throws IOException {
      if (count > 0) {
        out.write(", ".getBytes(StandardCharsets.US_ASCII));
      }
      out.write('"');
      out.write(clk.toBase64().getBytes(StandardCharsets.US_ASCII));
      out.write('"');
      count++;
    }

    /**
     * Returns how many CLKs were written.
     *
     * @return the count
     */
    public long count() {
      return count;
    }

    /**
     * Ends the document and flushes; the stream itself is not closed.
     *
     * @throws IOException if writing fails
     */
    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        out.write("]}".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
    }
  }

  /**
   * Starts writing a CLK file.
   *
   * @param out the stream; not closed
   * @return the writer
   * @throws IOException if writing fails
   */
  public static Writer writer(OutputStream out) throws IOException {
    return new Writer(Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes CLKs as one document.
   *
   * @param clks the CLKs
   * @return the document, UTF-8
   */
  public static byte[] write(List<Clk> clks) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = writer(bytes)) {
      for (Clk c : clks) {
        w.add(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
