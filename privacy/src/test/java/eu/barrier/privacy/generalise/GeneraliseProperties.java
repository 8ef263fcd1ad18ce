package eu.barrier.privacy.generalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

final class GeneraliseProperties {

  @Property
  void datePeriod_containsItsDate_andAllDatesOfThePeriodShareIt(@ForAll("dates") LocalDate d, @ForAll DateGranularity g) {
    DatePeriod p = DatePeriod.of(d, g);
    assertThat(p.contains(d)).isTrue();
    assertThat(DatePeriod.of(p.start(), g)).isEqualTo(p);
    assertThat(DatePeriod.of(p.end(), g)).isEqualTo(p);
    assertThat(DatePeriod.of(p.end().plusDays(1), g)).isNotEqualTo(p);
  }

  @Property
  void ageBands_bandOf_containsAge(@ForAll("ages") int age) {
    AgeBand b = AgeBands.DEFAULT.bandOf(age);
    assertThat(b.contains(age)).isTrue();
    assertThat(AgeBands.DEFAULT.bands().stream().filter(x -> x.contains(age)).count()).isEqualTo(1);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 30).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<Integer> ages() {
    return Arbitraries.integers().between(0, 130);
  }
}
