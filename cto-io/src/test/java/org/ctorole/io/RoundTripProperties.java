package org.ctorole.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.validation.ProfileValidator;

/** Whatever valid profile is written, reading it back gives an equal one, in both formats. */
class RoundTripProperties {

    private final ProfileReader reader = ProfileReader.standard();
    private final ProfileWriter writer = ProfileWriter.standard();

    @Provide
    Arbitrary<OrganisationProfile> profiles() {
        return ProfileArbitraries.profiles();
    }

    @Property(tries = 300)
    void generatedProfilesAreValid(@ForAll("profiles") OrganisationProfile profile) {
        assertThat(ProfileValidator.validate(profile)).isEmpty();
    }

    @Property(tries = 300)
    void yamlWriteThenReadIsIdentity(@ForAll("profiles") OrganisationProfile profile) {
        assertThat(ProfileValidator.validate(profile)).isEmpty();

        assertThat(reader.read(writer.toYaml(profile), "generated.yaml")).isEqualTo(profile);
    }

    @Property(tries = 300)
    void jsonWriteThenReadIsIdentity(@ForAll("profiles") OrganisationProfile profile) {
        assertThat(ProfileValidator.validate(profile)).isEmpty();

        assertThat(reader.read(writer.toJson(profile), "generated.json")).isEqualTo(profile);
    }

    @Property(tries = 100)
    void writingIsDeterministic(@ForAll("profiles") OrganisationProfile profile) {
        String yaml = writer.toYaml(profile);

        assertThat(writer.toYaml(reader.read(yaml, "generated.yaml"))).isEqualTo(yaml);
    }
}
