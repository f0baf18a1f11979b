package org.ctorole.rules;

import java.util.Optional;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.IntegrationPillar;

/**
 * Where a finding belongs in the action plan: resilience work first, then the four integration
 * pillars of seed 004, and governance of the assessment itself (waivers).
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Track {
    RESILIENCE(null),
    STRATEGIC_CO_CREATION(IntegrationPillar.STRATEGIC_CO_CREATION),
    INFORMATION_ALIGNMENT(IntegrationPillar.INFORMATION_ALIGNMENT),
    OUTCOME_ACCOUNTABILITY(IntegrationPillar.OUTCOME_ACCOUNTABILITY),
    TRANSLATION_EXCELLENCE(IntegrationPillar.TRANSLATION_EXCELLENCE),
    GOVERNANCE(null);

    private final IntegrationPillar pillar;

    Track(IntegrationPillar pillar) {
        this.pillar = pillar;
    }

    /** The seed 004 integration pillar of this track, if it is one. */
    public Optional<IntegrationPillar> pillar() {
        return Optional.ofNullable(pillar);
    }
}
