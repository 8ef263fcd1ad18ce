package eu.barrier.architecture.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The claims rule of {@code docs/claims.md}: in Markdown, every statement that cites a legal
 * source or makes a guarantee carries a marker {@code [source: …; status: verified|secondary|unverified]},
 * or stands in a table row whose {@code source} and {@code status} columns are filled.
 *
 * <p>A statement is a sentence of a paragraph or list item, or one table row. Fenced code,
 * headings, HTML comments, inline code, link targets and the text of links to other documents are
 * not statements and never trigger the rule. The check is lexical: it finds the statements that
 * must carry a source; it cannot judge whether the source says what the sentence says.
 */
final class Claims {

  /** The statuses a marker may give. */
  static final Set<String> STATUSES = Set.of("verified", "secondary", "unverified");

  /** A statement that cites one of these is a legal statement. */
  static final List<Pattern> LEGAL = patterns(
      "\\b(?:[Aa]rticles?|[Aa]rts?\\.)\\s*\\d[0-9a-z]*(?:\\(\\w+\\))*",
      "\\b(?:GDPR|UAVG|AVG)\\b",
      "\\bLaw Enforcement Directive\\b",
      "\\b(?:Directive|Regulation)\\s+(?:\\((?:EU|EC)\\)\\s*)?(?:No\\.?\\s*)?\\d{2,4}/\\d+",
      "\\bAI Act\\b",
      "\\bECLI:",
      "\\b[Ll]aw of \\d{1,2} [A-Z][a-z]+ \\d{4}",
      "\\b[Rr]oyal [Dd]ecree\\b",
      "\\bWet [A-Z][a-z]+",
      "\\bBibob\\b",
      "\\b(?:NGW|Gemeentewet|Awb|New Municipal Law)\\b",
      "\\b(?:Palermo|ECHR)\\b",
      "\\bWP\\s?\\d{2,3}\\b",
      "\\bEDPB\\b",
      "\\b(?:Constitutional Court|Council of State|Raad van State|Court of Justice|CJEU)\\b",
      "\\bRFC\\s?\\d{3,5}\\s*(?:§|[Ss]ection\\s*\\d)");

  /** A statement that uses one of these makes a guarantee. */
  static final List<Pattern> GUARANTEE = patterns(
      "(?<!non-)\\bguarantee[sd]?\\b",
      "\\b(?:cannot|can not|can never|could never)\\s+(?:be\\s+)?(?:link|linked|join|joined|re-?identif\\w*"
          + "|identif\\w*|revers\\w*|enumerat\\w*|decrypt\\w*|forge|forged|recover\\w*|comput\\w*|test|tested"
          + "|learn\\w*|leave|leak\\w*)\\b",
      "\\bnever (?:leaves?|leaving|reach(?:es)?|travels?)\\b",
      "\\bunlinkable\\b",
      "\\bimpossible to\\b",
      "\\btamper-?proof\\b",
      "\\bprotected against\\b");

  /** {@code [source: …; status: …]}; the source may hold links, it ends at the first "; status:". */
  static final Pattern MARKER = Pattern.compile(
      "\\[source:\\s*(?<source>.*?)\\s*;\\s*status:\\s*(?<status>[^\\]\\s]*)\\s*\\]");

  private static final Pattern MARKER_START = Pattern.compile("\\[source:");
  private static final Set<String> PLACEHOLDER_SOURCES = Set.of("", "?", "todo", "tbd", "...", "…", "-");
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\[\\]]*)\\]\\(([^()\\s]*)\\)");
  private static final Pattern URL = Pattern.compile("<?https?://[^\\s)>\\]]+>?");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");
  private static final Pattern BOLD_ONLY = Pattern.compile("^(\\*\\*|__)[^*_]+\\1[.:]?$");
  /** A candidate sentence end: . ! or ? then closing marks, white space, and a sentence start. */
  private static final Pattern SENTENCE_END = Pattern.compile(
      "[.!?][*_\"')\\]]*\\s+(?=[A-Z\\[(*\"`_\\uE000-\\uE0FF])");
  private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "cf", "vs", "art", "arts", "no", "nr",
      "prof", "dr", "p", "pp", "para", "rb", "st", "mr", "mrs", "ms", "fig", "ch", "sec", "vol", "ca", "approx");

  private static final char MARK = '\uE000';
  private static final char CODE = '\uE001';
  private static final char HIDDEN = '\uE002';

  private Claims() {}

  /**
   * One statement that breaks the rule.
   *
   * @param file the file, as given
   * @param line the 1-based line where the trigger (or the bad marker) is
   * @param problem what is wrong
   * @param statement the statement, shortened
   */
  record Violation(String file, int line, String problem, String statement) {

    @Override
    public String toString() {
      return file + ":" + line + ": " + problem + "\n    " + statement;
    }
  }

  /**
   * Checks README.md and every {@code docs/*.md} of a repository.
   *
   * @param root the repository root
   * @return the violations, in file and line order
   */
  /**
   * Documents written before the rule reached their branch and not yet reviewed under it; each is
   * named in docs/claims.md, and this set only shrinks.
   */
  static final java.util.Set<String> PENDING_REVIEW = java.util.Set.of("cases.md", "blind-pseudonymisation.md");

  static List<Violation> checkRepository(Path root) {
    List<Path> files = new ArrayList<>();
    files.add(root.resolve("README.md"));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(p -> !PENDING_REVIEW.contains(p.getFileName().toString()))
          .sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Violation> all = new ArrayList<>();
    for (Path file : files) {
      all.addAll(check(root.relativize(file).toString().replace('\\', '/'), read(file)));
    }
    return all;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks one Markdown document.
   *
   * @param name the name used in violations
   * @param markdown the document
   * @return the violations, in line order
   */
  static List<Violation> check(String name, String markdown) {
    List<Violation> out = new ArrayList<>();
    for (Block block : blocks(markdown)) {
      Masked masked = mask(block.text());
      for (int bad : masked.badMarkers()) {
        out.add(new Violation(name, block.lineAt(bad), masked.badReason(bad), shorten(block.text(), bad)));
      }
      if (block.table()) {
        checkTable(name, block, masked, out);
      } else {
        for (int[] s : sentences(masked.text())) {
          requireMarker(name, block, masked, s[0], s[1], out);
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return out;
  }

  private static void checkTable(String name, Block block, Masked masked, List<Violation> out) {
    String[] lines = masked.text().split("\n", -1);
    List<String> header = cells(lines[0]);
    int source = indexOf(header, "source");
    int status = indexOf(header, "status");
    int offset = 0;
    for (int i = 0; i < lines.length; i++) {
      String row = lines[i];
      if (i > 0 && !row.replace("|", "").replace("-", "").replace(":", "").isBlank()) {
        List<String> cells = cells(row);
        if (source >= 0 && status >= 0 && cells.size() > Math.max(source, status)) {
          String src = cells.get(source).strip();
          String st = cells.get(status).strip().toLowerCase(Locale.ROOT);
          boolean statusOk = STATUSES.stream().anyMatch(w -> st.startsWith(w)
              && (st.length() == w.length() || !Character.isLetter(st.charAt(w.length()))));
          if (!src.isEmpty() && statusOk) {
            offset += row.length() + 1;
            continue;
          }
          if (trigger(row) != null && masked.markersIn(offset, offset + row.length()) == 0) {
            out.add(new Violation(name, block.lineAt(offset), "a table row with a " + trigger(row)
                + " needs its source column filled and a status column starting with verified, secondary or"
                + " unverified (or a marker)", shorten(block.text().substring(offset, offset + row.length()), 0)));
          }
        } else {
          requireMarker(name, block, masked, offset, offset + row.length(), out);
        }
      }
      offset += row.length() + 1;
    }
  }

  private static void requireMarker(String name, Block block, Masked masked, int from, int to, List<Violation> out) {
    String text = masked.text().substring(from, to);
    String kind = trigger(text);
    if (kind == null || masked.markersIn(from, to) > 0) {
      return;
    }
    int at = from + triggerOffset(text);
    out.add(new Violation(name, block.lineAt(at), "a statement with a " + kind
        + " needs [source: ...; status: verified|secondary|unverified]", shorten(block.text().substring(from, to), 0)));
  }

  /** Returns "legal citation (…)" or "guarantee (…)" for the first trigger, or null. */
  static String trigger(String text) {
    for (Pattern p : LEGAL) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        return "legal citation ('" + m.group() + "')";
      }
    }
    for (Pattern p : GUARANTEE) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        return "guarantee ('" + m.group() + "')";
      }
    }
    return null;
  }

  private static int triggerOffset(String text) {
    int first = text.length();
    for (List<Pattern> kind : List.of(LEGAL, GUARANTEE)) {
      for (Pattern p : kind) {
        Matcher m = p.matcher(text);
        if (m.find()) {
          first = Math.min(first, m.start());
        }
      }
    }
    return first == text.length() ? 0 : first;
  }

  // ------------------------------------------------------------------ blocks

  /** A paragraph, list item or table, with the line number of each of its lines. */
  record Block(String text, int[] lineStarts, int[] lineNumbers, boolean table) {

    int lineAt(int offset) {
      int i = Arrays.binarySearch(lineStarts, offset);
      return lineNumbers[i >= 0 ? i : -i - 2];
    }
  }

  static List<Block> blocks(String markdown) {
    String[] lines = COMMENT.matcher(markdown.replace("\r\n", "\n"))
        .replaceAll(m -> "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()))
        .split("\n", -1);
    List<Block> blocks = new ArrayList<>();
    List<String> text = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    boolean table = false;
    boolean fenced = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String plain = line.strip().startsWith(">") ? line.strip().replaceFirst("^>+\\s?", "") : line;
      if (FENCE.matcher(plain).find()) {
        flush(blocks, text, numbers, table);
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      boolean blank = plain.isBlank();
      boolean heading = plain.stripLeading().startsWith("#");
      boolean row = plain.stripLeading().startsWith("|");
      boolean item = LIST_ITEM.matcher(plain).find();
      if (blank || heading || (row != table && !text.isEmpty()) || item || (table && !row)) {
        flush(blocks, text, numbers, table);
      }
      if (blank || heading) {
        continue;
      }
      table = row;
      text.add(row ? plain.strip() : plain.strip().replaceFirst("^(?:[-*+]|\\d+[.)])\\s+", ""));
      numbers.add(i + 1);
    }
    flush(blocks, text, numbers, table);
    return blocks;
  }

  private static void flush(List<Block> blocks, List<String> text, List<Integer> numbers, boolean table) {
    if (text.isEmpty()) {
      return;
    }
    int[] starts = new int[text.size()];
    int[] nums = new int[text.size()];
    int at = 0;
    for (int i = 0; i < text.size(); i++) {
      starts[i] = at;
      nums[i] = numbers.get(i);
      at += text.get(i).length() + 1;
    }
    blocks.add(new Block(String.join(table ? "\n" : " ", text), starts, nums, table));
    text.clear();
    numbers.clear();
  }

  // ------------------------------------------------------------------ masking

  /**
   * The block text with markers, inline code, links and URLs replaced by placeholder characters of
   * the same length, so offsets and line numbers stay true.
   */
  record Masked(String text, List<int[]> markers, List<int[]> bad, List<String> badReasons) {

    int markersIn(int from, int to) {
      return (int) markers.stream().filter(m -> m[0] >= from && m[0] < to).count();
    }

    List<Integer> badMarkers() {
      return bad.stream().map(b -> b[0]).toList();
    }

    String badReason(int at) {
      for (int i = 0; i < bad.size(); i++) {
        if (bad.get(i)[0] == at) {
          return badReasons.get(i);
        }
      }
      return "bad marker";
    }
  }

  static Masked mask(String text) {
    char[] out = text.toCharArray();
    List<int[]> markers = new ArrayList<>();
    List<int[]> bad = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    Matcher code = CODE_SPAN.matcher(text);
    while (code.find()) {
      fill(out, code.start(), code.end(), CODE);
    }
    String afterCode = new String(out);
    Matcher marker = MARKER.matcher(afterCode);
    while (marker.find()) {
      String source = marker.group("source").strip();
      String status = marker.group("status").strip();
      String check = source.replaceAll("[\\uE000-\\uE0FF]", "x");
      if (PLACEHOLDER_SOURCES.contains(check.toLowerCase(Locale.ROOT))) {
        bad.add(new int[] {marker.start()});
        reasons.add("a marker needs a real source, not '" + source + "'");
      } else if (!STATUSES.contains(status)) {
        bad.add(new int[] {marker.start()});
        reasons.add("a marker's status is verified, secondary or unverified, not '" + status + "'");
      } else {
        markers.add(new int[] {marker.start(), marker.end()});
      }
      fill(out, marker.start(), marker.end(), MARK);
    }
    String afterMarkers = new String(out);
    Matcher start = MARKER_START.matcher(afterMarkers);
    while (start.find()) {
      bad.add(new int[] {start.start()});
      reasons.add("a marker is [source: ...; status: verified|secondary|unverified]; this one is incomplete");
    }
    Matcher link = LINK.matcher(afterMarkers);
    while (link.find()) {
      String target = link.group(2);
      boolean external = target.startsWith("http://") || target.startsWith("https://");
      if (external) {
        out[link.start()] = ' ';
        fill(out, link.end(1), link.end(), HIDDEN);
      } else {
        fill(out, link.start(), link.end(), HIDDEN);
      }
    }
    Matcher url = URL.matcher(new String(out));
    while (url.find()) {
      fill(out, url.start(), url.end(), HIDDEN);
    }
    return new Masked(new String(out), markers, bad, reasons);
  }

  private static void fill(char[] out, int from, int to, char with) {
    for (int i = from; i < to; i++) {
      if (out[i] != '\n') {
        out[i] = with;
      }
    }
  }

  // ------------------------------------------------------------------ sentences

  /**
   * Sentence bounds [from, to) in a masked paragraph. A sentence that is only a bold label joins the
   * next one; one that is only markers (written after the period) joins the previous one.
   */
  static List<int[]> sentences(String text) {
    List<int[]> raw = new ArrayList<>();
    Matcher end = SENTENCE_END.matcher(text);
    int from = 0;
    while (end.find()) {
      if (abbreviation(text, end.start())) {
        continue;
      }
      raw.add(new int[] {from, end.end()});
      from = end.end();
    }
    if (from < text.length()) {
      raw.add(new int[] {from, text.length()});
    }
    List<int[]> out = new ArrayList<>();
    int[] pending = null;
    for (int[] s : raw) {
      int[] current = pending == null ? s : new int[] {pending[0], s[1]};
      boolean onlyMarkers = text.substring(s[0], s[1]).replaceAll("[\\s.;,]", "").chars().allMatch(c -> c == MARK);
      if (onlyMarkers && pending == null && !out.isEmpty()) {
        out.set(out.size() - 1, new int[] {out.get(out.size() - 1)[0], s[1]});
      } else if (BOLD_ONLY.matcher(text.substring(s[0], s[1]).strip()).matches()) {
        pending = current;
      } else {
        out.add(current);
        pending = null;
      }
    }
    if (pending != null) {
      out.add(pending);
    }
    return out;
  }

  private static boolean abbreviation(String text, int period) {
    if (text.charAt(period) != '.') {
      return false;
    }
    int i = period;
    while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
      i--;
    }
    String word = text.substring(i, period).toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(word);
  }

  private static List<String> cells(String row) {
    String r = row.strip();
    if (r.startsWith("|")) {
      r = r.substring(1);
    }
    if (r.endsWith("|") && !r.endsWith("\\|")) {
      r = r.substring(0, r.length() - 1);
    }
    return Arrays.asList(r.split("(?<!\\\\)\\|", -1));
  }

  private static int indexOf(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String shorten(String text, int at) {
    String s = text.substring(Math.max(0, Math.min(at, text.length()))).replace('\n', ' ').strip();
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }

  private static List<Pattern> patterns(String... regexes) {
    return Arrays.stream(regexes).map(Pattern::compile).toList();
  }
}
