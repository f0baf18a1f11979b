package org.ctorole.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The benchmarks measure the library as its users run it: through its public API and the trace
 * hook. One tool is let below it on purpose: {@link EngineFloor} runs the engine on the assessor's
 * own facts, without the assessor, to show what Drools alone costs.
 */
@AnalyzeClasses(packages = "org.ctorole.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule no_internals = noClasses().that().resideInAPackage("org.ctorole.bench..")
            .and().doNotBelongToAnyOf(EngineFloor.class)
            .should().dependOnClassesThat().resideInAPackage("org.ctorole..internal..")
            .because("internal packages may change in any release; only the module that owns them uses them");
}
