package org.ctorole.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the model a plain-Java library that every other module can depend on. */
@AnalyzeClasses(packages = "org.ctorole.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule model_does_not_use_drools = noClasses()
            .that().resideInAPackage("org.ctorole.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
            .because("the rule engine belongs to cto-rules; the model must stay usable without Drools "
                    + "(embedders build profiles in code, the testkit generates them)");

    @ArchTest
    static final ArchRule model_does_not_use_jackson = noClasses()
            .that().resideInAPackage("org.ctorole.model..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("reading and writing YAML/JSON belongs to cto-io; the model is plain records "
                    + "with no serialisation annotations");

    @ArchTest
    static final ArchRule model_does_not_use_picocli = noClasses()
            .that().resideInAPackage("org.ctorole.model..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the command line belongs to cto-cli; the model knows nothing of how it is invoked");

    @ArchTest
    static final ArchRule model_needs_only_the_jdk_and_slf4j = classes()
            .that().resideInAPackage("org.ctorole.model..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.slf4j..", "org.apiguardian.api..", "org.ctorole.model..")
            .because("cto-model depends on nothing at run time but slf4j-api (and the @API annotation)");

    @ArchTest
    static final ArchRule catalogue_does_not_know_profiles = noClasses()
            .that().resideInAPackage("org.ctorole.model.catalogue..")
            .should().dependOnClassesThat().resideInAPackage("org.ctorole.model.profile..")
            .because("the role catalogue describes the CTO role from its sources, independently of any "
                    + "organisation; profiles refer to the catalogue, never the other way round");

    @ArchTest
    static final ArchRule catalogue_does_not_know_validation = noClasses()
            .that().resideInAPackage("org.ctorole.model.catalogue..")
            .should().dependOnClassesThat().resideInAPackage("org.ctorole.model.validation..")
            .because("validation checks profiles; the catalogue is fixed reference data with nothing to validate");

    @ArchTest
    static final ArchRule public_types_declare_their_status = ApiBoundary.publicTypesDeclareTheirStatus();
}
