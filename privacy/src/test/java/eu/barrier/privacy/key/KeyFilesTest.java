package eu.barrier.privacy.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.CoreError;
import eu.barrier.core.input.InputException;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.SecretAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class KeyFilesTest {

  private static final SecretAccess ACCESS = InsecureSecretAccess.get();
  private static final SecureRandom RANDOM = new SecureRandom();

  private static List<String> secrets(PartyKeyBundle bundle) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    List<String> out = new ArrayList<>();
    out.add(b64.encodeToString(bundle.partyKeys().signingKey(ACCESS).toByteArray(ACCESS)));
    out.add(b64.encodeToString(bundle.partyKeys().encryptionKey(ACCESS).toByteArray(ACCESS)));
    bundle.keySet().keys().forEach(k -> k.material(ACCESS).ifPresent(m -> out.add(b64.encodeToString(m.toByteArray(ACCESS)))));
    return out;
  }

  @Test
  void saveThenRead_roundTripsTheKeys(@TempDir Path dir) throws IOException {
    PartyKeyBundle bundle = PartyKeyBundle.generate("gemeente-genk", RANDOM);
    Path file = dir.resolve("genk.keys.json");

    KeyFiles.save(file, bundle, ACCESS);
    PartyKeyBundle back = KeyFiles.read(file, ACCESS);

    assertThat(back.publicKeys()).isEqualTo(bundle.publicKeys());
    assertThat(secrets(back)).containsExactlyElementsOf(secrets(bundle));
  }

  @Test
  void read_fileTheGroupCanRead_isRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("genk.keys.json");
    KeyFiles.save(file, PartyKeyBundle.generate("gemeente-genk", RANDOM), ACCESS);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    InputException e = catchThrowableOfType(InputException.class, () -> KeyFiles.read(file, ACCESS));

    assertThat(e.error()).isEqualTo(CoreError.INPUT_OPEN_TO_OTHERS);
    assertThat(e.getMessage()).contains("keys file").doesNotContain(dir.toString());
  }

  @Test
  void read_notAKeysFile_isKeySetException(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("genk.keys.json");
    KeyFiles.save(file, PartyKeyBundle.generate("gemeente-genk", RANDOM), ACCESS);
    Files.writeString(file, "{\"format\":\"barrier-keys/2\"}");

    KeySetException e = catchThrowableOfType(KeySetException.class, () -> KeyFiles.read(file, ACCESS));

    assertThat(e.error()).isEqualTo(PrivacyError.KEYS_FILE);
  }

  @Test
  void writeThenParse_roundTripsBothParts() {
    PartyKeyBundle bundle = PartyKeyBundle.generate("gemeente-genk", RANDOM);

    String text = KeyFiles.write(bundle, ACCESS);
    PartyKeyBundle back = KeyFiles.parse(text, ACCESS);

    assertThat(text).startsWith("{\"exchange\":{").contains("\"format\":\"barrier-keys/1\"").endsWith("}\n");
    assertThat(back.partyId()).isEqualTo("gemeente-genk");
    assertThat(back.publicKeys()).isEqualTo(bundle.publicKeys());
    assertThat(back.keySet().info()).isEqualTo(bundle.keySet().info());
    assertThat(secrets(back)).containsExactlyElementsOf(secrets(bundle));
    assertThat(KeyFiles.write(back, ACCESS)).isEqualTo(text);
  }

  @Test
  void writePublic_holdsNoSecretBytes_andParsesAsPartyPublicKeys() {
    PartyKeyBundle bundle = PartyKeyBundle.generate("ariec-limburg", RANDOM);

    String text = KeyFiles.writePublic(bundle);

    assertThat(PartyKeyFiles.parsePublic(text)).isEqualTo(bundle.publicKeys());
    assertThat(text).doesNotContain("privateKey").doesNotContain("material");
    assertThat(secrets(bundle)).hasSize(3).allSatisfy(s -> assertThat(text).doesNotContain(s));
    assertThat(bundle.toString()).satisfies(s -> secrets(bundle).forEach(x -> assertThat(s).doesNotContain(x)));
  }

  @Test
  void parse_partsOfAnotherParty_isKeysFile() {
    PartyKeyBundle genk = PartyKeyBundle.generate("gemeente-genk", RANDOM);
    String text = KeyFiles.write(genk, ACCESS).replace("\"party\":\"gemeente-genk\",\"pseudonym\"",
        "\"party\":\"gemeente-hasselt\",\"pseudonym\"");

    KeySetException e = catchThrowableOfType(KeySetException.class, () -> KeyFiles.parse(text, ACCESS));

    assertThat(e.error()).isEqualTo(PrivacyError.KEYS_FILE);
  }

  @Test
  void parse_errorInsideAPart_keepsItsCodeWithTheWrapperPath() {
    String text = KeyFiles.write(PartyKeyBundle.generate("gemeente-genk", RANDOM), ACCESS)
        .replace("\"status\":\"PRIMARY\"", "\"status\":\"BROKEN\"");

    KeySetException e = catchThrowableOfType(KeySetException.class, () -> KeyFiles.parse(text, ACCESS));

    assertThat(e.error()).isEqualTo(PrivacyError.KEYSET_STATUS);
    assertThat(e.getMessage()).contains("at /pseudonym/keys/0/status");
  }

  @Test
  void parse_wrongWrapper_isKeysFileOrSyntax() {
    String ok = KeyFiles.write(PartyKeyBundle.generate("gemeente-genk", RANDOM), ACCESS);

    assertThat(catchThrowableOfType(KeySetException.class,
        () -> KeyFiles.parse(ok.replace("barrier-keys/1", "barrier-keys/2"), ACCESS)).error())
        .isEqualTo(PrivacyError.KEYS_FILE);
    assertThat(catchThrowableOfType(KeySetException.class,
        () -> KeyFiles.parse(ok.replace("\"format\"", "\"extra\":1,\"format\""), ACCESS)).error())
        .isEqualTo(PrivacyError.KEYS_FILE);
    assertThat(catchThrowableOfType(KeySetException.class, () -> KeyFiles.parse("{", ACCESS)).error())
        .isEqualTo(PrivacyError.KEYSET_SYNTAX);
    assertThat(catchThrowableOfType(KeySetException.class,
        () -> KeyFiles.parse(KeySets.write(KeySet.generate(RANDOM), ACCESS), ACCESS)).error())
        .isEqualTo(PrivacyError.KEYS_FILE);
  }
}
