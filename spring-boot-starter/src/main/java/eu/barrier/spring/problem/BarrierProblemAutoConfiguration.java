package eu.barrier.spring.problem;

import eu.barrier.spring.BarrierAutoConfiguration;
import org.apiguardian.api.API;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link BoundaryProblems} in a servlet (Spring MVC) web application, unless {@code
 * barrier.problems.enabled=false} or the application declares its own bean of that type.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@AutoConfiguration(after = BarrierAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.http.ProblemDetail")
@ConditionalOnProperty(prefix = "barrier.problems", name = "enabled", havingValue = "true", matchIfMissing = true)
public class BarrierProblemAutoConfiguration {

  /** Creates the configuration; Spring Boot does this when the starter is on the class path. */
  public BarrierProblemAutoConfiguration() {}

  /**
   * The advice that answers Boundary violations as RFC 9457 problems.
   *
   * @return the advice
   */
  @Bean
  @ConditionalOnMissingBean
  public BoundaryProblems barrierBoundaryProblems() {
    return new BoundaryProblems();
  }
}
