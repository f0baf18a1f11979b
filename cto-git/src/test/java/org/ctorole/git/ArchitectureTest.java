package org.ctorole.git;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ctorole.model.ApiBoundary;

/** The git analysis reads history with JGit and knows the profile model, nothing else of the library. */
@AnalyzeClasses(packages = "org.ctorole.git", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule public_types_declare_their_status = ApiBoundary.publicTypesDeclareTheirStatus();

    @ArchTest
    static final ArchRule no_internals = ApiBoundary.noInternalsOfOtherModules("org.ctorole.git");

    @ArchTest
    static final ArchRule no_rule_engine = noClasses().that().resideInAPackage("org.ctorole.git..")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "org.ctorole.rules..",
                    "picocli..")
            .because("authorship is read from history alone; the command line and the rules use it, not the reverse");
}
