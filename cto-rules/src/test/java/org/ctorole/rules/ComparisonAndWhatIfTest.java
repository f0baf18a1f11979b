package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.Northwind;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.validation.ProfileValidator;
import org.junit.jupiter.api.Test;

class ComparisonAndWhatIfTest {
    final CtoAssessor assessor = CtoAssessor.withDefaultRules();

    @Test
    void withoutAnaPaymentsAndWarehouseIntegrationAreOrphaned() {
        OrganisationProfile without = Northwind.profile().withoutPeople(Set.of("ana"));

        assertThat(ProfileValidator.validate(without)).isEmpty();
        Assessment a = assessor.assess(without);
        assertThat(a.findingsOf("orphaned-knowledge")).extracting(f -> f.subject().id())
                .containsExactlyInAnyOrder("payments", "warehouse-integration", "pricing-engine");
        assertThat(a.findingsOf("single-point-of-knowledge")).extracting(f -> f.subject().id())
                .containsExactly("checkout-web");
        assertThat(a.finding("key-person-dependency", "ana")).isEmpty();
    }

    @Test
    void whatIfRewiresReportingLinesAndDeputies() {
        OrganisationProfile without = Northwind.profile().withoutPeople(Set.of("maya", "lena"));

        assertThat(ProfileValidator.validate(without)).isEmpty();
        assertThat(without.person("raj").orElseThrow().reportsTo()).contains("ines");
        assertThat(without.person("ana").orElseThrow().reportsTo()).contains("raj");
        assertThat(without.person("raj").orElseThrow().deputy()).isEmpty();
        assertThat(without.cto()).isEmpty();
        assertThat(assessor.assess(without).finding("no-technology-leader", "northwind")).isPresent();
    }

    @Test
    void aTestedBackupForCustomerCrmResolvesItsFindingAndLowersNoScore() {
        OrganisationProfile before = Northwind.profile();
        List<SystemAsset> systems = new ArrayList<>(before.systems().orElseThrow());
        systems.replaceAll(s -> s.id().equals("customer-crm") ? new SystemAsset(s.id(), true, true, Optional.of(
                new Backup(BackupSchedule.DAILY, Northwind.ASSESSED_ON, Optional.of(Northwind.ASSESSED_ON), true)))
                : s);
        OrganisationProfile after = before.toBuilder().systems(systems).build();

        AssessmentComparison c = AssessmentComparison.between(assessor.assess(before), assessor.assess(after));

        assertThat(c.resolvedFindings()).extracting(Finding::key).containsExactly("missing-backup:customer-crm");
        assertThat(c.newFindings()).isEmpty();
        assertThat(c.persistingFindings()).hasSize(26);
        assertThat(c.scoreDeltas().values()).allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(0.0));
        // 100 × 0.75² × 0.85⁷ × 0.92³ = 14.04 → 14.0 before; without one CRITICAL: 18.72 → 18.7
        assertThat(c.scoreDeltas()).containsEntry("OPERATIONAL_MANAGEMENT", 4.7);
        assertThat(c.hasNewFindingAtLeast(Severity.LOW)).isFalse();
    }

    @Test
    void comparingAnAssessmentWithItselfShowsOnlyPersistingFindings() {
        Assessment a = assessor.assess(Northwind.profile());

        AssessmentComparison c = AssessmentComparison.between(a, a);

        assertThat(c.newFindings()).isEmpty();
        assertThat(c.resolvedFindings()).isEmpty();
        assertThat(c.persistingFindings()).isEqualTo(a.findings());
        assertThat(c.scoreDeltas().values()).containsOnly(0.0);
    }
}
