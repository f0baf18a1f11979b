package org.ctorole.cli;

import java.util.concurrent.Callable;
import org.ctorole.io.report.ReferenceReports;
import org.ctorole.model.catalogue.RoleCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cto catalogue}: the role model as a reference card. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "Print the CTO role model: axes, constituents, areas, duties, indicators, pillars, timeline.")
final class CatalogueCommand implements Callable<Integer> {
    @Mixin
    OutputOptions.Documents output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        output.write(ReferenceReports.catalogue(RoleCatalogue.standard(), output.format()), spec.commandLine().getOut());
        return Exit.OK;
    }
}
