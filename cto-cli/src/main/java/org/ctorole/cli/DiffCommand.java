package org.ctorole.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ctorole.io.report.DiffReport;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.AssessmentComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cto diff OLD.json NEW.json}: new, resolved and persisting findings and score changes. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two JSON reports (from 'cto assess --format json'), profile by profile.")
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OLD.json")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW.json")
    Path newer;

    @Mixin
    OutputOptions.Documents output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        output.refuseInputs(older, newer);
        Map<String, Assessment> before = new LinkedHashMap<>();
        Inputs.report(older).forEach(a -> before.put(a.profile(), a));
        List<String> parts = new ArrayList<>();
        for (Assessment now : Inputs.report(newer)) {
            Assessment then = before.get(now.profile());
            if (then == null) {
                throw new UserException(older + " has no assessment of profile '" + now.profile() + "'");
            }
            parts.add(DiffReport.render(now.profile(), AssessmentComparison.between(then, now), output.format()));
        }
        output.write(String.join(System.lineSeparator(), parts), spec.commandLine().getOut());
        return Exit.OK;
    }
}
