package org.ctorole.io.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctorole.model.profile.Commitment;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Waiver;
import org.ctorole.rules.ActionPlan;
import org.ctorole.rules.ActionStep;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.Finding;
import org.ctorole.rules.NotAssessed;
import org.ctorole.rules.RuleBook;
import org.ctorole.rules.RuleDescriptor;
import org.ctorole.rules.Score;
import org.ctorole.rules.Scorecard;
import org.ctorole.rules.SubjectKind;

/**
 * Pseudonymises the people of an assessed profile for reports ({@code --redact-people}): HR data
 * is personal data (DESIGN.md "Privacy").
 *
 * <p>Every person id and name is replaced by {@code person-1}, {@code person-2}, ... numbered in
 * the order people first appear in the findings, then the rest in profile order; so the same
 * input always gets the same pseudonyms. Replaced are: the subjects of rules about a person,
 * messages, evidence values (lists and maps included), recommendations, waivers, the keys that
 * scores and the action plan refer to, the action plan's texts, and the profile's people and the
 * references to them. Only whole tokens are replaced (id {@code ana} leaves {@code banana} and
 * {@code ana-api} alone); ids and single name parts match case-sensitively, full names ignoring
 * case. A name part shared by two people becomes {@value #AMBIGUOUS}.
 *
 * <pre>{@code
 * AssessedProfile safe = Redactor.redact(new AssessedProfile("northwind.yaml", profile, assessment));
 * safe.assessment().finding("key-person-dependency", "person-1"); // was "ana"
 * }</pre>
 */
public final class Redactor {

    /** What a name part shared by several people is replaced with: it cannot name one of them. */
    public static final String AMBIGUOUS = "[person]";

    /** Characters that continue a token: a match must not touch one on either side. */
    private static final String TOKEN_CHAR = "[\\p{L}\\p{N}_-]";
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private Redactor() {
    }

    /** The item with every person pseudonymised; the input is not changed. */
    public static AssessedProfile redact(AssessedProfile item) {
        Objects.requireNonNull(item, "item");
        Pseudonyms names = Pseudonyms.of(item.profile(), item.assessment());
        return new AssessedProfile(item.source(), names.profile(item.profile()), names.assessment(item.assessment()));
    }

    private static Optional<SubjectKind> kindOf(String ruleId) {
        return RuleBook.builtIn().rule(ruleId).map(RuleDescriptor::subjectKind);
    }

    /** The people of one item, the pattern that finds them in text, and their pseudonyms. */
    private static final class Pseudonyms {
        /** Ids and name parts, exactly as written, to the id of their person (or {@link #AMBIGUOUS}). */
        private final Map<String, String> exact = new HashMap<>();
        /** Full names of two words or more, lower case with single blanks, to the id of their person. */
        private final Map<String, String> folded = new HashMap<>();
        private final Map<String, String> pseudonymById = new HashMap<>();
        private Pattern pattern;

        static Pseudonyms of(OrganisationProfile profile, Assessment assessment) {
            Pseudonyms p = new Pseudonyms();
            Map<String, String> nameById = new LinkedHashMap<>();
            for (Person person : profile.people()) {
                if (person != null && person.id() != null) {
                    nameById.putIfAbsent(person.id(), person.name());
                }
            }
            // People named only as the subject of a rule about a person (a custom rule, a what-if) count too.
            for (Finding f : assessment.findings()) {
                if (kindOf(f.ruleId()).orElse(null) == SubjectKind.PERSON) {
                    nameById.putIfAbsent(f.subject(), null);
                }
            }
            for (Waiver w : waiversOf(profile, assessment)) {
                if (w != null && w.ruleId() != null && w.subject() != null
                        && kindOf(w.ruleId()).orElse(null) == SubjectKind.PERSON) {
                    nameById.putIfAbsent(w.subject(), null);
                }
            }
            p.index(nameById);
            p.number(nameById.keySet(), assessment);
            return p;
        }

        private static List<Waiver> waiversOf(OrganisationProfile profile, Assessment assessment) {
            List<Waiver> all = new ArrayList<>(profile.waivers());
            all.addAll(assessment.unmatchedWaivers());
            assessment.findings().forEach(f -> f.waiver().ifPresent(all::add));
            return all;
        }

        private void index(Map<String, String> nameById) {
            nameById.keySet().stream().filter(id -> !id.isBlank()).forEach(id -> exact.put(id, id));
            Map<String, String> parts = new HashMap<>();
            nameById.forEach((id, name) -> {
                if (name == null || name.isBlank()) {
                    return;
                }
                String[] words = BLANKS.split(name.strip());
                if (words.length > 1) {
                    folded.putIfAbsent(fold(name), id);
                }
                for (String word : words) {
                    String part = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
                    // A lower-case particle ("van", "de") names nobody on its own; a one-word name does.
                    if (part.length() >= 2 && (words.length == 1 || Character.isUpperCase(part.codePointAt(0)))) {
                        parts.merge(part, id, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
                    }
                }
            });
            parts.forEach(exact::putIfAbsent);
            // Longest term first, so "Ana Silva" wins over "Ana" where both match.
            Map<String, Integer> alternatives = new HashMap<>();
            exact.keySet().forEach(term -> alternatives.put(Pattern.quote(term), term.length()));
            folded.keySet().forEach(name -> alternatives.put("(?iu:" + String.join("\\s+",
                    BLANKS.splitAsStream(name).map(Pattern::quote).toList()) + ")", name.length()));
            if (alternatives.isEmpty()) {
                return;
            }
            List<String> ordered = alternatives.keySet().stream().sorted(Comparator
                    .comparing((String regex) -> alternatives.get(regex)).reversed()
                    .thenComparing(Comparator.naturalOrder())).toList();
            pattern = Pattern.compile("(?<!" + TOKEN_CHAR + ")(?:" + String.join("|", ordered) + ")(?!"
                    + TOKEN_CHAR + ")");
        }

        private void number(Set<String> ids, Assessment assessment) {
            Set<String> order = new LinkedHashSet<>();
            for (Finding f : assessment.findings()) {
                if (kindOf(f.ruleId()).orElse(null) == SubjectKind.PERSON) {
                    order.add(f.subject());
                } else {
                    collect(f.subject(), order);
                }
                collect(f.message(), order);
                collectValue(f.evidence(), order);
                collect(f.recommendation(), order);
                f.waiver().ifPresent(w -> {
                    collect(w.subject(), order);
                    collect(w.reason(), order);
                });
            }
            order.addAll(ids);
            int n = 0;
            for (String id : order) {
                pseudonymById.put(id, "person-" + (++n));
            }
        }

        private void collect(String text, Set<String> order) {
            if (text == null || pattern == null) {
                return;
            }
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String id = idOf(m.group());
                if (id != null && !id.equals(AMBIGUOUS)) {
                    order.add(id);
                }
            }
        }

        private void collectValue(Object value, Set<String> order) {
            if (value instanceof String s) {
                collect(s, order);
            } else if (value instanceof Collection<?> c) {
                c.forEach(v -> collectValue(v, order));
            } else if (value instanceof Map<?, ?> m) {
                m.forEach((k, v) -> {
                    collectValue(k, order);
                    collectValue(v, order);
                });
            }
        }

        private String idOf(String match) {
            String id = exact.get(match);
            return id != null ? id : folded.get(fold(match));
        }

        private static String fold(String name) {
            return BLANKS.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        }

        /** Free text with every person replaced. */
        String text(String text) {
            if (text == null || pattern == null) {
                return text;
            }
            return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(replacementFor(m.group())));
        }

        private String replacementFor(String match) {
            String id = idOf(match);
            if (id == null || id.equals(AMBIGUOUS)) {
                return AMBIGUOUS; // a case-folded match that no longer folds back: still somebody
            }
            return pseudonymById.get(id);
        }

        /** A person id (as used in references): its pseudonym. */
        String id(String id) {
            if (id == null) {
                return null;
            }
            String pseudonym = pseudonymById.get(id);
            return pseudonym != null ? pseudonym : text(id);
        }

        /** The subject of a finding of this rule. */
        String subject(String ruleId, String subject) {
            if (subject == null) {
                return null;
            }
            SubjectKind kind = ruleId == null ? null : kindOf(ruleId).orElse(null);
            if (kind == SubjectKind.PERSON) {
                return id(subject);
            }
            if (kind == SubjectKind.WAIVER) {
                return key(subject); // the ruleId:subject of the waiver
            }
            return text(subject);
        }

        /** A finding key {@code ruleId:subject}. */
        String key(String key) {
            int colon = key.indexOf(':');
            if (colon < 0) {
                return text(key);
            }
            String ruleId = key.substring(0, colon);
            return ruleId + ":" + subject(ruleId, key.substring(colon + 1));
        }

        Object value(Object value) {
            if (value instanceof String s) {
                return text(s);
            }
            if (value instanceof Collection<?> c) {
                List<Object> copy = new ArrayList<>(c.size());
                c.forEach(v -> copy.add(value(v)));
                return copy;
            }
            if (value instanceof Map<?, ?> m) {
                Map<Object, Object> copy = new LinkedHashMap<>();
                m.forEach((k, v) -> copy.put(value(k), value(v)));
                return copy;
            }
            return value;
        }

        Waiver waiver(Waiver w) {
            return w == null ? null : new Waiver(w.ruleId(), subject(w.ruleId(), w.subject()), text(w.reason()),
                    w.expires());
        }

        OrganisationProfile profile(OrganisationProfile profile) {
            OrganisationProfile.Builder b = profile.toBuilder();
            b.people(profile.people().stream().map(p -> p == null || p.id() == null ? p
                    : new Person(id(p.id()), p.name() == null ? null : id(p.id()), Optional.empty(), p.roles(),
                    p.reportsTo().map(this::id), p.deputy().map(this::id), p.engagement())).toList());
            profile.cto().ifPresent(c -> b.cto(new CtoWorkingPattern(id(c.person()), c.timeAllocation(),
                    c.accountableFor(), c.receivesCompetitiveIntelligence(), c.lastTechnologyReview())));
            profile.knowledge().ifPresent(areas -> b.knowledge(areas.stream().map(a -> a == null ? null
                    : new KnowledgeArea(text(a.area()), a.critical(),
                    a.experts() == null ? null : a.experts().stream().map(this::id).toList())).toList()));
            profile.commitments().ifPresent(list -> b.commitments(list.stream().map(c -> c == null ? null
                    : new Commitment(c.id(), c.customer(), text(c.promise()), id(c.madeBy()), c.technologyReviewed()))
                    .toList()));
            b.waivers(profile.waivers().stream().map(this::waiver).toList());
            return b.buildUnvalidated();
        }

        @SuppressWarnings("unchecked")
        Assessment assessment(Assessment a) {
            List<Finding> findings = a.findings().stream().map(f -> new Finding(f.ruleId(), f.severity(),
                    subject(f.ruleId(), f.subject()), text(f.message()), (Map<String, Object>) value(f.evidence()),
                    f.harms(), f.track(), text(f.recommendation()), f.source(), f.waiver().map(this::waiver)))
                    .toList();
            Scorecard card = a.scorecard();
            Scorecard scorecard = new Scorecard(scores(card.areas()), scores(card.axes()), scores(card.constituents()),
                    score(card.overall()), card.indicators());
            ActionPlan plan = new ActionPlan(a.actionPlan().steps().stream().map(s -> new ActionStep(s.stage(),
                    s.track(), text(s.title()), s.actions().stream().map(this::text).toList(),
                    s.findings().stream().map(this::key).toList(), text(s.expectedOutcome()))).toList());
            return new Assessment(a.profile(), a.assessedOn(), findings,
                    a.notAssessed().stream().map(n -> new NotAssessed(n.ruleId(), text(n.reason()))).toList(),
                    a.unmatchedWaivers().stream().map(this::waiver).toList(), scorecard, plan);
        }

        private List<Score> scores(List<Score> scores) {
            return scores.stream().map(this::score).toList();
        }

        private Score score(Score s) {
            return s == null ? null : new Score(s.id(), s.title(), s.value(),
                    s.loweredBy().stream().map(this::key).sorted().toList());
        }
    }
}
