package org.ctorole.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Teams and their members, to expand a team named as an owner ({@code @northwind/payments} in
 * CODEOWNERS, {@code group:payments} in Backstage) into people. Members are references (e-mail,
 * person id or name) resolved against the profile when merging. Teams come from SCIM {@code Group}
 * resources, Backstage {@code Group} entities or the {@code teams:} of a mapping file.
 *
 * <p>A team is found by its name ignoring case, with or without a leading {@code @} and with or
 * without its organisation: {@code @northwind/payments} finds a team called {@code payments}, and
 * the other way round.
 *
 * <pre>{@code Teams teams = Teams.of(Map.of("payments", List.of("ana@northwind.example", "ben")));
 * teams.members("@northwind/payments")   // Optional[[ana@northwind.example, ben]]}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
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
        String wanted = plain(team);
        for (Map.Entry<String, List<String>> e : members.entrySet()) {
            if (plain(e.getKey()).equals(wanted)) {
                return Optional.of(e.getValue());
            }
        }
        // Without the organisation: "@northwind/payments" and "payments" name one team.
        String last = lastSegment(wanted);
        for (Map.Entry<String, List<String>> e : members.entrySet()) {
            if (lastSegment(plain(e.getKey())).equals(last)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private static String plain(String team) {
        return (team.startsWith("@") ? team.substring(1) : team).toLowerCase(Locale.ROOT);
    }

    private static String lastSegment(String team) {
        return team.substring(team.lastIndexOf('/') + 1);
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
