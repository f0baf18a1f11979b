package org.ctorole.cli;

import java.util.concurrent.Callable;
import org.ctorole.io.report.ReferenceReports;
import java.nio.file.Path;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.RuleDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cto explain RULE_ID}: one rule in full. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule: when it fires, what it harms, what to do, where it comes from.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE_ID", description = "A rule id, as listed by 'cto rules'.")
    String ruleId;

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
        RuleDescriptor rule = assessor.ruleBook().rule(ruleId).orElseThrow(() -> new UserException(
                "unknown rule '" + ruleId + "' (see 'cto rules' for the list)"));
        output.write(ReferenceReports.explain(rule, assessor.policy(), output.format()),
                spec.commandLine().getOut());
        return Exit.OK;
    }
}
