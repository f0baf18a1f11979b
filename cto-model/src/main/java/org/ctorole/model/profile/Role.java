package org.ctorole.model.profile;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A role a person holds. The first ten are leadership roles: a leader without a deputy is a
 * finding ({@code no-deputy}).
 *
 * <pre>{@code Role.CTO.isLeadership() // true}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Role {
    CEO,
    CFO,
    COO,
    CTO,
    CIO,
    VP_ENGINEERING,
    VP_PRODUCT,
    HEAD_OF_SALES,
    HEAD_OF_MARKETING,
    HEAD_OF_BUSINESS_DEVELOPMENT,
    ENGINEERING_MANAGER,
    ENGINEER,
    PRODUCT_MANAGER,
    SALES_REPRESENTATIVE,
    MARKETER,
    OPERATIONS,
    OTHER;

    private static final Set<Role> LEADERSHIP = EnumSet.range(CEO, HEAD_OF_BUSINESS_DEVELOPMENT);

    /** Whether the role is one of the leadership roles, the first ten. */
    public boolean isLeadership() {
        return LEADERSHIP.contains(this);
    }
}
