package org.ctorole.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.Role;

/**
 * A person as a source knows them. Unlike a profile's {@code Person}, every field may be unknown,
 * so that merging never takes a source's silence for a fact: an unknown value neither fills in
 * nor contradicts what the profile says.
 *
 * <pre>{@code ImportedPerson.of("ana.silva", "Ana Silva").withEmail("ana.silva@northwind.example")
 *         .withRoles(List.of(Role.ENGINEER)).withManager("lena.novak")}</pre>
 *
 * @param id           id in the partial profile (unique within one {@link ImportResult})
 * @param name         display name; {@code null} when unknown
 * @param email        work e-mail address; empty when unknown
 * @param roles        roles derived from the source (titles); empty when unknown
 * @param engagement   engagement; empty when unknown
 * @param managerKnown whether the source states managers at all; when false {@code reportsTo} is ignored
 * @param reportsTo    the manager: the id of another person of the same result or, when the source
 *                     could not place them, a reference (e-mail, id or name) resolved against the
 *                     profile when merging; empty for the top of the organisation
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ImportedPerson(String id, String name, Optional<String> email, List<Role> roles,
                             Optional<Engagement> engagement, boolean managerKnown, Optional<String> reportsTo) {

    public ImportedPerson {
        Objects.requireNonNull(id, "id");
        email = email == null ? Optional.empty() : email;
        roles = roles == null ? List.of() : List.copyOf(roles);
        engagement = engagement == null ? Optional.empty() : engagement;
        reportsTo = reportsTo == null ? Optional.empty() : reportsTo;
    }

    /** A person of whom only the id and (possibly {@code null}) name are known. */
    public static ImportedPerson of(String id, String name) {
        return new ImportedPerson(id, name, Optional.empty(), List.of(), Optional.empty(), false, Optional.empty());
    }

    public ImportedPerson withEmail(String address) {
        return new ImportedPerson(id, name, Optional.ofNullable(address), roles, engagement, managerKnown, reportsTo);
    }

    public ImportedPerson withRoles(List<Role> newRoles) {
        return new ImportedPerson(id, name, email, newRoles, engagement, managerKnown, reportsTo);
    }

    public ImportedPerson withEngagement(Engagement value) {
        return new ImportedPerson(id, name, email, roles, Optional.ofNullable(value), managerKnown, reportsTo);
    }

    /** States the manager: a reference, or {@code null} for the top of the organisation. */
    public ImportedPerson withManager(String reference) {
        return new ImportedPerson(id, name, email, roles, engagement, true, Optional.ofNullable(reference));
    }
}
