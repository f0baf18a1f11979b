package org.ctorole.git;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Numbers the developers met in the history: mailmap first, then one developer per e-mail address; an
 * excluded author gets -1. The first identity met (the newest commit, walking back) names the developer.
 */
final class Identities {
    private final Mailmap mailmap;
    private final AuthorFilter filter;
    private final Map<String, Integer> byRawIdentity = new HashMap<>();
    private final Map<String, Integer> byKey = new HashMap<>();
    private final List<Developer> developers = new ArrayList<>();
    private final Map<String, Developer> excluded = new LinkedHashMap<>();

    Identities(Mailmap mailmap, AuthorFilter filter) {
        this.mailmap = mailmap;
        this.filter = filter;
    }

    /** The developer's number, or -1 when their commits do not count. */
    int of(PersonIdent author) {
        String name = author.getName() == null ? "" : author.getName();
        String email = author.getEmailAddress() == null ? "" : author.getEmailAddress();
        String raw = name + '\n' + email;
        Integer known = byRawIdentity.get(raw);
        if (known != null) {
            return known;
        }
        Developer developer = mailmap.map(name, email);
        int index;
        if (filter.excludes(developer)) {
            excluded.putIfAbsent(developer.key(), developer);
            index = -1;
        } else {
            index = byKey.computeIfAbsent(developer.key(), k -> {
                developers.add(developer);
                return developers.size() - 1;
            });
        }
        byRawIdentity.put(raw, index);
        return index;
    }

    Developer developer(int index) {
        return developers.get(index);
    }

    List<Developer> excluded() {
        return List.copyOf(excluded.values());
    }
}
