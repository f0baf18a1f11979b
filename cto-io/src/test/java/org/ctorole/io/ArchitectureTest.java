package org.ctorole.io;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ctorole.model.ApiBoundary;

/** Reading, writing and reporting use the rule pack through its API only. */
@AnalyzeClasses(packages = "org.ctorole.io", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule public_types_declare_their_status = ApiBoundary.publicTypesDeclareTheirStatus();

    @ArchTest
    static final ArchRule no_internals = ApiBoundary.noInternalsOfOtherModules("org.ctorole.io");
}
