package org.ctorole.testkit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ctorole.model.ApiBoundary;

/** The testkit uses the library as its users do: through the public API. */
@AnalyzeClasses(packages = "org.ctorole.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule public_types_declare_their_status = ApiBoundary.publicTypesDeclareTheirStatus();

    @ArchTest
    static final ArchRule no_internals = ApiBoundary.noInternalsOfOtherModules("org.ctorole.testkit");
}
