package org.ctorole.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.profile.Northwind;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Section;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.Finding;
import org.ctorole.rules.Score;
import org.ctorole.rules.Scorecard;

/**
 * What adding a section to a profile does to the scores: it can only bring rules into the assessment,
 * so coverage never falls, a score assessed before never rises, and neither does the overall score
 * while the same areas are assessed. When the section brings a new area into the overall score, the
 * mean can rise (see {@link #theOverallScoreCanRiseWhenASectionBringsAreasIntoIt()}): the coverage
 * shown beside it is what tells the reader the two numbers do not cover the same ground.
 */
class ScoreCoverageProperties {
    private static final CtoAssessor ASSESSOR = CtoAssessor.withDefaultRules();

    /** The sections a profile may leave out. */
    private static final List<Section> OPTIONAL = List.of(Section.CTO, Section.KNOWLEDGE, Section.SYSTEMS,
            Section.STRATEGY, Section.FORUMS, Section.INDICATORS, Section.COMMITMENTS, Section.SUPPLIERS,
            Section.SECURITY);

    @Provide
    Arbitrary<Section> optionalSections() {
        return Arbitraries.of(OPTIONAL);
    }

    static OrganisationProfile without(OrganisationProfile profile, Section section) {
        OrganisationProfile.Builder b = profile.toBuilder();
        switch (section) {
            case CTO -> b.cto(null);
            case KNOWLEDGE -> b.knowledge(null);
            case SYSTEMS -> b.systems(null);
            case STRATEGY -> b.strategy(null);
            case FORUMS -> b.forums(null);
            case INDICATORS -> b.indicators(null);
            case COMMITMENTS -> b.commitments(null);
            case SUPPLIERS -> b.suppliers(null);
            case SECURITY -> b.security(null);
            default -> throw new IllegalArgumentException(section + " cannot be left out");
        }
        return b.build();
    }

    @Property(tries = 200)
    void addingASectionNeverLowersTheCoverageOfAnyScore(@ForAll OrganisationProfile profile,
                                                        @ForAll("optionalSections") Section section) {
        Scorecard before = ASSESSOR.assess(without(profile, section)).scorecard();
        Scorecard after = ASSESSOR.assess(profile).scorecard();

        List<Score> was = before.all();
        List<Score> is = after.all();
        for (int i = 0; i < was.size(); i++) {
            assertThat(is.get(i).coverage().assessed()).as(is.get(i).id())
                    .isGreaterThanOrEqualTo(was.get(i).coverage().assessed());
            assertThat(is.get(i).coverage()).as(is.get(i).id() + " could be lowered by the same rules")
                    .extracting(c -> c.possible()).isEqualTo(was.get(i).coverage().possible());
        }
    }

    @Property(tries = 200)
    void addingASectionKeepsEveryFindingAndNeverRaisesAScoreAssessedBefore(
            @ForAll OrganisationProfile profile, @ForAll("optionalSections") Section section) {
        Assessment before = ASSESSOR.assess(without(profile, section));
        Assessment after = ASSESSOR.assess(profile);

        assertThat(after.findings().stream().map(Finding::key))
                .containsAll(before.findings().stream().map(Finding::key).toList());
        List<Score> was = before.scorecard().areas();
        List<Score> is = after.scorecard().areas();
        Set<String> assessedBefore = new HashSet<>();
        for (int i = 0; i < was.size(); i++) {
            if (was.get(i).isAssessed()) {
                assessedBefore.add(was.get(i).id());
                assertThat(is.get(i).value().getAsDouble()).as(is.get(i).id())
                        .isLessThanOrEqualTo(was.get(i).value().getAsDouble());
            }
        }
        Set<String> assessedAfter = new HashSet<>();
        is.stream().filter(Score::isAssessed).forEach(s -> assessedAfter.add(s.id()));
        if (assessedAfter.equals(assessedBefore) && !assessedBefore.isEmpty()) {
            assertThat(after.scorecard().overall().value().getAsDouble())
                    .isLessThanOrEqualTo(before.scorecard().overall().value().getAsDouble());
        }
    }

    /**
     * The literal reading of "the overall never rises when a section with findings is added" does not
     * hold for a mean over assessed areas, and this example keeps the reason in view. Northwind reduced
     * to its people and systems scores 83.5 over five areas, operational management low (42.4) for its
     * backups; adding its commitments brings one finding (unreviewed-commitment, MEDIUM) and two areas
     * that rule reaches, each at 92.0, so the mean rises to 85.9 while its coverage grows from 8 to 9
     * of 36 rules. Read with their coverage, the two numbers say what they are: scores over different
     * ground.
     */
    @Example
    void theOverallScoreCanRiseWhenASectionBringsAreasIntoIt() {
        OrganisationProfile northwind = Northwind.profile();
        OrganisationProfile withCommitments = northwind.toBuilder().cto(null).knowledge(null).strategy(null)
                .forums(null).indicators(null).suppliers(null).security(null).waivers(List.of()).build();
        Assessment before = ASSESSOR.assess(without(withCommitments, Section.COMMITMENTS));
        Assessment after = ASSESSOR.assess(withCommitments);

        assertThat(after.findings().size() - before.findings().size()).isOne();
        assertThat(after.findingsOf("unreviewed-commitment")).hasSize(1);
        assertThat(before.scorecard().overall().value().getAsDouble()).isCloseTo(83.5, within(0.05));
        assertThat(after.scorecard().overall().value().getAsDouble()).isCloseTo(85.9, within(0.05));
        assertThat(after.scorecard().area(ResponsibilityArea.CUSTOMER_RELATIONS).value().getAsDouble())
                .isCloseTo(92.0, within(0.05));
        assertThat(before.scorecard().area(ResponsibilityArea.CUSTOMER_RELATIONS).isAssessed()).isFalse();
        assertThat(before.scorecard().overall().coverage().assessed()).isEqualTo(8);
        assertThat(after.scorecard().overall().coverage().assessed()).isEqualTo(9);
    }
}
