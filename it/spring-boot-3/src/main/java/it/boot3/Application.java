package it.boot3;

import it.scenario.PermitApplication;
import it.scenario.Scenario;
import java.util.Map;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot 3.5.7 application: Boot's own JSON mapper, and Barrier beside it. */
@SpringBootApplication
public class Application {

  /**
   * Starts the application, which runs the scenario once and stops.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    SpringApplication.run(Application.class, args).close();
  }

  /**
   * Writes with Boot's mapper, then runs the scenario.
   *
   * @param mapper the mapper Spring Boot configured
   * @return the runner
   */
  @Bean
  CommandLineRunner scenario(com.fasterxml.jackson.databind.ObjectMapper mapper) {
    return args -> {
      System.out.println("spring-boot-3: Boot's " + mapper.getClass().getName() + " wrote "
          + mapper.writeValueAsString(Map.of("system", "permits")));
      Scenario.runMain("spring-boot-3", PermitApplication.class);
    };
  }
}
