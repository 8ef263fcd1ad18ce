package eu.barrier.indicators.scoring;

import eu.barrier.indicators.catalogue.Category;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The outcome rule of the {@code ilo-2009} model: an AND of clauses, each an OR of ILO
 * dimensions. The outcome is {@link Outcome#PRESUMED_TRAFFICKING} when every clause has at least
 * one positive dimension. A value, not a scripting language.
 *
 * <p>{@link #ADULT} is {@code (DR|CR|VR) & EX & (CD|VD)}; {@link #CHILD} drops the means at
 * destination: {@code (DR|CR|VR) & EX}, because the means are not required for children (Palermo
 * Protocol Art. 3(c)). Both are Barrier's reading of the ILO/EC 2009 brochure; the step from
 * positive dimensions to presumed trafficking is not verified against the primary source, which
 * is why the rule is configurable.
 *
 * @param name a lower-kebab name for provenance, for example {@code adult}
 * @param clauses the clauses, at least one; each a non-empty set of ILO dimensions
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record OutcomeRule(String name, List<Set<Category>> clauses) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+){0,7}");

  /** The adult rule: {@code (DR|CR|VR) & EX & (CD|VD)}. */
  public static final OutcomeRule ADULT = new OutcomeRule("adult", List.of(
      EnumSet.of(Category.DR, Category.CR, Category.VR), EnumSet.of(Category.EX), EnumSet.of(Category.CD, Category.VD)));

  /** The child rule: {@code (DR|CR|VR) & EX}. */
  public static final OutcomeRule CHILD = new OutcomeRule("child", List.of(
      EnumSet.of(Category.DR, Category.CR, Category.VR), EnumSet.of(Category.EX)));

  /**
   * Checks and copies the clauses.
   *
   * @param name the name component
   * @param clauses the clauses component
   * @throws IllegalArgumentException if the name is not lower-kebab, there is no clause, a clause
   *     is empty or names a category that is not an ILO dimension
   * @throws NullPointerException if a component or element is {@code null}
   */
  public OutcomeRule {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("an outcome rule name is lower-kebab, at most 8 words");
    }
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("an outcome rule has at least one clause");
    }
    List<Set<Category>> copy = new ArrayList<>();
    for (Set<Category> clause : clauses) {
      if (clause.isEmpty()) {
        throw new IllegalArgumentException("an outcome rule clause names at least one dimension");
      }
      EnumSet<Category> set = EnumSet.noneOf(Category.class);
      for (Category category : clause) {
        if (!category.isIloDimension()) {
          throw new IllegalArgumentException("an outcome rule clause names only ILO dimensions");
        }
        set.add(category);
      }
      copy.add(Collections.unmodifiableSet(set));
    }
    clauses = List.copyOf(copy);
  }

  /**
   * Tells whether the rule holds for a set of positive dimensions.
   *
   * @param positive the positive dimensions
   * @return {@code true} if every clause has a positive dimension
   */
  public boolean holds(Set<Category> positive) {
    Objects.requireNonNull(positive, "positive");
    for (Set<Category> clause : clauses) {
      if (Collections.disjoint(clause, positive)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the rule as text, for example {@code (DR|CR|VR) & EX & (CD|VD)}.
   *
   * @return the formula
   */
  public String formula() {
    return clauses.stream().map(OutcomeRule::clause).collect(Collectors.joining(" & "));
  }

  static String clause(Set<Category> clause) {
    String inner = clause.stream().map(Category::id).collect(Collectors.joining("|"));
    return clause.size() == 1 ? inner : "(" + inner + ")";
  }
}
