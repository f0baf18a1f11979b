package org.ctorole.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Person;

/**
 * Finds the person of a profile that someone a source names is, as {@link ProfileMerger} matches people: by
 * e-mail address (ignoring case), else by a name exactly one person has (ignoring case and repeated spaces).
 * For a source that must not add people (the authors of a repository are not all staff).
 *
 * <pre>{@code PersonMatcher.of(profile.people()).match("Ana.Silva@northwind.example", "Ana")  // ana.silva}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PersonMatcher {
    private final Map<String, Person> byEmail = new HashMap<>();
    private final Map<String, List<Person>> byName = new HashMap<>();

    private PersonMatcher(List<Person> people) {
        for (Person p : people) {
            p.email().ifPresent(e -> byEmail.putIfAbsent(e.toLowerCase(Locale.ROOT), p));
            if (p.name() != null) {
                byName.computeIfAbsent(Ids.nameKey(p.name()), k -> new ArrayList<>(1)).add(p);
            }
        }
    }

    /** A matcher over these people. */
    public static PersonMatcher of(List<Person> people) {
        return new PersonMatcher(people);
    }

    /**
     * The person with this e-mail address, else the only person with this name.
     *
     * @param email an e-mail address, or {@code null}
     * @param name  a name, or {@code null}
     */
    public Optional<Person> match(String email, String name) {
        if (email != null && !email.isBlank()) {
            Person p = byEmail.get(email.toLowerCase(Locale.ROOT));
            if (p != null) {
                return Optional.of(p);
            }
        }
        if (name != null && !name.isBlank()) {
            List<Person> named = byName.getOrDefault(Ids.nameKey(name), List.of());
            if (named.size() == 1) {
                return Optional.of(named.get(0));
            }
        }
        return Optional.empty();
    }
}
