package org.ctorole.cli;

import java.util.concurrent.Callable;
import org.ctorole.io.report.ReferenceReports;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.rules.RuleBook;
import org.ctorole.rules.RuleDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleDescriptor rule = RuleBook.builtIn().rule(ruleId).orElseThrow(() -> new UserException(
                "unknown rule '" + ruleId + "' (see 'cto rules' for the list)"));
        output.write(ReferenceReports.explain(rule, AssessmentPolicy.defaults(), output.format),
                spec.commandLine().getOut());
        return Exit.OK;
    }
}
