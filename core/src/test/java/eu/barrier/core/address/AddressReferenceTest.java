package eu.barrier.core.address;

import static eu.barrier.core.testing.ModelValidation.paths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

final class AddressReferenceTest {

  @Test
  void oslo_digits_validReference() {
    AddressReference ref = AddressReference.oslo("3706808", "2023-11-02T10:11:12+01:00");
    assertThat(ref.namespace()).isEqualTo(AddressReference.OSLO_ADDRESS_NAMESPACE);
    assertThat(paths(ref)).isEmpty();
  }

  @Test
  void oslo_nonDigitObjectId_throwsWithoutEchoingValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AddressReference.oslo("12ab34", null))
        .withMessageNotContaining("12ab34");
  }

  @Test
  void best_brusselsNamespace_validReference() {
    AddressReference ref = AddressReference.best("BE.BRUSSELS.BRIC.ADM.ADDR", "1234567", "2");
    assertThat(paths(ref)).isEmpty();
    assertThat(ref.isBag()).isFalse();
  }

  @Test
  void best_lowerCaseNamespace_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AddressReference.best("be.brussels", "1", null));
  }

  @Test
  void bagNummeraanduiding_typeCode20_validReference() {
    AddressReference ref = AddressReference.bagNummeraanduiding("0629200000004591");
    assertThat(ref.isBag()).isTrue();
    assertThat(ref.versionId()).isNull();
    assertThat(paths(ref)).isEmpty();
  }

  @Test
  void bagNummeraanduiding_verblijfsobjectTypeCode01_throwsWithoutEchoingValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AddressReference.bagNummeraanduiding("0629010000004591"))
        .withMessageContaining("16 digits")
        .withMessageNotContaining("0629010000004591");
  }

  @Test
  void bagNummeraanduiding_wrongLength_throws() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AddressReference.bagNummeraanduiding("062920000000459"));
  }

  @Test
  void validate_bagNamespaceWithBadObjectId_reportsObjectIdValid() {
    AddressReference ref =
        new AddressReference(AddressReference.BAG_NUMMERAANDUIDING_NAMESPACE, "0629010000004591", null);
    assertThat(paths(ref)).containsExactly("objectIdValid");
  }

  @Test
  void validate_osloNamespaceWithLetters_reportsObjectIdValid() {
    AddressReference ref = new AddressReference(AddressReference.OSLO_ADDRESS_NAMESPACE, "x1", null);
    assertThat(paths(ref)).containsExactly("objectIdValid");
  }

  @Test
  void validate_missingNamespaceAndObjectId_reportsBoth() {
    assertThat(paths(new AddressReference(null, null, null)))
        .containsExactly("namespace", "objectId");
  }

  @Test
  void validate_blankVersionAndSpacedNamespace_reportsBoth() {
    assertThat(paths(new AddressReference("a b", "1", " ")))
        .containsExactly("namespace", "versionId");
  }

  @Test
  void toString_anyReference_showsNamespaceOnly() {
    AddressReference ref = AddressReference.bagNummeraanduiding("0629200000004591");
    assertThat(ref.toString())
        .contains(AddressReference.BAG_NUMMERAANDUIDING_NAMESPACE)
        .contains("redacted")
        .doesNotContain("0629200000004591");
  }
}
