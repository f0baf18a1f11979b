package org.ctorole.rules.facts;

import org.ctorole.model.profile.Section;

/** Present for each section the profile gives; rules that judge an absence guard on it. */
public record Assessed(Section section) {
}
