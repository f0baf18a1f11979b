package org.ctorole.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.Finding;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Generated profiles shrink to small readable ones: a deliberately failing property is run on
 * the jqwik engine, and the sample it reports is checked.
 */
class ShrinkingTest {

    /** Fails for any profile with a single point of knowledge; run only through the engine test kit. */
    static class DeliberatelyFailing {
        static final CtoAssessor ASSESSOR = CtoAssessor.withDefaultRules();
        /** The last falsifying profile: after full shrinking, the shrunk sample. */
        static final AtomicReference<OrganisationProfile> LAST_FAILING = new AtomicReference<>();

        @Property(tries = 1000, shrinking = ShrinkingMode.FULL, afterFailure = AfterFailureMode.RANDOM_SEED)
        void noProfileHasASinglePointOfKnowledge(@ForAll OrganisationProfile profile) {
            List<Finding> singlePoints = ASSESSOR.assess(profile).findingsOf("single-point-of-knowledge");
            if (!singlePoints.isEmpty()) {
                LAST_FAILING.set(profile);
                throw new AssertionError("single point of knowledge in a profile of " + profile.people().size()
                        + " people: " + singlePoints.get(0).key());
            }
        }
    }

    @Test
    void aFailingPropertyShrinksToAProfileOfAFewPeople() {
        EngineExecutionResults results = EngineTestKit.engine("jqwik")
                .selectors(selectClass(DeliberatelyFailing.class))
                // The report of the failure goes to the events below, not to the build log.
                .configurationParameter("jqwik.reporting.usejunitplatform", "true")
                .execute();

        List<Event> failures = results.testEvents().failed().list();
        assertThat(failures).hasSize(1);
        Throwable error = failures.get(0).getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable).orElseThrow();
        assertThat(error).hasMessageStartingWith("single point of knowledge in a profile of ");
        int people = Integer.parseInt(error.getMessage().replaceAll("\\D*(\\d+) people.*", "$1"));
        assertThat(people).as("people in the shrunk sample").isLessThanOrEqualTo(3);

        String report = results.allEvents().reportingEntryPublished().stream()
                .flatMap(e -> e.getPayload(ReportEntry.class).stream())
                .flatMap(entry -> entry.getKeyValuePairs().values().stream())
                .filter(value -> value.contains("Shrunk Sample")).findFirst().orElseThrow();
        // The shrunk profile prints as the YAML a user writes (ProfileReportingFormat), not as record toString.
        assertThat(report).contains("OrganisationProfile", "schema: cto-profile/1", "people:", "- id: p1")
                .doesNotContain("Person[").doesNotContain("Optional");

        OrganisationProfile shrunk = DeliberatelyFailing.LAST_FAILING.get();
        assertThat(shrunk.people()).hasSize(people);
        assertThat(shrunk.knowledge()).hasValueSatisfying(areas -> assertThat(areas).hasSizeLessThanOrEqualTo(2));
        // Sections the failure does not need are shrunk away, or to empty lists.
        assertThat(shrunk.systems().orElse(List.of())).isEmpty();
        assertThat(shrunk.forums().orElse(List.of())).isEmpty();
    }
}
