package org.ctorole.bench;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ctorole.model.ApiBoundary;

/** The benchmarks measure the library as its users run it: through its public API and the trace hook. */
@AnalyzeClasses(packages = "org.ctorole.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule no_internals = ApiBoundary.noInternalsOfOtherModules("org.ctorole.bench");
}
