package org.ctorole.model.profile;

import org.apiguardian.api.API;

/** Growth stage of an organisation; reports use it for context, no rule depends on it yet. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Stage {
    STARTUP,
    SCALEUP,
    ENTERPRISE
}
