package eu.barrier.core;

import static eu.barrier.core.testing.ModelValidation.paths;
import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.address.Address;
import eu.barrier.core.establishment.Establishment;
import eu.barrier.core.establishment.Organisation;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.person.Person;
import eu.barrier.core.testing.ModelArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated valid domain objects are valid, and survive write then read unchanged. */
final class ModelJsonProperties {

  static final BarrierJson JSON = BarrierJson.create();

  static <T> void roundTrips(T value, Class<T> type) {
    assertThat(paths(value)).as("generated value must be valid").isEmpty();
    String text = JSON.writeString(value);
    assertThat(text).doesNotContain("Valid\"").doesNotContain("Consistent\"")
        .doesNotContain("Ordered\"").doesNotContain("Single");
    T back = JSON.read(text, type);
    assertThat(back).isEqualTo(value);
    assertThat(JSON.writeString(back)).isEqualTo(text);
  }

  @Provide
  Arbitrary<Address> address() {
    return Arbitraries.oneOf(ModelArbitraries.belgianAddress(), ModelArbitraries.dutchAddress());
  }

  @Property
  void address_writeThenRead_equal(@ForAll("address") Address address) {
    roundTrips(address, Address.class);
  }

  @Provide
  Arbitrary<Organisation> organisation() {
    return ModelArbitraries.organisation();
  }

  @Property
  void organisation_writeThenRead_equal(@ForAll("organisation") Organisation organisation) {
    roundTrips(organisation, Organisation.class);
  }

  @Provide
  Arbitrary<Establishment> establishment() {
    return ModelArbitraries.establishment();
  }

  @Property
  void establishment_writeThenRead_equal(@ForAll("establishment") Establishment establishment) {
    roundTrips(establishment, Establishment.class);
  }

  @Provide
  Arbitrary<Person> person() {
    return ModelArbitraries.person();
  }

  @Property
  void person_writeThenRead_equal(@ForAll("person") Person person) {
    roundTrips(person, Person.class);
  }

  @Provide
  Arbitrary<Observation> observation() {
    return ModelArbitraries.observation();
  }

  @Property
  void observation_writeThenRead_equal(@ForAll("observation") Observation observation) {
    roundTrips(observation, Observation.class);
  }
}
