package org.ctorole.testkit;

import net.jqwik.api.Arbitrary;
import org.apiguardian.api.API;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Stage;

/**
 * Generates valid organisation profiles (every one passes {@code ProfileValidator.validate}
 * clean), assessed on 2026-11-01, with people {@code p1..pn}, areas {@code a1..}, systems
 * {@code s1..}, forums {@code f1..}, initiatives {@code i1..}, commitments {@code c1..} and
 * suppliers {@code sup1..}. They shrink towards small readable profiles: few people, omitted
 * sections, short lists, values at a rule's threshold.
 *
 * <p>Every option returns a new arbitrary and leaves this one as it was. By default the mix is
 * varied: about a fifth of the profiles trigger no rule, a third one to three, the rest more;
 * each of the 38 organisation rules fires for several percent of them; most sections are present,
 * some omitted (not assessed); the rules' thresholds come up on both sides. Options that cannot
 * hold together fail at once with an {@link IllegalArgumentException} naming both
 * ({@code healthy().withoutCto()}, say).
 *
 * <pre>{@code
 * @Property
 * void anyKeyPersonIsNamedInTheReport(@ForAll("keyPeople") OrganisationProfile profile) { ... }
 *
 * @Provide
 * Arbitrary<OrganisationProfile> keyPeople() {
 *     return CtoArbitraries.profiles().people(2, 6).withAntiPattern("key-person-dependency");
 * }
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface ProfileArbitrary extends Arbitrary<OrganisationProfile> {

    /** Between {@code min} and {@code max} people (default 1..8; a healthy profile has 2 at least). */
    ProfileArbitrary people(int min, int max);

    /** Always a knowledge section, with between {@code min} and {@code max} areas. */
    ProfileArbitrary knowledgeAreas(int min, int max);

    /** Always a systems section, with between {@code min} and {@code max} systems. */
    ProfileArbitrary systems(int min, int max);

    /** Organisations at this growth stage only. */
    ProfileArbitrary stage(Stage stage);

    /** Somebody always holds the CTO role (by default about one profile in ten has nobody). */
    ProfileArbitrary withCto();

    /** Nobody holds the CTO role, so {@code no-technology-leader} always fires and the CTO's rules stay silent. */
    ProfileArbitrary withoutCto();

    /**
     * Every profile triggers this organisation rule (any built-in rule but
     * {@code expired-waiver}); see {@link CtoArbitraries#organisationRules()}. The anti-pattern is
     * planted as an extra element (area, system, forum...) or a change to what the rule reads, so
     * combined with {@link #healthy()} the profile triggers that rule and only what it implies
     * (a key person also makes single points of knowledge and a low truck factor, for instance).
     * A later call replaces an earlier one.
     *
     * @throws IllegalArgumentException for an unknown rule, or one the other options rule out
     */
    ProfileArbitrary withAntiPattern(String ruleId);

    /** Profiles that trigger no rule at all under the default policy (but an anti-pattern asked for). */
    ProfileArbitrary healthy();
}
