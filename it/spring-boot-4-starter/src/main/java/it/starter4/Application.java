package it.starter4;

import eu.barrier.core.validation.Boundary;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.screening.Screening;
import it.starter.StarterScenario;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A Spring Boot 4.0.7 web application with barrier-spring-boot-starter: the scenario with the starter's beans. */
@SpringBootApplication
@RestController
public class Application {

  private final Boundary boundary;

  /**
   * Takes the starter's boundary.
   *
   * @param boundary the boundary
   */
  public Application(Boundary boundary) {
    this.boundary = boundary;
  }

  /**
   * Starts on a free port with a fresh key file, runs the scenario once and stops.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    SpringApplication.run(Application.class, "--server.port=0", StarterScenario.keyLocationArgument()).close();
  }

  /**
   * Parses a permit application with the starter's Boundary.
   *
   * @param body the JSON
   * @return the key
   */
  @PostMapping("/check")
  public String check(@RequestBody byte[] body) {
    return StarterScenario.check(boundary, body);
  }

  /**
   * Runs the scenario with the starter's beans.
   *
   * @param screening the screening
   * @param keys the key set from barrier.keys.location
   * @param environment for the port
   * @return the runner
   */
  @Bean
  CommandLineRunner scenario(Screening screening, KeySet keys, Environment environment) {
    return args -> System.out.println("spring-boot-4-starter: "
        + StarterScenario.run(boundary, screening, keys, environment.getRequiredProperty("local.server.port", Integer.class)));
  }
}
