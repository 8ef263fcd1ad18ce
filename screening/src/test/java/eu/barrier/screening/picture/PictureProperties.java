package eu.barrier.screening.picture;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.id.IdentifierType;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.privacy.exchange.PseudonymousSubject;
import eu.barrier.privacy.exchange.SignalReport;
import eu.barrier.privacy.key.KeySet;
import eu.barrier.privacy.key.PartyKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of a picture over random reports from a small pool of subjects and three partners. */
final class PictureProperties {

  private static final KeySet SHARED = KeySet.generate(PictureCompilerTest.RANDOM);
  private static final PartyKeys[] SENDERS = {PictureCompilerTest.GENK, PictureCompilerTest.HASSELT,
      PartyKeys.generate("riec-limburg", PictureCompilerTest.RANDOM)};
  private static final List<PseudonymousSubject> POOL = pool();
  private static final String[] LEVELS = {"low", "medium", "high"};
  private static final String[] INDICATORS = {"ADM-01", "ADM-03", "ADM-05", "ADM-09", "ADM-16", "ADM-18"};

  private static List<PseudonymousSubject> pool() {
    List<PseudonymousSubject> pool = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String digits = PictureDemo.withCheckDigits(String.format(Locale.ROOT, "2%07d", 1000 + i));
      pool.add(new PseudonymousSubject(IdentifierType.BE_ESTABLISHMENT,
          PictureCompilerTest.pseudonym(SHARED, IdentifierType.BE_ESTABLISHMENT, digits)));
    }
    for (int i = 0; i < 3; i++) {
      String digits = PictureDemo.withCheckDigits(String.format(Locale.ROOT, "0%07d", 4000 + i));
      pool.add(new PseudonymousSubject(IdentifierType.BE_ENTERPRISE,
          PictureCompilerTest.pseudonym(SHARED, IdentifierType.BE_ENTERPRISE, digits)));
    }
    return pool;
  }

  /** One report: sender index, subject indexes, level index, indicator index. */
  record Spec(int sender, Set<Integer> subjects, int level, int indicator) {}

  @Provide
  Arbitrary<List<Spec>> reports() {
    Arbitrary<Spec> spec = Combinators.combine(Arbitraries.integers().between(0, SENDERS.length - 1),
        Arbitraries.integers().between(0, POOL.size() - 1).set().ofMinSize(1).ofMaxSize(3),
        Arbitraries.integers().between(0, LEVELS.length - 1),
        Arbitraries.integers().between(0, INDICATORS.length - 1)).as(Spec::new);
    return spec.list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 15)
  void compile_randomReports_entitiesGroupsAndRanksConsistent(@ForAll("reports") List<Spec> specs) {
    Map<String, byte[]> store = new LinkedHashMap<>();
    Map<String, Set<String>> reportersOf = new HashMap<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      List<PseudonymousSubject> subjects = s.subjects().stream().sorted().map(POOL::get).toList();
      SignalReport r = PictureCompilerTest.report("r-" + i, subjects, LEVELS[s.level()], INDICATORS[s.indicator()]);
      store.put(String.format(Locale.ROOT, "m-%03d.json", i), PictureCompilerTest.seal(SENDERS[s.sender()], r));
      subjects.forEach(p -> reportersOf.computeIfAbsent(p.pseudonym(), x -> new TreeSet<>())
          .add(SENDERS[s.sender()].partyId()));
    }
    Picture picture = PictureCompiler.builder(PictureCompilerTest.ARIEC,
        List.of(SENDERS[0].publicKeys(), SENDERS[1].publicKeys(), SENDERS[2].publicKeys()))
        .clock(PictureCompilerTest.CLOCK).build().compile(MessageStore.of(store));

    // one entity per distinct subject, with exactly the senders that named it
    assertThat(picture.notUsed()).isEmpty();
    assertThat(picture.entities()).hasSize(reportersOf.size());
    for (Entity e : picture.entities()) {
      assertThat(e.reporters()).isEqualTo(reportersOf.get(e.pseudonym()));
      assertThat(picture.entity(e.id())).hasValue(e);
    }
    // groups partition the entities; ties stay inside a group
    Map<String, Integer> groupOf = new HashMap<>();
    for (Group g : picture.groups()) {
      g.entities().forEach(id -> assertThat(groupOf.put(id, g.rank())).isNull());
    }
    assertThat(groupOf.keySet()).hasSize(picture.entities().size());
    for (Tie t : picture.ties()) {
      assertThat(groupOf.get(t.from())).isEqualTo(groupOf.get(t.to()));
      assertThat(t.sources()).isNotEmpty();
    }
    // ranks: the keys never increase, and decidedBy names the first key that differs
    for (int i = 1; i < picture.groups().size(); i++) {
      Group above = picture.groups().get(i - 1);
      Group g = picture.groups().get(i);
      int[] a = keys(above);
      int[] b = keys(g);
      int first = 0;
      while (first < a.length && a[first] == b[first]) {
        first++;
      }
      assertThat(first == a.length || a[first] > b[first]).isTrue();
      assertThat(g.decidedBy()).hasValue(first == a.length ? RankKey.ORDER : RankKey.values()[first]);
    }
    // the several-partners pattern is exactly the entities with two or more reporters
    Set<String> several = new HashSet<>();
    picture.patterns().stream().filter(p -> p.kind() == PatternKind.SEVERAL_PARTNERS).forEach(p -> several.add(p.entity()));
    assertThat(several).isEqualTo(new HashSet<>(picture.entities().stream().filter(e -> e.reporters().size() >= 2)
        .map(Entity::id).toList()));
  }

  private static int[] keys(Group g) {
    return new int[] {g.partners().size(), g.highestLevel().map(Outcome::rank).orElse(-1), g.barriers().size(),
        g.entities().size()};
  }
}
