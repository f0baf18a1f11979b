package org.ctorole.importer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ctorole.model.ApiBoundary;

/** Keeps the importers usable by an HR tool that embeds them without the rule engine. */
@AnalyzeClasses(packages = "org.ctorole.importer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule importers_do_not_use_the_rule_engine = noClasses()
            .that().resideInAPackage("org.ctorole.importer..")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "org.ctorole.rules..")
            .because("importing is reading data; which rules read which section is passed in by the caller");

    @ArchTest
    static final ArchRule importers_do_not_use_picocli = noClasses()
            .that().resideInAPackage("org.ctorole.importer..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the command line belongs to cto-cli");

    @ArchTest
    static final ArchRule public_types_declare_their_status = ApiBoundary.publicTypesDeclareTheirStatus();

    @ArchTest
    static final ArchRule no_internals = ApiBoundary.noInternalsOfOtherModules("org.ctorole.importer");
}
