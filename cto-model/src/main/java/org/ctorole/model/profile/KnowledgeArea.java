package org.ctorole.model.profile;

import java.util.List;
import org.apiguardian.api.API;

/**
 * An area of knowledge and the people who can work on it unaided.
 *
 * <pre>{@code new KnowledgeArea("payments", true, List.of("ana"))}</pre>
 *
 * @param area     unique area id
 * @param critical whether losing the area would hurt the business (required)
 * @param experts  ids of the people who can work on it unaided (required; may be empty)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record KnowledgeArea(String area, Boolean critical, List<String> experts) {
    public KnowledgeArea {
        experts = experts == null ? null : Copies.list(experts);
    }

    /** Whether the area is critical; false when not given (validation reports it missing). */
    public boolean isCritical() {
        return Boolean.TRUE.equals(critical);
    }
}
