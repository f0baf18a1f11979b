package org.ctorole.model.profile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A profile with its people pseudonymised, for reports that must not name anyone: HR data is
 * personal data. Redacting the profile, before it is assessed, means every finding, message,
 * score and plan built from it names nobody, with no text to search afterwards.
 *
 * <p>The person at position n of {@code people} becomes id {@code person-n} and name
 * {@code Person n}, so the same profile always gets the same pseudonyms. Every reference follows
 * (managers, deputies, experts, the CTO, commitments' makers, waivers about a person); e-mail
 * addresses are dropped. Free text the user wrote (waiver reasons, promises, initiative names)
 * has each whole-word id, full name or distinctive name part of a person replaced; a name part
 * two people share becomes {@value #SOMEBODY}.
 *
 * <pre>{@code
 * OrganisationProfile safe = PeopleRedaction.of(profile).profile();
 * assessor.assess(safe); // findings name person-1, person-2, ...
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PeopleRedaction {
    /** What replaces a name part shared by several people: it cannot name one of them. */
    public static final String SOMEBODY = "[person]";

    /** Characters that continue a token: a match must not touch one on either side. */
    private static final String TOKEN_CHAR = "[\\p{L}\\p{N}_-]";
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final OrganisationProfile original;
    private final Map<String, Integer> numberById = new LinkedHashMap<>();
    /** Ids and name parts, exactly as written, to the id of their person (or {@link #SOMEBODY}). */
    private final Map<String, String> exact = new HashMap<>();
    /** Full names of two words or more, lower case with single blanks, to the id of their person. */
    private final Map<String, String> folded = new HashMap<>();
    private final Pattern pattern;

    private PeopleRedaction(OrganisationProfile profile) {
        this.original = Objects.requireNonNull(profile, "profile");
        for (Person p : profile.people()) {
            if (p != null && p.id() != null) {
                numberById.putIfAbsent(p.id(), numberById.size() + 1);
            }
        }
        Map<String, String> parts = new HashMap<>();
        for (Person p : profile.people()) {
            if (p == null || p.id() == null) {
                continue;
            }
            if (!p.id().isBlank()) {
                exact.put(p.id(), p.id());
            }
            if (p.name() == null || p.name().isBlank()) {
                continue;
            }
            String[] words = BLANKS.split(p.name().strip());
            if (words.length > 1) {
                folded.putIfAbsent(fold(p.name()), p.id());
            }
            for (String word : words) {
                String part = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
                // A lower-case particle ("van", "de") names nobody on its own; a one-word name does.
                if (part.length() >= 2 && (words.length == 1 || Character.isUpperCase(part.codePointAt(0)))) {
                    parts.merge(part, p.id(), (a, b) -> a.equals(b) ? a : SOMEBODY);
                }
            }
        }
        parts.forEach(exact::putIfAbsent);
        this.pattern = pattern();
    }

    /** The redaction of a profile's people. */
    public static PeopleRedaction of(OrganisationProfile profile) {
        return new PeopleRedaction(profile);
    }

    /** The pseudonymous id of a person id; ids of nobody in the profile are kept as they are. */
    public String id(String personId) {
        if (personId == null) {
            return null;
        }
        Integer n = numberById.get(personId);
        return n == null ? personId : "person-" + n;
    }

    /** Free text with every person in it replaced by their pseudonymous id. */
    public String text(String text) {
        if (text == null || pattern == null) {
            return text;
        }
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(replacementFor(m.group())));
    }

    /** The profile with every person pseudonymised; the original is not changed. */
    public OrganisationProfile profile() {
        OrganisationProfile.Builder b = original.toBuilder();
        b.people(original.people().stream().map(p -> p == null || p.id() == null ? p
                : new Person(id(p.id()), p.name() == null ? null : "Person " + numberById.get(p.id()),
                Optional.empty(), p.roles(), p.reportsTo().map(this::id), p.deputy().map(this::id),
                p.engagement())).toList());
        // Decision names are free text, which may name people, as initiative names may.
        original.cto().ifPresent(c -> b.cto(c.withPerson(id(c.person())).withDecisions(c.decisions()
                .map(list -> list.stream().map(d -> d == null ? null : new Decision(d.id(), text(d.name()), d.kind(),
                        d.ctoInvolved(), d.customerValidated())).toList()).orElse(null))));
        original.knowledge().ifPresent(areas -> b.knowledge(areas.stream().map(a -> a == null ? null
                : new KnowledgeArea(text(a.area()), a.critical(),
                a.experts() == null ? null : a.experts().stream().map(this::id).toList())).toList()));
        original.strategy().ifPresent(list -> b.strategy(list.stream().map(s -> s == null ? null
                : new StrategyInitiative(s.id(), text(s.name()), s.ctoJoinedAt())).toList()));
        original.commitments().ifPresent(list -> b.commitments(list.stream().map(c -> c == null ? null
                : new Commitment(c.id(), c.customer(), text(c.promise()), id(c.madeBy()), c.technologyReviewed(),
                c.specificationComplete()))
                .toList()));
        b.waivers(original.waivers().stream().map(this::waiver).toList());
        return b.buildUnvalidated();
    }

    private Waiver waiver(Waiver w) {
        if (w == null) {
            return null;
        }
        // A waiver's subject is a person's id for rules about a person, and then is redacted too.
        return new Waiver(w.ruleId(), numberById.containsKey(w.subject()) ? id(w.subject()) : w.subject(),
                text(w.reason()), w.expires());
    }

    private Pattern pattern() {
        // Longest term first, so "Ana Silva" wins over "Ana" where both match.
        Map<String, Integer> alternatives = new HashMap<>();
        exact.keySet().forEach(term -> alternatives.put(Pattern.quote(term), term.length()));
        folded.keySet().forEach(name -> alternatives.put("(?iu:" + String.join("\\s+",
                BLANKS.splitAsStream(name).map(Pattern::quote).toList()) + ")", name.length()));
        if (alternatives.isEmpty()) {
            return null;
        }
        List<String> ordered = alternatives.keySet().stream().sorted(Comparator
                .comparing((String regex) -> alternatives.get(regex)).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
        return Pattern.compile("(?<!" + TOKEN_CHAR + ")(?:" + String.join("|", ordered) + ")(?!" + TOKEN_CHAR + ")");
    }

    private String replacementFor(String match) {
        String id = exact.get(match);
        if (id == null) {
            id = folded.get(fold(match));
        }
        return id == null || id.equals(SOMEBODY) ? SOMEBODY : id(id);
    }

    private static String fold(String name) {
        return BLANKS.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
