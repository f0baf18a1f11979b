package org.ctorole.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.ctorole.io.CtoModule;
import org.ctorole.model.profile.OrganisationProfile;
import org.junit.jupiter.api.Test;

/**
 * cto-io without the rule pack (as this module uses it): profiles are read, and CtoModule, found
 * by findAndAddModules, writes and reads them; it handles no assessment, having none.
 */
class ProfilesWithoutRulesTest {

    @Test
    void theRulePackIsNotOnThisClasspath() {
        assertThat(getClass().getClassLoader().getResource("org/ctorole/rules/Assessment.class")).isNull();
    }

    @Test
    void aProfileRoundTripsThroughAMapperThatFoundTheModule() throws Exception {
        ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();

        assertThat(mapper.getRegisteredModuleIds()).contains(new CtoModule().getTypeId());
        assertThat(mapper.readValue(mapper.writeValueAsString(MergeTest.NORTHWIND), OrganisationProfile.class))
                .isEqualTo(MergeTest.NORTHWIND);
    }
}
