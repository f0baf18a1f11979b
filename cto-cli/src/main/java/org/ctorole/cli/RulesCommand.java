package org.ctorole.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ctorole.io.report.ReferenceReports;
import org.ctorole.rules.CtoAssessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cto rules}: the catalogue of rules. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules: id, severity, when each fires.")
final class RulesCommand implements Callable<Integer> {
    @Mixin
    OutputOptions.Documents output;

    @Option(names = "--rules", paramLabel = "DIR", description = "Also compile the custom .drl files of this folder.")
    Path rules;

    @Option(names = "--policy", paramLabel = "FILE", description = "Show the thresholds of this policy file.")
    Path policy;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        output.refuseInputs(policy);
        CtoAssessor assessor = Inputs.assessor(policy, rules);
        output.write(ReferenceReports.rules(assessor.ruleBook(), assessor.policy(), output.format()),
                spec.commandLine().getOut());
        return Exit.OK;
    }
}
