package org.ctorole.rules.internal;

import org.apiguardian.api.API;
import org.ctorole.rules.facts.Detection;

/**
 * A detection and the DRL rule whose consequence inserted it, so that rules need not name
 * themselves.
 *
 * @param ruleName  the DRL rule name ({@code untested-backup (never tested)})
 * @param detection what it inserted
 */
@API(status = API.Status.INTERNAL)
public record Reported(String ruleName, Detection detection) {
}
