package eu.barrier.indicators.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Mutated catalogue documents give a catalogue or a {@link CatalogueFormatException}, nothing else. */
final class CatalogueFuzzProperties {

  private static final List<byte[]> SEEDS = List.of(seed("barrier-admin"), seed("sector-carwash"),
      seed("minors-grooming"), CatalogueDocs.bytes(CatalogueDocs.minimal()));

  private static byte[] seed(String id) {
    try (InputStream in = Catalogues.class.getResourceAsStream(BuiltIns.resource(id, BuiltIns.latest(id).orElseThrow()))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertOnlyDocumentedOutcome(byte[] document) {
    for (boolean draft : new boolean[] {true, false}) {
      try {
        Catalogue catalogue = draft ? Catalogues.loadDraft(new ByteArrayInputStream(document))
            : Catalogues.load(new ByteArrayInputStream(document));
        assertThat(catalogue.id()).isNotBlank();
        assertThat(CatalogueLint.check(catalogue)).isNotNull();
      } catch (CatalogueFormatException e) {
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.code()).startsWith("BARRIER-IND-");
      }
    }
  }

  @Property(tries = 300)
  void load_byteMutations_giveCatalogueOrFormatException(@ForAll("byteMutations") byte[] document) {
    assertOnlyDocumentedOutcome(document);
  }

  @Property(tries = 300)
  void load_treeMutations_giveCatalogueOrFormatException(@ForAll("treeMutations") byte[] document) {
    assertOnlyDocumentedOutcome(document);
  }

  @Property(tries = 100)
  void load_arbitraryText_givesCatalogueOrFormatException(@ForAll byte[] document) {
    assertOnlyDocumentedOutcome(document);
  }

  @Provide
  Arbitrary<byte[]> byteMutations() {
    Arbitrary<byte[]> seed = Arbitraries.of(SEEDS);
    return Combinators.combine(seed, Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 1),
        Arbitraries.integers().between(0, 255), Arbitraries.integers().between(1, 40)).as((bytes, kind, at, value, length) -> {
          int position = (int) (at * bytes.length);
          switch (kind) {
            case 0: { // flip one byte
              byte[] copy = bytes.clone();
              copy[Math.min(position, copy.length - 1)] = (byte) value.intValue();
              return copy;
            }
            case 1: { // truncate
              return java.util.Arrays.copyOf(bytes, position);
            }
            case 2: { // delete a run
              int end = Math.min(bytes.length, position + length);
              byte[] copy = new byte[bytes.length - (end - position)];
              System.arraycopy(bytes, 0, copy, 0, position);
              System.arraycopy(bytes, end, copy, position, bytes.length - end);
              return copy;
            }
            default: { // duplicate a run
              int end = Math.min(bytes.length, position + length);
              byte[] copy = new byte[bytes.length + (end - position)];
              System.arraycopy(bytes, 0, copy, 0, end);
              System.arraycopy(bytes, position, copy, end, bytes.length - position);
              return copy;
            }
          }
        });
  }

  @Provide
  Arbitrary<byte[]> treeMutations() {
    Arbitrary<JsonNode> replacement = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30).map(JsonNodeFactory.instance::stringNode),
        Arbitraries.integers().map(JsonNodeFactory.instance::numberNode),
        Arbitraries.of(true, false).map(JsonNodeFactory.instance::booleanNode),
        Arbitraries.just(JsonNodeFactory.instance.nullNode()),
        Arbitraries.just(JsonNodeFactory.instance.arrayNode()),
        Arbitraries.just(JsonNodeFactory.instance.objectNode()),
        Arbitraries.of("permit-desk", "strong", "provisional", "DR", "housing", "person", "reference-only",
            "Nationality", "1.0.0", "ADM-01", "barrier-admin/ADM-01").map(JsonNodeFactory.instance::stringNode));
    return Combinators.combine(Arbitraries.of(SEEDS), Arbitraries.integers().between(0, 10_000),
        Arbitraries.of(true, false), replacement).as((bytes, pick, remove, value) -> {
          JsonNode root = CatalogueDocs.MAPPER.readTree(bytes);
          List<JsonNode> containers = new java.util.ArrayList<>();
          collect(root, containers);
          JsonNode target = containers.get(pick % containers.size());
          if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = List.copyOf(object.propertyNames());
            String name = names.get(pick % names.size());
            if (remove) {
              object.remove(name);
            } else {
              object.set(name, value);
            }
          } else if (target instanceof ArrayNode array && array.size() > 0) {
            if (remove) {
              array.remove(pick % array.size());
            } else {
              array.set(pick % array.size(), value);
            }
          }
          return CatalogueDocs.bytes(root);
        });
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainer()) {
      out.add(node);
      for (JsonNode child : node.values()) {
        collect(child, out);
      }
    }
  }
}
