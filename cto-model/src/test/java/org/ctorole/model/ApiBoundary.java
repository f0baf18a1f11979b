package org.ctorole.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

/**
 * The architecture rules every library module applies to itself, shared through cto-model's
 * test jar: what is public says how stable it is, and internals stay inside their module.
 *
 * <pre>{@code @ArchTest static final ArchRule marked = ApiBoundary.publicTypesDeclareTheirStatus();}</pre>
 */
public final class ApiBoundary {
    /** Where Drools generates the executable model of the built-in rules: code nobody calls by name. */
    private static final String GENERATED_RULES = "org.ctorole.rules.drl..";

    private ApiBoundary() {
    }

    /** Every public top-level type says with {@code @API} whether it is stable, experimental or internal. */
    public static ArchRule publicTypesDeclareTheirStatus() {
        return classes().that().arePublic().and().areTopLevelClasses().and().resideInAPackage("org.ctorole..")
                .and().resideOutsideOfPackage(GENERATED_RULES)
                .should().beAnnotatedWith(API.class)
                .because("users must be able to tell the API they can rely on from what may change"
                        + " (the convention of JUnit and jqwik)");
    }

    /** Nothing reaches into the internal packages of another module. */
    public static ArchRule noInternalsOfOtherModules(String ownPackage) {
        return noClasses().that().resideInAPackage(ownPackage + "..")
                .should().dependOnClassesThat().resideInAPackage("org.ctorole..internal..")
                .because("internal packages may change in any release; only the module that owns them uses them");
    }
}
