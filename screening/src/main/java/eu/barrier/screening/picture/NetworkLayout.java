package eu.barrier.screening.picture;

import eu.barrier.report.Html;
import eu.barrier.report.Numbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network diagram of a picture as inline SVG with a deterministic layout: the first groups by
 * rank, each in a cell of a grid (left to right, top to bottom); in a cell, the entity with the
 * most ties in the centre (for four or more entities) and the others on a circle in id order. No
 * randomness and no iteration: the same picture gives the same bytes.
 */
final class NetworkLayout {

  static final int MAX_GROUPS = 12;
  static final int MAX_NODES_PER_GROUP = 24;
  private static final int COLUMNS = 3;
  private static final int CELL_W = 300;
  private static final int CELL_H = 240;
  private static final String[] SHADES = {"#9ec5ea", "#4f8fcb", "#1d4f8a"};

  private NetworkLayout() {}

  static String svg(Picture picture, PictureTexts texts) {
    List<Group> groups = picture.groups().subList(0, Math.min(MAX_GROUPS, picture.groups().size()));
    int rows = Math.max(1, (groups.size() + COLUMNS - 1) / COLUMNS);
    int width = COLUMNS * CELL_W;
    int height = rows * CELL_H;
    StringBuilder sb = new StringBuilder(1 << 14);
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" id=\"network\" viewBox=\"0 0 ").append(width)
        .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\">\n<title>").append(Html.escape(texts.bundle().get("network"))).append("</title>\n");
    Map<String, double[]> at = new HashMap<>();
    for (int gi = 0; gi < groups.size(); gi++) {
      Group g = groups.get(gi);
      double cx = (gi % COLUMNS) * CELL_W + CELL_W / 2.0;
      double cy = (gi / COLUMNS) * CELL_H + CELL_H / 2.0 + 12;
      sb.append("<text x=\"").append(n(cx)).append("\" y=\"").append(n(cy - CELL_H / 2.0 + 6))
          .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">")
          .append(Html.escape(texts.bundle().format("group.heading", Integer.toString(g.rank())) + " · "
              + texts.bundle().get("card.partners") + ": " + g.partners().size()))
          .append("</text>\n");
      List<String> ids = g.entities().subList(0, Math.min(MAX_NODES_PER_GROUP, g.entities().size()));
      String hub = ids.size() >= 4 ? hub(picture, ids) : null;
      List<String> ring = new ArrayList<>(ids);
      if (hub != null) {
        ring.remove(hub);
        at.put(hub, new double[] {cx, cy});
      }
      double radius = ring.size() == 1 ? 0 : Math.min(90, 34 + 6.0 * ring.size());
      for (int i = 0; i < ring.size(); i++) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / ring.size();
        at.put(ring.get(i), new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)});
      }
      if (g.entities().size() > ids.size()) {
        sb.append("<text x=\"").append(n(cx)).append("\" y=\"").append(n(cy + CELL_H / 2.0 - 16))
            .append("\" text-anchor=\"middle\" font-size=\"11\">+").append(g.entities().size() - ids.size())
            .append("</text>\n");
      }
    }
    for (Tie t : picture.ties()) {
      double[] a = at.get(t.from());
      double[] b = at.get(t.to());
      if (a != null && b != null) {
        sb.append("<line x1=\"").append(n(a[0])).append("\" y1=\"").append(n(a[1])).append("\" x2=\"")
            .append(n(b[0])).append("\" y2=\"").append(n(b[1])).append("\" stroke=\"#8a8f98\" stroke-width=\"")
            .append(Math.min(4, t.sources().size())).append("\"/>\n");
      }
    }
    for (Entity e : picture.entities()) {
      double[] p = at.get(e.id());
      if (p != null) {
        node(sb, e, p[0], p[1], texts);
      }
    }
    return sb.append("</svg>\n").toString();
  }

  /** The entity of a group with the most ties inside the group; the lowest id on a tie. */
  private static String hub(Picture picture, List<String> ids) {
    Map<String, Integer> degree = new HashMap<>();
    for (Tie t : picture.ties()) {
      if (ids.contains(t.from()) && ids.contains(t.to())) {
        degree.merge(t.from(), 1, Integer::sum);
        degree.merge(t.to(), 1, Integer::sum);
      }
    }
    String best = ids.get(0);
    for (String id : ids) {
      if (degree.getOrDefault(id, 0) > degree.getOrDefault(best, 0)) {
        best = id;
      }
    }
    return best;
  }

  private static void node(StringBuilder sb, Entity e, double x, double y, PictureTexts texts) {
    int partners = partners(e);
    String fill = SHADES[Math.min(SHADES.length, Math.max(1, partners)) - 1];
    String title = e.id() + " · " + e.kind().label(texts.language()) + " · " + texts.list(e.reporters());
    sb.append("<g class=\"node ").append(e.kind().id()).append("\"><title>").append(Html.escape(title))
        .append("</title>");
    switch (e.kind()) {
      case ESTABLISHMENT:
        sb.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"11\"");
        break;
      case ENTERPRISE:
        sb.append("<rect x=\"").append(n(x - 10)).append("\" y=\"").append(n(y - 10))
            .append("\" width=\"20\" height=\"20\"");
        break;
      default:
        sb.append("<polygon points=\"").append(n(x)).append(',').append(n(y - 13)).append(' ').append(n(x + 13))
            .append(',').append(n(y)).append(' ').append(n(x)).append(',').append(n(y + 13)).append(' ')
            .append(n(x - 13)).append(',').append(n(y)).append('"');
        break;
    }
    sb.append(" fill=\"").append(fill).append("\" stroke=\"#1f2933\" stroke-width=\"1\"/>");
    sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + 26))
        .append("\" text-anchor=\"middle\" font-size=\"11\">").append(Html.escape(e.id())).append("</text></g>\n");
  }

  static int partners(Entity e) {
    java.util.Set<String> all = new java.util.TreeSet<>(e.reporters());
    all.addAll(e.holders());
    return all.size();
  }

  private static String n(double x) {
    return Numbers.plain(x, 1);
  }
}
