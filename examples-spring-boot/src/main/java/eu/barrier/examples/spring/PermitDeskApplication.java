package eu.barrier.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the permit desk: {@code POST /establishments/screen} and {@code POST
 * /establishments/pseudonymise} (see {@link PermitDeskController}).
 *
 * <p>Key sets come only from a file, never from a property value: start it with {@code
 * --barrier.keys.location=/path/to/genk.keys.json} (a file {@code barrier keys generate} wrote,
 * readable by its owner only) to enable pseudonymisation.
 */
@SpringBootApplication
public class PermitDeskApplication {

  /** Created by Spring. */
  public PermitDeskApplication() {}

  /**
   * Runs the web application.
   *
   * @param args Spring Boot's arguments, for example {@code --server.port=8080}
   */
  public static void main(String[] args) {
    SpringApplication.run(PermitDeskApplication.class, args);
  }
}
