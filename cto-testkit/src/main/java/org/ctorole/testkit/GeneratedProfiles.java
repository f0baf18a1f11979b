package org.ctorole.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Stage;
import org.ctorole.testkit.ProfileShape.CtoPresence;
import org.ctorole.testkit.ProfileShape.Range;

/** The {@link ProfileArbitrary} of {@link CtoArbitraries#profiles()}: drafts mapped to profiles. */
final class GeneratedProfiles extends ArbitraryDecorator<OrganisationProfile> implements ProfileArbitrary {
    private static final int MAX_EDGE_CASES = 8;
    private final ProfileShape shape;

    GeneratedProfiles(ProfileShape shape) {
        this.shape = shape;
    }

    ProfileShape shape() {
        return shape;
    }

    @Override
    protected Arbitrary<OrganisationProfile> arbitrary() {
        Arbitrary<OrganisationProfile> asAsked = of(shape, false);
        if (shape.healthy() || !canBeHealthy(shape)) {
            return asAsked;
        }
        // Besides profiles with many findings, the default mix has healthy ones (but for the
        // anti-pattern asked for), and healthy ones with one to three anti-patterns planted.
        ProfileShape healthy = shape.asHealthy();
        return Arbitraries.frequencyOf(Tuple.of(5, asAsked), Tuple.of(3, of(healthy, true)),
                Tuple.of(2, of(healthy, false)));
    }

    /**
     * Without jqwik's embedded edge cases: they would pick the empty list and the omitted value
     * at every level, and most profiles of a property run would then have no finding at all. The
     * mix is this arbitrary's own, rule thresholds included.
     */
    @Override
    public RandomGenerator<OrganisationProfile> generatorWithEmbeddedEdgeCases(int genSize) {
        return generator(genSize);
    }

    /**
     * A few edge cases only, the smallest profiles (one person, sections omitted or empty): jqwik
     * mixes edge cases in at a rate that grows with their number, and hundreds of near-empty
     * profiles would crowd out the mix.
     */
    @Override
    public EdgeCases<OrganisationProfile> edgeCases(int maxEdgeCases) {
        return super.edgeCases(Math.min(maxEdgeCases, MAX_EDGE_CASES));
    }

    private static Arbitrary<OrganisationProfile> of(ProfileShape shape, boolean withExtras) {
        return DraftArbitraries.profiles(shape, withExtras).map(draft -> ProfileAssembly.assemble(draft, shape));
    }

    private static boolean canBeHealthy(ProfileShape shape) {
        return shape.effectiveCto() != CtoPresence.WITHOUT && shape.people().max() >= ProfileShape.HEALTHY_MIN_PEOPLE;
    }

    @Override
    public ProfileArbitrary people(int min, int max) {
        return new GeneratedProfiles(shape.withPeople(new Range(min, max)));
    }

    @Override
    public ProfileArbitrary knowledgeAreas(int min, int max) {
        return new GeneratedProfiles(shape.withKnowledge(new Range(min, max)));
    }

    @Override
    public ProfileArbitrary systems(int min, int max) {
        return new GeneratedProfiles(shape.withSystems(new Range(min, max)));
    }

    @Override
    public ProfileArbitrary stage(Stage stage) {
        if (stage == null) {
            throw new IllegalArgumentException("stage: missing value");
        }
        return new GeneratedProfiles(shape.withStage(stage));
    }

    @Override
    public ProfileArbitrary withCto() {
        return new GeneratedProfiles(shape.withCto(CtoPresence.WITH));
    }

    @Override
    public ProfileArbitrary withoutCto() {
        return new GeneratedProfiles(shape.withCto(CtoPresence.WITHOUT));
    }

    @Override
    public ProfileArbitrary withAntiPattern(String ruleId) {
        return new GeneratedProfiles(shape.withAntiPattern(ruleId));
    }

    @Override
    public ProfileArbitrary healthy() {
        return new GeneratedProfiles(shape.asHealthy());
    }

    @Override
    public String toString() {
        return "ProfileArbitrary" + shape;
    }
}
