package eu.barrier.report;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An inline SVG chart of fixed size ({@value #WIDTH} × {@value #HEIGHT}): a title, a plot frame
 * with grid lines, tick labels and axis labels, and what is drawn on it in data units: lines,
 * dots, dashed reference lines, bars, labels and a legend.
 *
 * <pre>{@code
 * String svg = SvgChart.create("chart-roc", "ROC curve",
 *         SvgChart.Axis.of("false-positive rate", 0, 1, 5, 1),
 *         SvgChart.Axis.of("true-positive rate", 0, 1, 5, 1), Numbers.of(Language.EN))
 *     .referenceLine(0, 0, 1, 1, "guessing")
 *     .line("model", SvgChart.color(0), xs, ys)
 *     .legend(List.of("model"), List.of(SvgChart.color(0)), SvgChart.Legend.BOTTOM_RIGHT)
 *     .render();
 * }</pre>
 *
 * <p>The chart is an {@code <svg class="chart">} element for an HTML page of {@link HtmlPage}
 * (whose style sheet draws it) and is also well-formed XML. Every text is escaped; tick labels use
 * the {@link Numbers} given, coordinates {@link Numbers#plain(double, int)} with one decimal, so
 * the same calls give the same bytes on every JVM. Points with a coordinate that is not finite are
 * left out. A chart is built by one thread; it is not thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SvgChart {

  /** Width in pixels. */
  public static final int WIDTH = 460;
  /** Height in pixels. */
  public static final int HEIGHT = 340;

  /**
   * The colours of series, in order: blue, red, green, purple, orange, teal, brown, grey (eight
   * before a colour repeats).
   */
  public static final List<String> PALETTE = List.of("#1d5fa7", "#c0392b", "#23865a", "#7d4fb8", "#d97706",
      "#0e7490", "#7c4a1e", "#6b7280");

  private static final int LEFT = 56;
  private static final int RIGHT = 16;
  private static final int TOP = 34;
  private static final int BOTTOM = 50;

  private final StringBuilder sb = new StringBuilder(8192);
  private final double xMin;
  private final double xMax;
  private final double yMin;
  private final double yMax;
  private boolean rendered;

  /** Where a legend goes: top right or bottom right inside the plot frame. */
  public enum Legend {
    /** Inside the frame, at the top right. */
    TOP_RIGHT,
    /** Inside the frame, at the bottom right (the last entry just above the x axis). */
    BOTTOM_RIGHT
  }

  /**
   * An axis: its label, its range in data units and its ticks.
   *
   * @param label the axis label, plain text (may be empty)
   * @param min the lowest value, finite
   * @param max the highest value, finite; if not above {@code min}, the range is {@code min} to
   *     {@code min + 1}
   * @param ticks the number of intervals between grid lines, 1 to 100
   * @param decimals the decimals of the tick labels, 0 to 20
   * @param tickLabels whether the ticks are labelled with their value (else the caller labels
   *     positions with {@link #tickLabel(double, String)})
   */
  public record Axis(String label, double min, double max, int ticks, int decimals, boolean tickLabels) {

    /**
     * Checks.
     *
     * @param label the label component
     * @param min the min component
     * @param max the max component
     * @param ticks the ticks component
     * @param decimals the decimals component
     * @param tickLabels the tickLabels component
     * @throws IllegalArgumentException if a number is out of its range
     * @throws NullPointerException if {@code label} is {@code null}
     */
    public Axis {
      Objects.requireNonNull(label, "label");
      if (!Double.isFinite(min) || !Double.isFinite(max)) {
        throw new IllegalArgumentException("an axis range is finite");
      }
      if (ticks < 1 || ticks > 100) {
        throw new IllegalArgumentException("ticks must be between 1 and 100");
      }
      if (decimals < 0 || decimals > 20) {
        throw new IllegalArgumentException("decimals must be between 0 and 20");
      }
    }

    /**
     * Returns an axis whose ticks are labelled with their values.
     *
     * @param label the axis label
     * @param min the lowest value
     * @param max the highest value
     * @param ticks the number of intervals between grid lines
     * @param decimals the decimals of the tick labels
     * @return the axis
     */
    public static Axis of(String label, double min, double max, int ticks, int decimals) {
      return new Axis(label, min, max, ticks, decimals, true);
    }

    /**
     * Returns this axis without tick labels, for categories that the caller labels itself.
     *
     * @return the axis
     */
    public Axis withoutTickLabels() {
      return new Axis(label, min, max, ticks, decimals, false);
    }
  }

  private SvgChart(String id, String title, Axis x, Axis y, Numbers numbers) {
    this.xMin = x.min();
    this.xMax = x.max() > x.min() ? x.max() : x.min() + 1;
    this.yMin = y.min();
    this.yMax = y.max() > y.min() ? y.max() : y.min() + 1;
    String escapedId = Html.escape(id);
    sb.append("<svg class=\"chart\" id=\"").append(escapedId).append("\" xmlns=\"http://www.w3.org/2000/svg\" ")
        .append("width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(escapedId)
        .append("-title\">\n");
    sb.append("<title id=\"").append(escapedId).append("-title\">").append(Html.escape(title)).append("</title>\n");
    sb.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" fill=\"#ffffff\"/>\n");
    sb.append("<text x=\"").append(LEFT).append("\" y=\"20\" class=\"ct\">").append(Html.escape(title)).append("</text>\n");
    for (int i = 0; i <= x.ticks(); i++) {
      double v = xMin + (xMax - xMin) * i / x.ticks();
      String px = n(px(v));
      sb.append("<line x1=\"").append(px).append("\" y1=\"").append(TOP).append("\" x2=\"").append(px).append("\" y2=\"")
          .append(HEIGHT - BOTTOM).append("\" class=\"grid\"/>");
      if (x.tickLabels()) {
        sb.append("<text x=\"").append(px).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
            .append("\" class=\"tick\" text-anchor=\"middle\">").append(numbers.fixed(v, x.decimals())).append("</text>");
      }
      sb.append('\n');
    }
    for (int i = 0; i <= y.ticks(); i++) {
      double v = yMin + (yMax - yMin) * i / y.ticks();
      String py = n(py(v));
      sb.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(py).append("\" x2=\"").append(WIDTH - RIGHT)
          .append("\" y2=\"").append(py).append("\" class=\"grid\"/>");
      if (y.tickLabels()) {
        sb.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(n(py(v) + 4))
            .append("\" class=\"tick\" text-anchor=\"end\">").append(numbers.fixed(v, y.decimals())).append("</text>");
      }
      sb.append('\n');
    }
    sb.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
        .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(HEIGHT - TOP - BOTTOM)
        .append("\" class=\"frame\"/>\n");
    sb.append("<text x=\"").append(n(LEFT + (WIDTH - LEFT - RIGHT) / 2.0)).append("\" y=\"").append(HEIGHT - 14)
        .append("\" class=\"axis\" text-anchor=\"middle\">").append(Html.escape(x.label())).append("</text>\n");
    sb.append("<text transform=\"translate(16 ").append(n(TOP + (HEIGHT - TOP - BOTTOM) / 2.0))
        .append(") rotate(-90)\" class=\"axis\" text-anchor=\"middle\">").append(Html.escape(y.label()))
        .append("</text>\n");
  }

  /**
   * Starts a chart: title, frame, grid, ticks and axis labels.
   *
   * @param id the element id, unique in the page; its title element gets {@code id-title}
   * @param title the chart title, plain text
   * @param x the horizontal axis
   * @param y the vertical axis
   * @param numbers the formatting of tick labels, that of the page's language
   * @return the chart
   * @throws NullPointerException if an argument is {@code null}
   */
  public static SvgChart create(String id, String title, Axis x, Axis y, Numbers numbers) {
    return new SvgChart(Objects.requireNonNull(id, "id"), Objects.requireNonNull(title, "title"),
        Objects.requireNonNull(x, "x"), Objects.requireNonNull(y, "y"), Objects.requireNonNull(numbers, "numbers"));
  }

  /**
   * Returns the colour of the i-th series: {@link #PALETTE}, repeated.
   *
   * @param i the index of the series, 0 or more
   * @return the colour, for example {@code #1d5fa7}
   * @throws IllegalArgumentException if {@code i} is negative
   */
  public static String color(int i) {
    if (i < 0) {
      throw new IllegalArgumentException("a series index is 0 or more");
    }
    return PALETTE.get(i % PALETTE.size());
  }

  /**
   * Draws a dashed reference line, such as the diagonal of guessing, with a tooltip.
   *
   * @param x1 the start, in data units
   * @param y1 the start, in data units
   * @param x2 the end, in data units
   * @param y2 the end, in data units
   * @param label the tooltip, plain text
   * @return this chart
   */
  public SvgChart referenceLine(double x1, double y1, double x2, double y2, String label) {
    open();
    sb.append("<line x1=\"").append(n(px(x1))).append("\" y1=\"").append(n(py(y1))).append("\" x2=\"")
        .append(n(px(x2))).append("\" y2=\"").append(n(py(y2))).append("\" class=\"ref\"><title>")
        .append(Html.escape(label)).append("</title></line>\n");
    return this;
  }

  /**
   * Draws a line through points, in order, with the series name as tooltip. Points with a
   * coordinate that is not finite are skipped; nothing is drawn without points.
   *
   * @param name the series name, plain text
   * @param color the stroke colour, for example {@link #color(int)}
   * @param xs the x values, in data units
   * @param ys the y values, as many as {@code xs}
   * @return this chart
   * @throws IllegalArgumentException if the arrays differ in length
   */
  public SvgChart line(String name, String color, double[] xs, double[] ys) {
    open();
    sameLength(xs, ys);
    if (xs.length == 0) {
      return this;
    }
    sb.append("<polyline fill=\"none\" stroke=\"").append(Html.escape(color)).append("\" stroke-width=\"2\" points=\"");
    for (int i = 0; i < xs.length; i++) {
      if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
        continue;
      }
      sb.append(i == 0 ? "" : " ").append(n(px(xs[i]))).append(',').append(n(py(ys[i])));
    }
    sb.append("\"><title>").append(Html.escape(name)).append("</title></polyline>\n");
    return this;
  }

  /**
   * Draws a dot at each point, such as the thresholds on a curve. Points with a coordinate that
   * is not finite are skipped.
   *
   * @param color the fill colour
   * @param xs the x values, in data units
   * @param ys the y values, as many as {@code xs}
   * @return this chart
   * @throws IllegalArgumentException if the arrays differ in length
   */
  public SvgChart dots(String color, double[] xs, double[] ys) {
    open();
    sameLength(xs, ys);
    String fill = Html.escape(color);
    for (int i = 0; i < xs.length; i++) {
      if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
        continue;
      }
      sb.append("<circle cx=\"").append(n(px(xs[i]))).append("\" cy=\"").append(n(py(ys[i])))
          .append("\" r=\"3.5\" fill=\"").append(fill).append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
    }
    sb.append('\n');
    return this;
  }

  /**
   * Draws a bar from the bottom of the frame up to a value, with a tooltip; bars are not followed
   * by a line break, so many of them stay compact.
   *
   * @param x0 the left edge, in data units
   * @param x1 the right edge, in data units
   * @param y the value; not finite counts as the bottom
   * @param color the fill colour
   * @param tooltip the tooltip, plain text
   * @return this chart
   */
  public SvgChart bar(double x0, double x1, double y, String color, String tooltip) {
    open();
    double top = py(Double.isFinite(y) ? y : yMin);
    double bottom = py(yMin);
    sb.append("<rect x=\"").append(n(px(x0))).append("\" y=\"").append(n(top)).append("\" width=\"")
        .append(n(Math.max(0.5, px(x1) - px(x0)))).append("\" height=\"").append(n(Math.max(0, bottom - top)))
        .append("\" fill=\"").append(Html.escape(color)).append("\"><title>").append(Html.escape(tooltip))
        .append("</title></rect>");
    return this;
  }

  /**
   * Writes a small label centred on a point, for example a category name below the axis (a
   * negative y).
   *
   * @param x the centre, in data units
   * @param y the baseline, in data units
   * @param text the label, plain text
   * @return this chart
   */
  public SvgChart label(double x, double y, String text) {
    open();
    sb.append("<text x=\"").append(n(px(x))).append("\" y=\"").append(n(py(y))).append("\" class=\"tick\" text-anchor=\"")
        .append("middle\">").append(Html.escape(text)).append("</text>");
    return this;
  }

  /**
   * Writes a label under the horizontal axis where a tick label would be, for axes {@link
   * Axis#withoutTickLabels() without tick labels}.
   *
   * @param x the centre, in data units
   * @param text the label, plain text
   * @return this chart
   */
  public SvgChart tickLabel(double x, String text) {
    open();
    sb.append("<text x=\"").append(n(px(x))).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
        .append("\" class=\"tick\" text-anchor=\"middle\">").append(Html.escape(text)).append("</text>");
    return this;
  }

  /**
   * Draws a legend: a colour square and a name per entry, right-aligned inside the frame.
   *
   * @param names the names, plain text
   * @param colors their colours, as many as names
   * @param position where the legend goes
   * @return this chart
   * @throws IllegalArgumentException if the lists differ in length
   */
  public SvgChart legend(List<String> names, List<String> colors, Legend position) {
    open();
    if (names.size() != colors.size()) {
      throw new IllegalArgumentException("a legend has one colour per name");
    }
    double x = WIDTH - RIGHT - 8;
    double y = position == Legend.BOTTOM_RIGHT ? HEIGHT - BOTTOM - 10 - 16 * (names.size() - 1) : TOP + 14;
    for (int i = 0; i < names.size(); i++) {
      sb.append("<rect x=\"").append(n(x - 10)).append("\" y=\"").append(n(y - 9 + 16 * i))
          .append("\" width=\"10\" height=\"10\" fill=\"").append(Html.escape(colors.get(i))).append("\"/>");
      sb.append("<text x=\"").append(n(x - 14)).append("\" y=\"").append(n(y + 16 * i))
          .append("\" class=\"legend\" text-anchor=\"end\">").append(Html.escape(names.get(i))).append("</text>\n");
    }
    return this;
  }

  /**
   * Ends the chart and returns it; the chart cannot be drawn on afterwards.
   *
   * @return the {@code <svg>} element, ending with a line break
   * @throws IllegalStateException if the chart was already rendered
   */
  public String render() {
    open();
    rendered = true;
    return sb.append("</svg>\n").toString();
  }

  /**
   * Returns the size of the chart so far only.
   *
   * @return for example {@code SvgChart[4096 characters]}
   */
  @Override
  public String toString() {
    return "SvgChart[" + sb.length() + " characters]";
  }

  private void open() {
    if (rendered) {
      throw new IllegalStateException("the chart was already rendered");
    }
  }

  private static void sameLength(double[] xs, double[] ys) {
    if (xs.length != ys.length) {
      throw new IllegalArgumentException("a series has as many x values as y values");
    }
  }

  private double px(double x) {
    return LEFT + (x - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
  }

  private double py(double y) {
    return HEIGHT - BOTTOM - (y - yMin) / (yMax - yMin) * (HEIGHT - TOP - BOTTOM);
  }

  private static String n(double v) {
    return Numbers.plain(v, 1);
  }
}
