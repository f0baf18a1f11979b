package org.ctorole.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Teams and their members, to expand a team named as an owner ({@code @northwind/payments} in
 * CODEOWNERS, {@code group:payments} in Backstage) into people. Members are references (e-mail,
 * person id or name) resolved against the profile when merging. Teams come from SCIM {@code Group}
 * resources, Backstage {@code Group} entities or the {@code teams:} of a mapping file.
 *
 * <p>A team is found by its name ignoring case, with or without a leading {@code @} and with or
 * without its organisation: {@code @northwind/payments} finds a team called {@code payments}.
 *
 * <pre>{@code Teams teams = Teams.of(Map.of("payments", List.of("ana@northwind.example", "ben")));
 * teams.members("@northwind/payments")   // Optional[[ana@northwind.example, ben]]}</pre>
 */
public final class Teams {
    private static final Teams NONE = new Teams(Map.of());

    private final Map<String, List<String>> members;

    private Teams(Map<String, List<String>> members) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        members.forEach((team, list) -> copy.put(team, List.copyOf(list)));
        this.members = Collections.unmodifiableMap(copy);
    }

    /** No teams. */
    public static Teams none() {
        return NONE;
    }

    /** Teams by name, in the order given. */
    public static Teams of(Map<String, List<String>> members) {
        return members.isEmpty() ? NONE : new Teams(members);
    }

    /** Every team, by the name it was given. */
    public Map<String, List<String>> all() {
        return members;
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** These teams, then the other's teams of names not known here. */
    public Teams and(Teams other) {
        if (other.isEmpty()) {
            return this;
        }
        Map<String, List<String>> all = new LinkedHashMap<>(members);
        other.members.forEach(all::putIfAbsent);
        return new Teams(all);
    }

    /** The members of the team, found as described above. */
    public Optional<List<String>> members(String team) {
        List<String> candidates = new ArrayList<>();
        String name = team.startsWith("@") ? team.substring(1) : team;
        candidates.add(name);
        int slash = name.lastIndexOf('/');
        if (slash >= 0) {
            candidates.add(name.substring(slash + 1));
        }
        for (String candidate : candidates) {
            for (Map.Entry<String, List<String>> e : members.entrySet()) {
                String key = e.getKey().startsWith("@") ? e.getKey().substring(1) : e.getKey();
                if (key.toLowerCase(Locale.ROOT).equals(candidate.toLowerCase(Locale.ROOT))) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Teams t && t.members.equals(members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return members.toString();
    }
}
