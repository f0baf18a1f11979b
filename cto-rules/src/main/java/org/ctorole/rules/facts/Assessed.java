package org.ctorole.rules.facts;

import org.apiguardian.api.API;
import org.ctorole.model.profile.Section;

/** Present for each section the profile gives; rules that judge an absence guard on it. */
@API(status = API.Status.STABLE, since = "0.1")
public record Assessed(Section section) {
}
