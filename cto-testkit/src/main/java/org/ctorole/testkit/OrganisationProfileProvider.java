package org.ctorole.testkit;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.apiguardian.api.API;
import org.ctorole.model.profile.OrganisationProfile;

/**
 * Lets {@code @ForAll OrganisationProfile} work in any property, without {@code @Provide} or
 * {@code @Domain}: jqwik finds it through {@code META-INF/services}. It yields
 * {@link CtoArbitraries#profiles()}, the default mix.
 *
 * <pre>{@code
 * @Property
 * void assessingNeverThrows(@ForAll OrganisationProfile profile) {
 *     CtoAssessor.withDefaultRules().assess(profile);
 * }
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class OrganisationProfileProvider implements ArbitraryProvider {

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(OrganisationProfile.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(CtoArbitraries.profiles());
    }
}
