package org.ctorole.rules;

import java.util.Optional;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.IntegrationPillar;

/**
 * Where a finding belongs in the action plan: resilience work first, the mapping of where
 * technology leadership takes part (week one of the integration timeline), then the four
 * integration pillars ("Building tech leaders who think like CEOs"), and governance of the
 * assessment itself (waivers).
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Track {
    RESILIENCE(null),
    /** Mapping the integration points and decision rights: the timeline's first week. */
    INTEGRATION_MAPPING(null),
    STRATEGIC_CO_CREATION(IntegrationPillar.STRATEGIC_CO_CREATION),
    INFORMATION_ALIGNMENT(IntegrationPillar.INFORMATION_ALIGNMENT),
    OUTCOME_ACCOUNTABILITY(IntegrationPillar.OUTCOME_ACCOUNTABILITY),
    TRANSLATION_EXCELLENCE(IntegrationPillar.TRANSLATION_EXCELLENCE),
    GOVERNANCE(null);

    private final IntegrationPillar pillar;

    Track(IntegrationPillar pillar) {
        this.pillar = pillar;
    }

    /** The integration pillar of this track, if it is one. */
    public Optional<IntegrationPillar> pillar() {
        return Optional.ofNullable(pillar);
    }
}
