package eu.barrier.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.testing.ModelValidation;
import jakarta.validation.ConstraintViolation;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class BagIdConstraintTest {

  record Holder(@ValidBagId String bag) {}

  @Test
  void validBagId_validAndNull_pass() {
    assertThat(ModelValidation.validator().validate(new Holder("0629200000004591"))).isEmpty();
    assertThat(ModelValidation.validator().validate(new Holder(null))).isEmpty();
  }

  @Test
  void validBagId_unknownObjectType_failsWithTheRuleNotTheValue() {
    Set<ConstraintViolation<Holder>> v = ModelValidation.validator().validate(new Holder("0629400000004591"));

    assertThat(v).singleElement().satisfies(c -> {
      assertThat(c.getMessage()).contains("BAG").doesNotContain("0629400000004591");
      assertThat(c.getPropertyPath()).hasToString("bag");
    });
  }
}
