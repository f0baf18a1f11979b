package org.ctorole.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.Evidence;
import org.ctorole.rules.EvidenceKind;
import org.ctorole.io.report.AssessmentJson;

/**
 * A mapper of the user's own, with nothing but {@link CtoModule}, writes and reads profiles and
 * assessments: what it reads back is equal to what it wrote.
 */
class CtoModuleProperties {
    private static final CtoAssessor ASSESSOR = CtoAssessor.withDefaultRules();
    private static final Path NORTHWIND = Path.of("../cto-examples/profiles/northwind.yaml");

    /** Jackson's defaults (dates as timestamps, nulls written, unknown fields refused) plus the module. */
    private final ObjectMapper plain = new ObjectMapper().registerModule(new CtoModule());

    @Provide
    Arbitrary<OrganisationProfile> profiles() {
        return ProfileArbitraries.profiles();
    }

    @Property(tries = 100)
    void aProfileReadsBackEqual(@ForAll("profiles") OrganisationProfile profile) throws Exception {
        String json = plain.writeValueAsString(profile);

        assertThat(plain.readValue(json, OrganisationProfile.class)).isEqualTo(profile);
    }

    @Property(tries = 50)
    void anAssessmentReadsBackEqual(@ForAll("profiles") OrganisationProfile profile) throws Exception {
        Assessment assessment = ASSESSOR.assess(profile);

        Assessment again = plain.readValue(plain.writeValueAsString(assessment), Assessment.class);

        assertThat(again).isEqualTo(assessment);
    }

    @Property(tries = 50)
    void theReportReadsBackEqual(@ForAll("profiles") OrganisationProfile profile) {
        Assessment assessment = ASSESSOR.assess(profile);

        assertThat(AssessmentJson.read(AssessmentJson.write(assessment), "generated.json")).containsExactly(assessment);
    }

    @Example
    void northwindWithItsWaiverAndDatedEvidenceReadsBackEqualAndTyped() throws Exception {
        Assessment northwind = ASSESSOR.assess(ProfileReader.standard().read(NORTHWIND));
        assertThat(northwind.findings()).anyMatch(f -> f.waived());

        Assessment again = plain.readValue(plain.writeValueAsString(northwind), Assessment.class);

        assertThat(again).isEqualTo(northwind);
        assertThat(again.findings().stream().flatMap(f -> f.evidence().stream())
                .filter(e -> e.kind() == EvidenceKind.DATE && e.value() != null))
                .isNotEmpty().allSatisfy(e -> assertThat(e.value()).isInstanceOf(LocalDate.class));
        assertThat(again.findings().stream().flatMap(f -> f.evidence().stream())
                .filter(e -> e.kind().isWholeNumber()).map(Evidence::value))
                .isNotEmpty().allSatisfy(v -> assertThat(v).isInstanceOf(Long.class));
    }

    @Example
    void theModuleIsFoundByFindAndAddModules() throws Exception {
        ObjectMapper found = JsonMapper.builder().findAndAddModules().build();
        Assessment northwind = ASSESSOR.assess(ProfileReader.standard().read(NORTHWIND));

        assertThat(found.getRegisteredModuleIds()).contains(new CtoModule().getTypeId());
        assertThat(found.readValue(found.writeValueAsString(northwind), Assessment.class)).isEqualTo(northwind);
    }

    @Example
    void anAssessmentIsWrittenInTheShapeOfTheReport() throws Exception {
        Assessment northwind = ASSESSOR.assess(ProfileReader.standard().read(NORTHWIND));

        String json = plain.writer().withAttribute(CtoModule.SOURCE, "northwind.yaml")
                .withAttribute(CtoModule.ORGANISATION, "Northwind Retail").writeValueAsString(northwind);

        com.fasterxml.jackson.databind.node.ObjectNode report = (com.fasterxml.jackson.databind.node.ObjectNode)
                plain.readTree(AssessmentJson.write(java.util.List.of(new org.ctorole.io.report.AssessedProfile(
                        "northwind.yaml", ProfileReader.standard().read(NORTHWIND), northwind))));
        // A report also says what wrote it; an assessment written as a value does not.
        assertThat(report.remove("generator")).isNotNull();
        assertThat(plain.readTree(json)).isEqualTo(report);
        assertThat(plain.readTree(plain.writeValueAsString(northwind)).has("source")).isFalse();
        assertThat(plain.readTree(json).get("assessedOn").asText()).isEqualTo("2026-11-01");
    }

    @Example
    void helpersAreNotWrittenAsFields() throws Exception {
        OrganisationProfile northwind = ProfileReader.standard().read(NORTHWIND);

        String json = plain.writeValueAsString(northwind.knowledge().orElseThrow().get(0));

        assertThat(plain.readTree(json).has("critical")).isTrue();
        assertThat(json).doesNotContain("holdingData").doesNotContain("attendedByCto");
    }
}
