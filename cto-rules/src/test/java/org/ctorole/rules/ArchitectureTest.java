package org.ctorole.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;
import org.ctorole.model.ApiBoundary;

/** The rule pack's API, its service-provider API for custom rules (the facts) and its internals. */
@AnalyzeClasses(packages = "org.ctorole.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule public_types_declare_their_status = ApiBoundary.publicTypesDeclareTheirStatus();

    @ArchTest
    static final ArchRule internals_are_marked_internal = classes().that().resideInAPackage("..rules.internal..")
            .and().arePublic().and().areTopLevelClasses()
            .should().beAnnotatedWith(API.class).andShould(marked(API.Status.INTERNAL))
            .because("public only so that the rule pack's own packages can share them");

    @ArchTest
    static final ArchRule facts_do_not_reach_internals = noClasses().that().resideInAPackage("..rules.facts..")
            .should().dependOnClassesThat().resideInAPackage("..rules.internal..")
            .because("custom rules see the facts; what the facts use must be public too");

    @ArchTest
    static final ArchRule the_rule_engine_stays_behind_the_api = noClasses().that()
            .resideInAnyPackage("org.ctorole.rules", "org.ctorole.rules.facts")
            .and().doNotHaveSimpleName("CtoAssessor")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
            .because("users of findings, scores and facts must not need Drools' types; only the assessor"
                    + " and the internals drive the engine");

    private static com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass> marked(
            API.Status status) {
        return new com.tngtech.archunit.lang.ArchCondition<>("be marked " + status) {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaClass c,
                              com.tngtech.archunit.lang.ConditionEvents events) {
                if (c.isAnnotatedWith(API.class) && c.getAnnotationOfType(API.class).status() != status) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(c,
                            c.getName() + " is marked " + c.getAnnotationOfType(API.class).status()));
                }
            }
        };
    }
}
