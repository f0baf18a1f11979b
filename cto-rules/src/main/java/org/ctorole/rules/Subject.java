package org.ctorole.rules;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a finding is about: its kind, its id in the profile (or the catalogue), and the name a
 * reader knows it by (a person's name, an initiative's name, a constituent's title; the id when
 * there is no other).
 *
 * <pre>{@code finding.subject().id() // "ana"; finding.subject().name() // "Ana Silva"}</pre>
 *
 * @param kind what the id identifies
 * @param id   the stable id, as used in waivers and baselines
 * @param name the name a reader knows it by
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Subject(SubjectKind kind, String id, String name) {

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
    }

    /** A subject known only by its id. */
    public static Subject of(SubjectKind kind, String id) {
        return new Subject(kind, id, id);
    }

    @Override
    public String toString() {
        return id;
    }
}
