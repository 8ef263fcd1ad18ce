/**
 * Indicator catalogues as data: versioned, multilingual lists of signals with provenance.
 *
 * <p>Start with {@link eu.barrier.indicators.catalogue.Catalogues}: {@code
 * Catalogues.builtIn("ilo-2009-adult-labour")} returns a built-in {@link
 * eu.barrier.indicators.catalogue.Catalogue}, {@code Catalogues.load(InputStream)} reads one
 * strictly and throws only {@link eu.barrier.indicators.catalogue.CatalogueFormatException}, and
 * {@link eu.barrier.indicators.catalogue.CatalogueLint} checks one, including the rule that no
 * protected characteristic (nationality, ethnicity, religion, language, origin, or a proxy) feeds
 * an automated score. The format is documented in {@code docs/catalogue-format.md}.
 *
 * <p>Person-level catalogues (ILO indicators, which need an interview) and business-level
 * catalogues (signals a municipality can observe) are separate and never mixed in one score.
 * Indicators are signals for review, never decisions.
 *
 * <p>Stability: experimental until 1.0.
 */
package eu.barrier.indicators.catalogue;
