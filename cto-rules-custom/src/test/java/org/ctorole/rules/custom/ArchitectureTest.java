package org.ctorole.rules.custom;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ctorole.model.ApiBoundary;

/** The custom-rule compiler's public types say how stable they are; it uses no other module's internals. */
@AnalyzeClasses(packages = "org.ctorole.rules.custom", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule public_types_declare_their_status = ApiBoundary.publicTypesDeclareTheirStatus();

    @ArchTest
    static final ArchRule no_internals_of_other_modules =
            ApiBoundary.noInternalsOfOtherModules("org.ctorole.rules.custom");
}
