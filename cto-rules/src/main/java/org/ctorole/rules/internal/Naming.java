package org.ctorole.rules.internal;

import java.util.HashMap;
import java.util.Map;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.StrategyInitiative;
import org.ctorole.rules.SubjectKind;

/** The names a reader knows the things of one profile by; built lazily, as most findings name few of them. */
final class Naming {
    private final OrganisationProfile profile;
    private Map<String, String> people;
    private Map<String, String> initiatives;
    private Map<String, String> decisions;

    Naming(OrganisationProfile profile) {
        this.profile = profile;
    }

    /** The display name of an id of a kind; the id itself when it has no other. */
    String name(SubjectKind kind, String id) {
        String name = switch (kind) {
            case PERSON -> people().get(id);
            case INITIATIVE -> initiatives().get(id);
            case DECISION -> decisions().get(id);
            case ORGANISATION -> id.equals(profile.organisation().id()) ? profile.organisation().name() : null;
            case CONSTITUENT, INDICATOR -> Wording.catalogueTitle(id);
            default -> null;
        };
        return name == null || name.isBlank() ? id : name;
    }

    private Map<String, String> people() {
        if (people == null) {
            people = new HashMap<>(profile.people().size() * 2);
            for (Person p : profile.people()) {
                if (p.name() != null) {
                    people.put(p.id(), p.name());
                }
            }
        }
        return people;
    }

    private Map<String, String> decisions() {
        if (decisions == null) {
            decisions = new HashMap<>();
            profile.cto().flatMap(c -> c.decisions()).orElse(java.util.List.of()).forEach(d -> {
                if (d.name() != null) {
                    decisions.put(d.id(), d.name());
                }
            });
        }
        return decisions;
    }

    private Map<String, String> initiatives() {
        if (initiatives == null) {
            initiatives = new HashMap<>();
            for (StrategyInitiative s : profile.strategy().orElse(java.util.List.of())) {
                if (s.name() != null) {
                    initiatives.put(s.id(), s.name());
                }
            }
        }
        return initiatives;
    }
}
