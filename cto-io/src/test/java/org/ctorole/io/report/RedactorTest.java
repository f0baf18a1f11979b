package org.ctorole.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.io.report.NorthwindReports.assertNamesNobody;
import static org.ctorole.io.report.NorthwindReports.northwind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.catalogue.Seeds;
import org.ctorole.model.catalogue.Source;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Waiver;
import org.ctorole.rules.ActionPlan;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.Finding;
import org.ctorole.rules.Scorecard;
import org.ctorole.rules.Severity;
import org.ctorole.rules.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RedactorTest {

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void noNorthwindNameOrIdRemainsInAnyFormat(ReportFormat format) {
        String report = Reports.render(format, List.of(northwind()), ReportOptions.plain().withRedactPeople(true));

        assertNamesNobody(report);
        assertThat(report).contains("person-1");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void withoutRedactionPeopleAreNamed(ReportFormat format) {
        String report = Reports.render(format, List.of(northwind()), ReportOptions.plain());

        assertThat(report).contains("ana").doesNotContain("person-1");
    }

    @Test
    void pseudonymsAreNumberedByFirstAppearanceInTheFindingsThenByProfileOrder() {
        AssessedProfile redacted = Redactor.redact(northwind());

        // ana (key-person-dependency), maya (no-deputy), sam (no-deputy), ines (distant-from-ceo's message),
        // then omar, raj, lena, ben, chloe, dmitri, eve as the profile lists them.
        assertThat(redacted.profile().people()).extracting(Person::id).containsExactly(
                "person-5", "person-4", "person-2", "person-6", "person-7", "person-3", "person-1", "person-8",
                "person-9", "person-10", "person-11");
        assertThat(redacted.profile().people()).extracting(Person::name).containsExactlyElementsOf(
                redacted.profile().people().stream().map(Person::id).toList());
        Person cto = redacted.profile().person("person-2").orElseThrow();
        assertThat(cto.reportsTo()).contains("person-4");
        assertThat(redacted.profile().cto().orElseThrow().person()).isEqualTo("person-2");
        assertThat(redacted.profile().knowledge().orElseThrow().get(0).experts()).containsExactly("person-1");
        assertThat(redacted.profile().commitments().orElseThrow().get(0).madeBy()).isEqualTo("person-3");
    }

    @Test
    void everyPlaceOfTheAssessmentIsRedacted() {
        Assessment a = Redactor.redact(northwind()).assessment();

        assertThat(a.finding("key-person-dependency", "person-1")).hasValueSatisfying(f -> assertThat(f.message())
                .isEqualTo(message("key-person-dependency", "ana").replace("'ana'", "'person-1'")));
        assertThat(a.finding("low-truck-factor", "northwind").orElseThrow().evidence().get("removed"))
                .isEqualTo(List.of("person-1"));
        assertThat(a.finding("single-point-of-knowledge", "payments").orElseThrow().evidence())
                .containsEntry("expert", "person-1");
        assertThat(a.finding("unreviewed-commitment", "globex-sso").orElseThrow().evidence())
                .containsEntry("madeBy", "person-3");
        Finding waived = a.finding("distant-from-ceo", "person-2").orElseThrow();
        assertThat(waived.message()).isEqualTo(message("distant-from-ceo", "maya").replace("'maya'", "'person-2'")
                .replace("'ines'", "'person-4'"));
        assertThat(waived.waiver()).hasValueSatisfying(w -> assertThat(w.subject()).isEqualTo("person-2"));
        assertThat(a.scorecard().area(ResponsibilityArea.TEAM_BUILDING).loweredBy())
                .contains("key-person-dependency:person-1", "no-deputy:person-2", "no-deputy:person-3")
                .isSorted();
        assertThat(a.actionPlan().steps().get(0).findings()).contains("key-person-dependency:person-1");
        assertThat(a.actionPlan().steps().get(0).actions()).anyMatch(s -> s.startsWith("no-deputy:person-2: "));
        // Nothing else moves.
        assertThat(a.findings()).hasSameSizeAs(northwind().assessment().findings());
        assertThat(a.scorecard().overall().value()).isEqualTo(northwind().assessment().scorecard().overall().value());
    }

    @Test
    void isStableAndLeavesTheInputAlone() {
        AssessedProfile input = northwind();
        Assessment before = input.assessment();

        AssessedProfile first = Redactor.redact(input);
        AssessedProfile second = Redactor.redact(input);

        assertThat(first).isEqualTo(second);
        assertThat(input.assessment()).isSameAs(before);
        assertThat(input.assessment().finding("key-person-dependency", "ana")).isPresent();
        assertThat(input.profile().person("ana")).isPresent();
        assertThat(Reports.render(ReportFormat.MARKDOWN, List.of(input), ReportOptions.plain().withRedactPeople(true)))
                .isEqualTo(Reports.render(ReportFormat.MARKDOWN, List.of(input),
                        ReportOptions.plain().withRedactPeople(true)));
    }

    @Test
    void replacesWholeTokensOnlyAndFullNamesInAnyCase() {
        AssessedProfile item = handMade("banana stand of Ana Silva; ana-api and ana.txt belong to ana; ANA  SILVA said so",
                Map.of("owners", List.of("ana", "banana"), "note", Map.of("lead", "ana")));

        Finding f = Redactor.redact(item).assessment().findings().get(0);

        assertThat(f.message()).isEqualTo(
                "banana stand of person-1; ana-api and person-1.txt belong to person-1; person-1 said so");
        assertThat(f.evidence()).containsEntry("owners", List.of("person-1", "banana"))
                .containsEntry("note", Map.of("lead", "person-1"));
    }

    @Test
    void aNamePartAloneIsRedactedAndOneSharedByTwoPeopleNamesNeither() {
        AssessedProfile item = handMade("Silva asked Walker; Ana agreed; the Silva family, the silva tree",
                Map.of());

        Finding f = Redactor.redact(item).assessment().findings().get(0);

        // "Silva" belongs to both Ana Silva and Ben Silva; a lower-case "silva" is a word, not a name.
        assertThat(f.message()).isEqualTo(
                "[person] asked person-2; person-1 agreed; the [person] family, the silva tree");
    }

    @Test
    void waiversOfPersonRulesAndTheirExpiryFindingsAreRedacted() {
        AssessedProfile item = handMade("plain", Map.of());
        Waiver w = new Waiver("no-deputy", "ana", "Ana Silva is the deputy of nobody by choice", LocalDate.of(2030, 1, 1));
        Finding expired = finding("expired-waiver", "no-deputy:ana", "Waiver of no-deputy:ana expired");
        Assessment a = new Assessment("acme", LocalDate.of(2026, 11, 1), List.of(expired), List.of(), List.of(w),
                Scorecard.of(List.of(expired)), ActionPlan.of(List.of(expired)));

        Assessment redacted = Redactor.redact(new AssessedProfile("acme.yaml", item.profile(), a)).assessment();

        assertThat(redacted.findings().get(0).subject()).isEqualTo("no-deputy:person-1");
        assertThat(redacted.findings().get(0).message()).isEqualTo("Waiver of no-deputy:person-1 expired");
        assertThat(redacted.unmatchedWaivers()).containsExactly(new Waiver("no-deputy", "person-1",
                "person-1 is the deputy of nobody by choice", LocalDate.of(2030, 1, 1)));
    }

    /** Ana Silva, Ben Silva and Cleo Walker, and one finding about Ana with this message and evidence. */
    private static AssessedProfile handMade(String message, Map<String, Object> evidence) {
        OrganisationProfile profile = OrganisationProfile.builder()
                .organisation(new Organisation("acme", "Acme", null, null, LocalDate.of(2026, 11, 1)))
                .person(Person.of("ana", "Ana Silva", Role.CTO))
                .person(Person.of("ben", "Ben Silva", Role.CEO))
                .person(Person.of("cleo", "Cleo Walker", Role.ENGINEER))
                .buildUnvalidated();
        Finding f = new Finding("key-person-dependency", Severity.HIGH, "ana", message, evidence,
                List.of(ResponsibilityArea.TEAM_BUILDING), Track.RESILIENCE, "Spread what ana knows",
                new Source(Seeds.ROLE_OVERVIEW, "Over Reliance On Individuals"), Optional.empty());
        Assessment a = new Assessment("acme", LocalDate.of(2026, 11, 1), List.of(f), List.of(), List.of(),
                Scorecard.of(List.of(f)), ActionPlan.of(List.of(f)));
        return new AssessedProfile("acme.yaml", profile, a);
    }

    private static Finding finding(String ruleId, String subject, String message) {
        return new Finding(ruleId, Severity.LOW, subject, message, Map.of(), List.of(), Track.GOVERNANCE, "",
                new Source(Seeds.INTEGRATION, "Ready to ramp up?"), Optional.empty());
    }

    private static String message(String ruleId, String subject) {
        return northwind().assessment().finding(ruleId, subject).orElseThrow().message();
    }
}
