package com.example.hr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarFile;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.testkit.CtoArbitraries;
import org.ctorole.testkit.CtoAssertions;
import org.ctorole.testkit.RuleVerifier;

/** Property tests as a user writes them, with cto-testkit as the one test dependency. */
class OrgHealthProperties {
    private static final Path NORTHWIND = resource("northwind.yaml");

    @Property(tries = 20)
    void theHouseRuleOnlyAddsFindings(@ForAll OrganisationProfile profile) {
        Assessment builtIn = CtoAssessor.withDefaultRules().assess(profile);
        Assessment withHouseRules = OrgHealth.assessWithHouseRules(profile);

        assertThat(withHouseRules.findings()).containsAll(builtIn.findings());
        assertThat(withHouseRules.findings()).allMatch(f -> builtIn.findings().contains(f)
                || f.ruleId().equals("onsite-backup"));
    }

    @Property(tries = 10)
    void aHealthyProfileHasNoFinding(@ForAll("healthy") OrganisationProfile profile) {
        CtoAssertions.assertThat(CtoAssessor.withDefaultRules().assess(profile)).hasNoFindings();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<OrganisationProfile> healthy() {
        return CtoArbitraries.profiles().people(2, 6).healthy();
    }

    @Example
    void northwindIsAssessedAsDocumented() {
        Assessment a = OrgHealth.assess(NORTHWIND);

        assertThat(a.findings()).hasSize(27);
        assertThat(a.finding("missing-backup", "customer-crm")).isPresent();
        RuleVerifier.builtIn().verifyThat("missing-backup").given(
                org.ctorole.io.ProfileReader.standard().read(NORTHWIND)).firesFor("customer-crm");
    }

    @Example
    void theHouseRuleJoinsTheBuiltInPack() {
        assertThat(OrgHealth.ruleIds()).contains("onsite-backup", "missing-backup");
    }

    @Example
    void aMapperOfTheServiceWritesAndReadsAnAssessment() throws IOException {
        ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Assessment a = OrgHealth.assess(NORTHWIND);

        assertThat(mapper.readValue(mapper.writeValueAsString(a), Assessment.class)).isEqualTo(a);
    }

    @Example
    void peopleComeFromTheHrExport() {
        assertThat(OrgHealth.people(resource("hr-export.csv")).orThrow().profile().people().orElseThrow())
                .hasSize(3);
        assertThat(OrgHealth.authorship()).isNotNull();
    }

    @Example
    void everyCtoroleJarNamesItsModule() throws IOException, URISyntaxException, ClassNotFoundException {
        Map<Class<?>, String> modules = Map.of(OrganisationProfile.class, "org.ctorole.model",
                CtoAssessor.class, "org.ctorole.rules",
                Class.forName("org.ctorole.rules.custom.DrlRuleCompiler"), "org.ctorole.rules.custom",
                org.ctorole.io.ProfileReader.class, "org.ctorole.io",
                org.ctorole.importer.Importers.class, "org.ctorole.importer",
                org.ctorole.git.AuthorshipAnalysis.class, "org.ctorole.git",
                CtoArbitraries.class, "org.ctorole.testkit");
        for (Map.Entry<Class<?>, String> module : modules.entrySet()) {
            Path jar = Path.of(module.getKey().getProtectionDomain().getCodeSource().getLocation().toURI());
            try (JarFile file = new JarFile(jar.toFile())) {
                assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                        .as(jar.getFileName().toString()).isEqualTo(module.getValue());
            }
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(OrgHealthProperties.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
