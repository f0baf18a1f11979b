package org.ctorole.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ctorole.model.ApiBoundary;

/** The command line uses the library through its public API, and only its entry point ends the process. */
@AnalyzeClasses(packages = "org.ctorole.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule no_internals = ApiBoundary.noInternalsOfOtherModules("org.ctorole.cli");

    @ArchTest
    static final ArchRule only_main_exits = noClasses().that().resideInAPackage("org.ctorole.cli")
            .and().doNotHaveSimpleName("Main")
            .should().callMethod(System.class, "exit", int.class)
            .because("commands return exit codes; tests run them in-process");
}
