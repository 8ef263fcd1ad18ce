package eu.barrier.cases.profile;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.cases.CaseException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The profile reader documents one failure type: {@link CaseException}. */
final class JurisdictionProfileProperties {

  private static final JurisdictionProfile NL = JurisdictionProfile.builtIn("nl-bibob");

  @Property(tries = 300)
  void read_anyTruncationOrByteFlip_failsOnlyWithACaseException(@ForAll @IntRange(min = 0, max = 100_000) int at,
      @ForAll @IntRange(min = 0, max = 255) int value) {
    byte[] json = NL.toJson();
    int i = at % json.length;
    byte[] flipped = json.clone();
    flipped[i] = (byte) value;
    for (byte[] doc : List.of(java.util.Arrays.copyOf(json, i), flipped)) {
      try {
        JurisdictionProfile.read(doc);
      } catch (CaseException e) {
        assertThat(e.getMessage()).startsWith("BARRIER-CASE-000");
      }
    }
  }
}
