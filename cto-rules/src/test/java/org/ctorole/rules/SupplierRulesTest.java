package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.ctorole.rules.Findings.SCALEUP;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.healthy;

import java.util.Optional;
import org.ctorole.model.profile.Supplier;
import org.junit.jupiter.api.Test;

/** Mirrors suppliers.drl: supplier-risk. */
class SupplierRulesTest {

    private static Supplier supplier(boolean critical, Boolean roadmapKnown, Double onTimeRate) {
        return new Supplier("acmepay", critical, Optional.ofNullable(roadmapKnown), Optional.ofNullable(onTimeRate));
    }

    @Test
    void supplierRiskWhenTheRoadmapIsUnknown() {
        Assessment a = assess(healthy().supplier(supplier(true, false, 0.95)));

        assertThat(keys(a)).containsExactlyInAnyOrder("supplier-risk acmepay MEDIUM");
        Finding f = reported(a, "supplier-risk", "acmepay");
        // An unknown roadmap is judged without a threshold: the on-time rate's is not shown.
        assertThat(f.evidenceValues()).containsExactly(entry("roadmapKnown", false));
        assertThat(f.message()).contains("roadmap").doesNotContain("on time");
    }

    @Test
    void supplierRiskBelowAnOnTimeRateOf08() {
        Assessment a = assess(healthy().supplier(supplier(true, true, 0.79)));

        assertThat(keys(a)).containsExactlyInAnyOrder("supplier-risk acmepay MEDIUM");
        Finding f = reported(a, "supplier-risk", "acmepay");
        assertThat(f.evidenceValues()).containsExactly(entry("onTimeDeliveryRate", 0.79), entry("minOnTimeDeliveryRate", 0.8),
                entry("policy", SCALEUP));
        assertThat(f.message()).contains("79 %").doesNotContain("roadmap");
    }

    @Test
    void supplierRiskDoesNotFireAtAnOnTimeRateOf08() {
        assertThat(keys(assess(healthy().supplier(supplier(true, true, 0.8))))).isEmpty();
    }

    @Test
    void supplierRiskDoesNotFireForANonCriticalSupplier() {
        assertThat(keys(assess(healthy().supplier(supplier(false, false, 0.1))))).isEmpty();
    }

    @Test
    void supplierRiskDoesNotJudgeOmittedRoadmapOrRate() {
        assertThat(keys(assess(healthy().supplier(supplier(true, null, null))))).isEmpty();
    }

    @Test
    void supplierRiskWithOmittedRoadmapStillJudgesTheRate() {
        Assessment a = assess(healthy().supplier(supplier(true, null, 0.5)));

        assertThat(keys(a)).containsExactlyInAnyOrder("supplier-risk acmepay MEDIUM");
        assertThat(reported(a, "supplier-risk", "acmepay").evidenceValues()).containsEntry("onTimeDeliveryRate", 0.5);
    }

    @Test
    void supplierRiskWithOmittedRateStillJudgesTheRoadmap() {
        Assessment a = assess(healthy().supplier(supplier(true, false, null)));

        assertThat(keys(a)).containsExactlyInAnyOrder("supplier-risk acmepay MEDIUM");
        assertThat(reported(a, "supplier-risk", "acmepay").evidenceValues()).containsEntry("roadmapKnown", false)
                .doesNotContainKey("onTimeDeliveryRate");
    }
}
