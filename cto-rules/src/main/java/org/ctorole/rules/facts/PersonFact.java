package org.ctorole.rules.facts;

import java.util.List;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Role;

/**
 * A person, with the roles the rules ask about flattened to flags. Custom rules see every
 * person; the built-in pack, which only judges leaders, sees the leaders.
 *
 * @param roles     the roles held, in the order of {@link Role}
 * @param reportsTo manager id, or null
 * @param deputy    deputy id, or null
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PersonFact(String id, List<Role> roles, boolean leader, boolean cto, boolean ceo, String reportsTo,
                         String deputy) {
    public PersonFact {
        roles = List.copyOf(roles);
    }
}
