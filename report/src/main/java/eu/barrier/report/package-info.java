/**
 * The report kit: everything a Barrier report needs to be one self-contained, deterministic HTML
 * file that a Dutch, French or English reader cannot misread.
 *
 * <ul>
 *   <li>{@link eu.barrier.report.HtmlPage}: the page skeleton (strict content security policy,
 *       title, inline style sheet from a resource file, notice banner, header, sections, footer);
 *   <li>{@link eu.barrier.report.SvgChart}: inline SVG charts (frame, axes, lines, dots, reference
 *       lines, bars, labels, legend);
 *   <li>{@link eu.barrier.report.Html}: escaping of text for HTML and SVG;
 *   <li>{@link eu.barrier.report.Numbers}: figures with the language's decimal separator, and
 *       plain numbers for machines;
 *   <li>{@link eu.barrier.report.TextBundle}: texts in Dutch, French and English from properties
 *       files, without fallback to the JVM's default locale.
 * </ul>
 *
 * <p>No JavaScript, no external assets, no timestamps: the same input gives the same bytes on
 * every JVM, whatever its default locale. The kit knows nothing of evaluation or screening.
 *
 * <p>Stability: experimental until 1.0.
 */
package eu.barrier.report;
