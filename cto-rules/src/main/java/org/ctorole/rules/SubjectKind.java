package org.ctorole.rules;

import org.apiguardian.api.API;

/** What the subject of a rule's findings identifies; reports redact PERSON subjects on request. */
@API(status = API.Status.STABLE, since = "0.1")
public enum SubjectKind {
    ORGANISATION,
    PERSON,
    KNOWLEDGE_AREA,
    SYSTEM,
    INITIATIVE,
    FORUM,
    CONSTITUENT,
    INDICATOR,
    COMMITMENT,
    SUPPLIER,
    WAIVER,
    /** A technology or product decision of {@code cto.decisions}. */
    DECISION
}
