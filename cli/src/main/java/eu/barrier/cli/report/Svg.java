package eu.barrier.cli.report;

import java.util.List;

/** Inline SVG charts with fixed sizes and fixed number formatting; no scripts, no external assets. */
final class Svg {

  static final int WIDTH = 460;
  static final int HEIGHT = 340;
  private static final int LEFT = 56;
  private static final int RIGHT = 16;
  private static final int TOP = 34;
  private static final int BOTTOM = 50;

  static final String[] PALETTE = {"#1d5fa7", "#c0392b", "#23865a", "#7d4fb8"};
  static final String POSITIVE = "#c0392b";
  static final String NEGATIVE = "#7b8794";

  private Svg() {}

  /** A named series of (x, y) points in data units. */
  record Series(String name, String color, double[] xs, double[] ys, boolean line, boolean dots) {}

  /** A chart frame: axes from xMin..xMax and yMin..yMax with ticks. */
  static final class Frame {
    final StringBuilder sb = new StringBuilder(8192);
    final double xMin;
    final double xMax;
    final double yMin;
    final double yMax;

    Frame(String id, String title, String xLabel, String yLabel, double xMin, double xMax, double yMin,
        double yMax, int xTicks, int yTicks, int xDigits, int yDigits) {
      this.xMin = xMin;
      this.xMax = xMax > xMin ? xMax : xMin + 1;
      this.yMin = yMin;
      this.yMax = yMax > yMin ? yMax : yMin + 1;
      sb.append("<svg class=\"chart\" id=\"").append(Html.escape(id)).append("\" xmlns=\"http://www.w3.org/2000/svg\" ")
          .append("width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ")
          .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(Html.escape(id))
          .append("-title\">\n");
      sb.append("<title id=\"").append(Html.escape(id)).append("-title\">").append(Html.escape(title)).append("</title>\n");
      sb.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
          .append("\" fill=\"#ffffff\"/>\n");
      sb.append("<text x=\"").append(LEFT).append("\" y=\"20\" class=\"ct\">").append(Html.escape(title)).append("</text>\n");
      for (int i = 0; i <= xTicks; i++) {
        double v = this.xMin + (this.xMax - this.xMin) * i / xTicks;
        String x = n(px(v));
        sb.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP).append("\" x2=\"").append(x).append("\" y2=\"")
            .append(HEIGHT - BOTTOM).append("\" class=\"grid\"/>");
        if (xDigits >= 0) {
          sb.append("<text x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
              .append("\" class=\"tick\" text-anchor=\"middle\">").append(Numbers.fixed(v, xDigits)).append("</text>");
        }
        sb.append('\n');
      }
      for (int i = 0; i <= yTicks; i++) {
        double v = this.yMin + (this.yMax - this.yMin) * i / yTicks;
        String y = n(py(v));
        sb.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(WIDTH - RIGHT)
            .append("\" y2=\"").append(y).append("\" class=\"grid\"/>");
        sb.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(n(py(v) + 4))
            .append("\" class=\"tick\" text-anchor=\"end\">").append(Numbers.fixed(v, yDigits)).append("</text>\n");
      }
      sb.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
          .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(HEIGHT - TOP - BOTTOM)
          .append("\" class=\"frame\"/>\n");
      sb.append("<text x=\"").append(n(LEFT + (WIDTH - LEFT - RIGHT) / 2.0)).append("\" y=\"").append(HEIGHT - 14)
          .append("\" class=\"axis\" text-anchor=\"middle\">").append(Html.escape(xLabel)).append("</text>\n");
      sb.append("<text transform=\"translate(16 ").append(n(TOP + (HEIGHT - TOP - BOTTOM) / 2.0))
          .append(") rotate(-90)\" class=\"axis\" text-anchor=\"middle\">").append(Html.escape(yLabel))
          .append("</text>\n");
    }

    double px(double x) {
      return LEFT + (x - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
    }

    double py(double y) {
      return HEIGHT - BOTTOM - (y - yMin) / (yMax - yMin) * (HEIGHT - TOP - BOTTOM);
    }

    Frame dashed(double x1, double y1, double x2, double y2, String label) {
      sb.append("<line x1=\"").append(n(px(x1))).append("\" y1=\"").append(n(py(y1))).append("\" x2=\"")
          .append(n(px(x2))).append("\" y2=\"").append(n(py(y2))).append("\" class=\"ref\"><title>")
          .append(Html.escape(label)).append("</title></line>\n");
      return this;
    }

    Frame series(Series s) {
      if (s.line() && s.xs().length > 0) {
        sb.append("<polyline fill=\"none\" stroke=\"").append(s.color()).append("\" stroke-width=\"2\" points=\"");
        for (int i = 0; i < s.xs().length; i++) {
          if (Double.isNaN(s.ys()[i])) {
            continue;
          }
          sb.append(i == 0 ? "" : " ").append(n(px(s.xs()[i]))).append(',').append(n(py(s.ys()[i])));
        }
        sb.append("\"><title>").append(Html.escape(s.name())).append("</title></polyline>\n");
      }
      if (s.dots()) {
        for (int i = 0; i < s.xs().length; i++) {
          if (Double.isNaN(s.ys()[i])) {
            continue;
          }
          sb.append("<circle cx=\"").append(n(px(s.xs()[i]))).append("\" cy=\"").append(n(py(s.ys()[i])))
              .append("\" r=\"3.5\" fill=\"").append(s.color()).append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
        }
        sb.append('\n');
      }
      return this;
    }

    Frame bar(double x0, double x1, double y, String color, String tooltip) {
      double top = py(y);
      double bottom = py(yMin);
      sb.append("<rect x=\"").append(n(px(x0))).append("\" y=\"").append(n(top)).append("\" width=\"")
          .append(n(Math.max(0.5, px(x1) - px(x0)))).append("\" height=\"").append(n(Math.max(0, bottom - top)))
          .append("\" fill=\"").append(color).append("\"><title>").append(Html.escape(tooltip))
          .append("</title></rect>");
      return this;
    }

    Frame label(double x, double y, String text, String anchor) {
      sb.append("<text x=\"").append(n(px(x))).append("\" y=\"").append(n(py(y))).append("\" class=\"tick\" text-anchor=\"")
          .append(anchor).append("\">").append(Html.escape(text)).append("</text>");
      return this;
    }

    Frame axisLabel(double x, String text) {
      sb.append("<text x=\"").append(n(px(x))).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
          .append("\" class=\"tick\" text-anchor=\"middle\">").append(Html.escape(text)).append("</text>");
      return this;
    }

    Frame legend(List<String> names, List<String> colors, boolean bottom) {
      double x = WIDTH - RIGHT - 8;
      double y = bottom ? HEIGHT - BOTTOM - 10 - 16 * (names.size() - 1) : TOP + 14;
      for (int i = 0; i < names.size(); i++) {
        sb.append("<rect x=\"").append(n(x - 10)).append("\" y=\"").append(n(y - 9 + 16 * i))
            .append("\" width=\"10\" height=\"10\" fill=\"").append(colors.get(i)).append("\"/>");
        sb.append("<text x=\"").append(n(x - 14)).append("\" y=\"").append(n(y + 16 * i))
            .append("\" class=\"legend\" text-anchor=\"end\">").append(Html.escape(names.get(i))).append("</text>\n");
      }
      return this;
    }

    String end() {
      return sb.append("</svg>\n").toString();
    }
  }

  static String n(double v) {
    return Numbers.fixed(v, 1);
  }
}
