package eu.barrier.transparency;

import eu.barrier.core.Language;
import eu.barrier.core.output.OutputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The accountability documents of one deployment, made by {@link Transparency#generate(Deployment)}.
 * Each JSON document passed {@link Transparency#check(byte[])} before it was returned. The same
 * deployment gives the same bytes.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class TransparencyDocuments {

  /** File name of the Algoritmeregister record. */
  public static final String REGISTER_RECORD = "algoritmeregister.json";
  /** File name of the supplier template. */
  public static final String SUPPLIER_TEMPLATE = "algoritmeregister-template.json";
  /** File name of the DPIA prefill file. */
  public static final String DPIA_PREFILL = "dpia-prefill.json";
  /** File name of the IAMA prefill file. */
  public static final String IAMA_PREFILL = "iama-prefill.json";
  /** File name of the model card. */
  public static final String MODEL_CARD = "model-card.html";

  /** The files {@link #writeTo} writes, in order. */
  public static final List<String> FILES = List.of(REGISTER_RECORD, SUPPLIER_TEMPLATE, DPIA_PREFILL, IAMA_PREFILL,
      MODEL_CARD);

  private final byte[] registerRecord;
  private final byte[] supplierTemplate;
  private final byte[] dpiaPrefill;
  private final byte[] iamaPrefill;
  private final Map<Language, String> modelCards;

  TransparencyDocuments(byte[] registerRecord, byte[] supplierTemplate, byte[] dpiaPrefill, byte[] iamaPrefill,
      Map<Language, String> modelCards) {
    this.registerRecord = registerRecord;
    this.supplierTemplate = supplierTemplate;
    this.dpiaPrefill = dpiaPrefill;
    this.iamaPrefill = iamaPrefill;
    this.modelCards = new EnumMap<>(modelCards);
  }

  /**
   * Returns the Algoritmeregister record, publication standard 1.0, in Dutch.
   *
   * @return a copy of the UTF-8 JSON bytes
   */
  public byte[] registerRecord() {
    return registerRecord.clone();
  }

  /**
   * Returns the supplier template: the record without organisation and contact, with an id, in an
   * array, for municipalities to import and finish.
   *
   * @return a copy of the UTF-8 JSON bytes
   */
  public byte[] supplierTemplate() {
    return supplierTemplate.clone();
  }

  /**
   * Returns the DPIA prefill file ({@code urn:nl:dpia:3.0}).
   *
   * @return a copy of the UTF-8 JSON bytes
   */
  public byte[] dpiaPrefill() {
    return dpiaPrefill.clone();
  }

  /**
   * Returns the IAMA prefill file ({@code urn:nl:iama:2.0}).
   *
   * @return a copy of the UTF-8 JSON bytes
   */
  public byte[] iamaPrefill() {
    return iamaPrefill.clone();
  }

  /**
   * Returns the model card in a language.
   *
   * @param language Dutch, French or English
   * @return the self-contained HTML page
   */
  public String modelCard(Language language) {
    return modelCards.get(Objects.requireNonNull(language, "language"));
  }

  /**
   * Writes the five files into a directory: {@value #REGISTER_RECORD}, {@value #SUPPLIER_TEMPLATE},
   * {@value #DPIA_PREFILL}, {@value #IAMA_PREFILL} and {@value #MODEL_CARD} (in the given language).
   * Existing files of these names are replaced; each file goes through core's output policy (a
   * temporary file, forced, renamed), so a failed write leaves the earlier file. Whether existing
   * files may be replaced is the caller's decision ({@link OutputFiles#checkAll} with {@link #FILES}).
   *
   * @param directory the directory; created if missing
   * @param cardLanguage the language of the model card
   * @return the files written, in that order
   * @throws IOException if the directory cannot be created
   * @throws eu.barrier.core.output.OutputException if a file cannot be written
   */
  public List<Path> writeTo(Path directory, Language cardLanguage) throws IOException {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(cardLanguage, "cardLanguage");
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    written.add(write(directory, REGISTER_RECORD, registerRecord));
    written.add(write(directory, SUPPLIER_TEMPLATE, supplierTemplate));
    written.add(write(directory, DPIA_PREFILL, dpiaPrefill));
    written.add(write(directory, IAMA_PREFILL, iamaPrefill));
    written.add(write(directory, MODEL_CARD, modelCard(cardLanguage).getBytes(StandardCharsets.UTF_8)));
    return List.copyOf(written);
  }

  private static Path write(Path directory, String name, byte[] content) {
    Path file = directory.resolve(name);
    OutputFiles.replace(file, content, OutputFiles.Access.SHARED, name);
    return file;
  }

  /**
   * Returns the sizes only; the documents may name the organisation and its contact.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "TransparencyDocuments[register " + registerRecord.length + " B, template " + supplierTemplate.length
        + " B, dpia " + dpiaPrefill.length + " B, iama " + iamaPrefill.length + " B]";
  }
}
