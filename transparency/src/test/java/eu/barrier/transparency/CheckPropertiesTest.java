package eu.barrier.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** {@link Transparency#check(byte[])} never throws: every problem is a finding. */
final class CheckPropertiesTest {

  private static final TransparencyDocuments DOCUMENTS = Transparency.generate(Fixtures.deployment().build());

  @Property(tries = 300)
  void check_arbitraryBytes_neverThrows(@ForAll @Size(max = 300) byte[] bytes) {
    CheckReport report = Transparency.check(bytes);
    assertThat(report.isValid()).isFalse();
  }

  @Property(tries = 300)
  void check_corruptedGeneratedDocument_neverThrows(@ForAll @IntRange(min = 0, max = 3) int which,
      @ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll byte value, @ForAll boolean truncate) {
    byte[] doc = switch (which) {
      case 0 -> DOCUMENTS.registerRecord();
      case 1 -> DOCUMENTS.supplierTemplate();
      case 2 -> DOCUMENTS.dpiaPrefill();
      default -> DOCUMENTS.iamaPrefill();
    };
    int i = at % doc.length;
    byte[] corrupt = truncate ? Arrays.copyOf(doc, i) : doc.clone();
    if (!truncate) {
      corrupt[i] = value;
    }
    CheckReport report = Transparency.check(corrupt);
    assertThat(report.findings()).allMatch(f -> f.path() != null);
  }
}
