package it.starter;

import eu.barrier.core.validation.Boundary;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.screening.Screening;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web application of both starter consumers (it/spring-boot-4-starter on Boot 4.0.7,
 * it/spring-boot-3-starter on Boot 3.5.7): the scenario with the starter's beans.
 */
@SpringBootApplication
@RestController
public class StarterApplication {

  private final Boundary boundary;

  /**
   * Takes the starter's boundary.
   *
   * @param boundary the boundary
   */
  public StarterApplication(Boundary boundary) {
    this.boundary = boundary;
  }

  /**
   * Starts on a free port with a fresh key file, runs the scenario once and stops.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    SpringApplication.run(StarterApplication.class, "--server.port=0", StarterScenario.keyLocationArgument()).close();
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
    return args -> System.out.println("spring-boot-" + SpringBootVersion.getVersion() + " with the starter: "
        + StarterScenario.run(boundary, screening, keys, environment.getRequiredProperty("local.server.port", Integer.class)));
  }
}
