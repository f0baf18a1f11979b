package org.ctorole.rules;

/** What the subject of a rule's findings identifies; reports redact PERSON subjects on request. */
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
    WAIVER
}
