package org.ctorole.rules;

import org.ctorole.model.catalogue.Source;

/** Defaults for findings of custom rules that were not described with a {@link RuleDescriptor}. */
final class CustomRules {
    static final Source UNDESCRIBED_SOURCE = new Source("custom", "rule registered without a descriptor");

    private CustomRules() {
    }
}
