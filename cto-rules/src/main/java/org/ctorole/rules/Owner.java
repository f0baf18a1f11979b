package org.ctorole.rules;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who owns a step of the action plan: a role, and the person of the profile who holds it.
 *
 * <pre>{@code step.owner().name() // "Maya Chen"; step.owner().role() // "CTO"}</pre>
 *
 * @param role     the role that owns it: {@code CEO}, {@code CTO}, or the subject's own role
 * @param personId the id of the person who holds it, null when nobody in the profile does
 * @param name     how a reader knows the owner: the person's name, or the role ("the CEO")
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Owner(String role, String personId, String name) {
    public Owner {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
    }

    /** The person who holds the role, if the profile names one. */
    public Optional<String> person() {
        return Optional.ofNullable(personId);
    }

    /** {@code Maya Chen (CTO)}, or the role alone when nobody holds it. */
    @Override
    public String toString() {
        return personId == null ? name : name + " (" + role + ")";
    }
}
