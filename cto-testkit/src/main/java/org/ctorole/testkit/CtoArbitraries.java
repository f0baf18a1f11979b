package org.ctorole.testkit;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.testkit.ProfileShape.CtoPresence;
import org.ctorole.testkit.ProfileShape.Range;

/**
 * jqwik arbitraries of valid organisation profiles and of their parts, for property tests over
 * the CTO role model. Every generated value is valid; all of them shrink towards small profiles
 * that read well in a failure report.
 *
 * <pre>{@code
 * @Property
 * void noAssessmentOfAHealthyProfileHasFindings(@ForAll("healthy") OrganisationProfile profile) {
 *     CtoAssertions.assertThat(CtoAssessor.withDefaultRules().assess(profile)).hasNoFindings();
 * }
 *
 * @Provide
 * Arbitrary<OrganisationProfile> healthy() {
 *     return CtoArbitraries.profiles().people(2, 10).healthy();
 * }
 * }</pre>
 *
 * <p>{@code @ForAll OrganisationProfile} works without any {@code @Provide} method: the testkit
 * registers a provider for it (and {@link CtoDomain} offers the same under {@code @Domain}).
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CtoArbitraries {
    private CtoArbitraries() {
    }

    /** Profiles of a varied mix: each organisation rule fires for some of them; see {@link ProfileArbitrary}. */
    public static ProfileArbitrary profiles() {
        return new GeneratedProfiles(ProfileShape.defaults());
    }

    /**
     * The ids of the 38 organisation rules that {@link ProfileArbitrary#withAntiPattern} can plant:
     * every built-in rule but {@code expired-waiver}: the first pack's rules, then those added later.
     */
    public static List<String> organisationRules() {
        return AntiPatterns.ruleIds();
    }

    /**
     * Lists of {@code min..max} people {@code p1..pn}: unique ids, managers and deputies among
     * them, no reporting cycle; about nine lists in ten have one person holding the CTO role.
     */
    public static Arbitrary<List<Person>> people(int min, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("people: at least one person is needed, but max was " + max);
        }
        Range range = new Range(Math.max(min, 1), max);
        return DraftArbitraries.people(range.min(), range.max(), CtoPresence.ANY, false)
                .map(draft -> List.copyOf(ProfileAssembly.people(draft, false)));
    }

    /**
     * Lists of {@code min..max} knowledge areas {@code a1..}, critical or not, with experts among
     * {@code personIds} (no expert at all when it is empty).
     */
    public static Arbitrary<List<KnowledgeArea>> knowledgeAreas(List<String> personIds, int min, int max) {
        Range range = new Range(min, max);
        List<String> ids = List.copyOf(personIds);
        return DraftArbitraries.areas(range, false).map(drafts -> ids.isEmpty()
                ? ProfileAssembly.numberedAreas(drafts.stream()
                        .map(d -> new Drafts.AreaDraft(d.critical(), List.of(), false)).toList(), ids)
                : ProfileAssembly.numberedAreas(drafts, ids));
    }

    /**
     * Lists of 0..4 systems {@code s1..}, most holding data and backed up, with backups fresh or
     * stale, restore-tested or not, offsite or not, all dated relative to 2026-11-01.
     */
    public static Arbitrary<List<SystemAsset>> systems() {
        return systems(ProfileShape.DEFAULT_SYSTEMS.min(), ProfileShape.DEFAULT_SYSTEMS.max());
    }

    /** Lists of {@code min..max} systems, as {@link #systems()}. */
    public static Arbitrary<List<SystemAsset>> systems(int min, int max) {
        return DraftArbitraries.systems(new Range(min, max), false).map(ProfileAssembly::numberedSystems);
    }

    /**
     * CTO time allocations in whole percentages summing to exactly 100: mostly within the
     * guideline of the default policy, often anywhere; activities at 0 % are mostly left out.
     */
    public static Arbitrary<Map<Activity, Double>> timeAllocations() {
        return TimeAllocations.mixed();
    }
}
