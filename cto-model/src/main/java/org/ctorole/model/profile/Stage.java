package org.ctorole.model.profile;

/** Growth stage of an organisation; reports use it for context, no rule depends on it yet. */
public enum Stage {
    STARTUP,
    SCALEUP,
    ENTERPRISE
}
