package org.ctorole.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.Role;

/**
 * Derives roles (and, for a fractional or interim CTO, the engagement) from job titles, by a
 * table of phrases. Matching ignores case, punctuation and the words "of", "the", "for" and
 * "vice president" is read as "vp": "VP, Engineering", "Vice President of Engineering" and
 * "vp engineering" are one title. A title of several parts joined by {@code &}, {@code /},
 * {@code +} or "and" ("Co-founder &amp; CTO", "CEO / CTO") gets the roles of every part. In each
 * part the first row of the table whose phrase occurs in it, as whole words, wins; rows given
 * by a mapping file are tried before the standard table. A title nothing matches gives no role:
 * the person's role is then unknown (OTHER for a new person) and the title is listed in the
 * summary.
 *
 * <pre>{@code TitleRoles.standard().match("Fractional CTO")   // Optional[[CTO] FRACTIONAL]
 * TitleRoles.standard().withRules(List.of(new TitleRoles.Rule("head of platform", List.of(Role.VP_ENGINEERING), null)))}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TitleRoles {

    /**
     * One row of the table.
     *
     * @param phrase     words to find in the title, e.g. {@code "vp engineering"}
     * @param roles      roles a title with that phrase gives
     * @param engagement the engagement it implies, or {@code null}
     */
    public record Rule(String phrase, List<Role> roles, Engagement engagement) {
        public Rule {
            Objects.requireNonNull(phrase, "phrase");
            roles = List.copyOf(roles);
            if (normalise(phrase).isEmpty()) {
                throw new IllegalArgumentException("a title phrase needs a word: '" + phrase + "'");
            }
        }

        @Override
        public String toString() {
            return phrase + " -> " + roles + (engagement == null ? "" : " " + engagement);
        }
    }

    /**
     * What a title gives.
     *
     * @param roles      roles, in the order of the title's parts
     * @param engagement the engagement a part implies, if any
     */
    public record Match(List<Role> roles, Optional<Engagement> engagement) {
        public Match {
            roles = List.copyOf(roles);
        }

        @Override
        public String toString() {
            return roles + engagement.map(e -> " " + e).orElse("");
        }
    }

    private static final Pattern PARTS = Pattern.compile("\\s*(?:&|/|\\+|\\band\\b)\\s*");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> IGNORED = Set.of("of", "the", "for");

    private static final TitleRoles STANDARD = new TitleRoles(standardRules());

    private final List<Rule> rules;
    private final List<String[]> phrases;

    private TitleRoles(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.phrases = rules.stream().map(r -> normalise(r.phrase()).split(" ")).toList();
    }

    /** The standard table (documented in the README). */
    public static TitleRoles standard() {
        return STANDARD;
    }

    /** This table with the given rows tried first. */
    public TitleRoles withRules(List<Rule> first) {
        if (first.isEmpty()) {
            return this;
        }
        List<Rule> all = new ArrayList<>(first);
        all.addAll(rules);
        return new TitleRoles(all);
    }

    /** The rows, in the order they are tried. */
    public List<Rule> rules() {
        return rules;
    }

    /** The roles of a title; empty when no row matches any part of it (or the title is blank). */
    public Optional<Match> match(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        Set<Role> roles = new LinkedHashSet<>();
        Engagement engagement = null;
        for (String part : PARTS.split(title.toLowerCase(Locale.ROOT))) {
            String[] words = normalise(part).split(" ");
            for (int r = 0; r < rules.size(); r++) {
                if (contains(words, phrases.get(r))) {
                    roles.addAll(rules.get(r).roles());
                    if (engagement == null) {
                        engagement = rules.get(r).engagement();
                    }
                    break;
                }
            }
        }
        return roles.isEmpty() ? Optional.empty()
                : Optional.of(new Match(new ArrayList<>(roles), Optional.ofNullable(engagement)));
    }

    private static boolean contains(String[] words, String[] phrase) {
        for (int i = 0; i + phrase.length <= words.length; i++) {
            int k = 0;
            while (k < phrase.length && words[i + k].equals(phrase[k])) {
                k++;
            }
            if (k == phrase.length) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, accents and punctuation dropped, filler words out, "vice president" read as "vp". */
    static String normalise(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        String[] words = NOT_WORD.matcher(plain).replaceAll(" ").trim().split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || IGNORED.contains(w)) {
                continue;
            }
            if (w.equals("vice") && i + 1 < words.length && words[i + 1].equals("president")) {
                w = "vp";
                i++;
            } else if (w.equals("svp") || w.equals("evp")) {
                w = "vp";
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w);
        }
        return b.toString();
    }

    private static Rule rule(String phrase, Role role) {
        return new Rule(phrase, List.of(role), null);
    }

    private static List<Rule> standardRules() {
        List<Rule> t = new ArrayList<>();
        for (String cto : List.of("cto", "chief technology officer", "chief technical officer")) {
            t.add(new Rule("fractional " + cto, List.of(Role.CTO), Engagement.FRACTIONAL));
            t.add(new Rule("part time " + cto, List.of(Role.CTO), Engagement.FRACTIONAL));
            t.add(new Rule("interim " + cto, List.of(Role.CTO), Engagement.INTERIM));
            t.add(new Rule("acting " + cto, List.of(Role.CTO), Engagement.INTERIM));
        }
        for (String phrase : List.of("chief technology officer", "chief technical officer", "cto")) {
            t.add(rule(phrase, Role.CTO));
        }
        for (String phrase : List.of("chief executive officer", "ceo", "managing director")) {
            t.add(rule(phrase, Role.CEO));
        }
        for (String phrase : List.of("chief financial officer", "cfo")) {
            t.add(rule(phrase, Role.CFO));
        }
        for (String phrase : List.of("chief operating officer", "coo")) {
            t.add(rule(phrase, Role.COO));
        }
        for (String phrase : List.of("chief information officer", "cio")) {
            t.add(rule(phrase, Role.CIO));
        }
        for (String phrase : List.of("vp engineering", "vp software engineering", "head engineering",
                "director engineering", "engineering director", "vp technology", "head technology")) {
            t.add(rule(phrase, Role.VP_ENGINEERING));
        }
        for (String phrase : List.of("chief product officer", "cpo", "vp product", "head product",
                "director product", "product director")) {
            t.add(rule(phrase, Role.VP_PRODUCT));
        }
        for (String phrase : List.of("chief revenue officer", "cro", "chief sales officer", "vp sales", "head sales",
                "sales director", "director sales")) {
            t.add(rule(phrase, Role.HEAD_OF_SALES));
        }
        for (String phrase : List.of("chief marketing officer", "cmo", "vp marketing", "head marketing",
                "marketing director", "director marketing")) {
            t.add(rule(phrase, Role.HEAD_OF_MARKETING));
        }
        for (String phrase : List.of("vp business development", "head business development",
                "business development director", "director business development", "vp partnerships",
                "head partnerships")) {
            t.add(rule(phrase, Role.HEAD_OF_BUSINESS_DEVELOPMENT));
        }
        for (String phrase : List.of("engineering manager", "software development manager", "development manager",
                "engineering lead", "engineering team lead")) {
            t.add(rule(phrase, Role.ENGINEERING_MANAGER));
        }
        for (String phrase : List.of("product manager", "product owner")) {
            t.add(rule(phrase, Role.PRODUCT_MANAGER));
        }
        for (String phrase : List.of("engineer", "developer", "programmer", "architect", "sre", "devops",
                "data scientist", "tech lead", "technical lead")) {
            t.add(rule(phrase, Role.ENGINEER));
        }
        for (String phrase : List.of("account executive", "account manager", "sales", "business development",
                "sdr", "bdr")) {
            t.add(rule(phrase, Role.SALES_REPRESENTATIVE));
        }
        for (String phrase : List.of("marketing", "marketer", "content", "brand", "seo")) {
            t.add(rule(phrase, Role.MARKETER));
        }
        for (String phrase : List.of("operations", "ops", "office manager", "support", "customer success")) {
            t.add(rule(phrase, Role.OPERATIONS));
        }
        return t;
    }
}
