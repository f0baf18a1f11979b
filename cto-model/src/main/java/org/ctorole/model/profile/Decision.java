package org.ctorole.model.profile;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A recent decision of technology or product, and whether the CTO took part in it.
 *
 * <pre>{@code new Decision("crm-buy", "Buy a CRM", DecisionKind.BUILD_VS_BUY, false, Optional.empty())}</pre>
 *
 * @param id                unique decision id
 * @param name              display name (optional)
 * @param kind              what was decided (required)
 * @param ctoInvolved       whether the CTO took part before it was settled (required)
 * @param customerValidated for a product roadmap: whether it was checked with customers before it
 *                          was committed to; empty = not judged
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Decision(String id, String name, DecisionKind kind, Boolean ctoInvolved,
                       Optional<Boolean> customerValidated) {
    public Decision {
        customerValidated = Copies.optional(customerValidated);
    }

    /** A decision that says nothing about customer validation. */
    public Decision(String id, String name, DecisionKind kind, Boolean ctoInvolved) {
        this(id, name, kind, ctoInvolved, Optional.empty());
    }

    public boolean isCtoInvolved() {
        return Boolean.TRUE.equals(ctoInvolved);
    }
}
