package eu.barrier.screening.picture;

import eu.barrier.core.Language;
import eu.barrier.core.observation.Agency;
import eu.barrier.indicators.catalogue.Category;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.report.TextBundle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The texts of a picture in one language: explanations of ranks and patterns, and labels. */
final class PictureTexts {

  private static final int LIST_SHOWN = 6;

  private final TextBundle bundle;
  private final Language language;

  PictureTexts(Language language) {
    this.language = language;
    this.bundle = TextBundle.load("picture", language, PictureTexts.class::getResourceAsStream);
  }

  TextBundle bundle() {
    return bundle;
  }

  Language language() {
    return language;
  }

  String list(Collection<String> items) {
    if (items.isEmpty()) {
      return bundle.get("none");
    }
    List<String> all = new ArrayList<>(items);
    if (all.size() <= LIST_SHOWN) {
      return String.join(", ", all);
    }
    return bundle.format("list.more", String.join(", ", all.subList(0, LIST_SHOWN)),
        Integer.toString(all.size() - LIST_SHOWN));
  }

  String level(Optional<Outcome> level) {
    return level.map(o -> o.label(language)).orElse(bundle.get("unknown"));
  }

  List<String> barriers(Collection<Category> barriers) {
    return barriers.stream().map(c -> c.label(language)).toList();
  }

  List<String> services(Collection<Agency> services) {
    return services.stream().map(a -> a.label(language)).toList();
  }

  /** The explanation of a group's rank, with the group above it when there is one. */
  String explanation(Group g, Optional<Group> above) {
    StringBuilder sb = new StringBuilder(bundle.format("group.explanation", Integer.toString(g.rank()),
        Integer.toString(g.partners().size()), list(g.partners()), level(g.highestLevel()),
        Integer.toString(g.barriers().size()), list(barriers(g.barriers())), Integer.toString(g.entities().size())));
    if (g.decidedBy().isPresent() && above.isPresent()) {
      Group a = above.get();
      String rank = Integer.toString(a.rank());
      String text;
      switch (g.decidedBy().get()) {
        case PARTNERS:
          text = bundle.format("rank.partners", rank, Integer.toString(g.partners().size()),
              Integer.toString(a.partners().size()));
          break;
        case LEVEL:
          text = bundle.format("rank.level", rank, level(g.highestLevel()), level(a.highestLevel()));
          break;
        case BARRIERS:
          text = bundle.format("rank.barriers", rank, Integer.toString(g.barriers().size()),
              Integer.toString(a.barriers().size()));
          break;
        case ENTITIES:
          text = bundle.format("rank.entities", rank, Integer.toString(g.entities().size()),
              Integer.toString(a.entities().size()));
          break;
        default:
          text = bundle.format("rank.order", rank);
          break;
      }
      sb.append(' ').append(text);
    }
    return sb.toString();
  }

  /** The explanation of a pattern. */
  String explanation(Pattern p, Entity e) {
    if (p.kind() == PatternKind.SEVERAL_PARTNERS) {
      return bundle.format("pattern.several-partners", e.id(), e.kind().label(language),
          Integer.toString(p.partners().size()), list(p.partners()));
    }
    return bundle.format("pattern.several-areas", e.id(), e.kind().label(language), list(p.establishments()),
        Integer.toString(p.partners().size()), list(p.partners()));
  }

  /** Each group's explanation, in rank order. */
  List<String> explanations(Picture picture) {
    List<String> out = new ArrayList<>(picture.groups().size());
    for (int i = 0; i < picture.groups().size(); i++) {
      out.add(explanation(picture.groups().get(i),
          i == 0 ? Optional.empty() : Optional.of(picture.groups().get(i - 1))));
    }
    return out;
  }
}
