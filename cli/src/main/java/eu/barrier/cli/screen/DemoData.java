package eu.barrier.cli.screen;

import eu.barrier.workbench.synthetic.CityGenerator;
import eu.barrier.workbench.synthetic.SyntheticCity;
import eu.barrier.workbench.synthetic.SyntheticFiles;
import eu.barrier.workbench.synthetic.SyntheticParameters;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The built-in demo data set of {@code barrier screen --demo}: a Genk-sized synthetic city made by
 * the workbench generator ({@link CityGenerator}) with a fixed seed, so every run sees the same
 * establishments and observations. Nothing in it is real: invented names, synthetic numbers with
 * valid check digits in ranges clear of issued ones, illustrative (not empirical) rates.
 */
public final class DemoData {

  /** The seed of the demo city (the year CONFINE started in Genk). */
  public static final long SEED = 2017;

  /** The number of establishments of the demo city. */
  public static final int ESTABLISHMENTS = 500;

  /** The label on every output of the demo. */
  public static final String DEMO_LABEL = "DEMO DATA — synthetic";

  /** The notice on every demo output. */
  public static final String NOTICE = DEMO_LABEL + ": a Genk-like city invented by the generator "
      + CityGenerator.GENERATOR + " (seed " + SEED + ", " + ESTABLISHMENTS + " establishments); no real establishment, "
      + "person or key. Do not act on it.";

  private DemoData() {}

  /**
   * Returns the parameters of the demo city.
   *
   * @return the parameters
   */
  public static SyntheticParameters parameters() {
    return SyntheticParameters.defaults(SEED, ESTABLISHMENTS);
  }

  /**
   * Returns the reference date of the demo city.
   *
   * @return the date
   */
  public static LocalDate asOf() {
    return parameters().asOf();
  }

  /**
   * Generates the demo city and writes it in the formats of {@code barrier synth}.
   *
   * @param directory where to write
   * @throws IOException if writing fails
   */
  public static void write(Path directory) throws IOException {
    SyntheticCity city = CityGenerator.generate(parameters());
    SyntheticFiles.write(city, directory);
  }
}
