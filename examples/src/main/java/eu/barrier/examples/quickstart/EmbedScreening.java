package eu.barrier.examples.quickstart;

import eu.barrier.core.Language;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.ScreeningResults;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * The embedding example at the top of {@code docs/screening.md}: one screening built once, one
 * application screened at the desk, the nightly batch written as the results document.
 */
public final class EmbedScreening {

  private EmbedScreening() {}

  /**
   * Runs the example.
   *
   * @param application the establishment at the permit desk with what services observed
   * @param city every establishment of the city, read one at a time
   * @param asOf the reference date
   * @param out where to print
   * @param resultsFile where the nightly results document goes
   * @return the nightly result
   * @throws IOException if writing fails
   */
  public static ScreeningResult run(ObservedEstablishment application, Iterable<ObservedEstablishment> city,
      LocalDate asOf, PrintStream out, OutputStream resultsFile) throws IOException {
    // snippet:screening
    Screening screening = Screening.builder().build(); // barrier-admin + sector profiles, weighted model

    ScreenedEstablishment desk = screening.screen(application, asOf); // one application, now
    out.println(desk.level().label(Language.NL) + ": " + desk.reasons().size() + " reason(s)");
    desk.leading().ifPresent(a -> out.println(a.explanation(Language.NL))); // a signal, never a decision

    ScreeningResult night = screening.screenAll(city, asOf); // the nightly batch, streamed
    out.println(night.total() + " screened, " + night.establishments().size() + " with a signal");
    ScreeningResults.write(night, Language.NL, resultsFile); // the published results document
    // end:screening
    return night;
  }
}
