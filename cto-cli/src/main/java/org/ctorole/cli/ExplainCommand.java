package org.ctorole.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ctorole.io.report.ReferenceReports;
import org.ctorole.model.profile.Stage;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.RuleDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cto explain RULE_ID}: one rule in full; {@code cto explain --policy [FILE] [--stage S]}:
 * the thresholds by stage, with the file's values over the presets when a file is given.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain a rule: when it fires, what it harms, what to do, where it comes from.",
                "Without a rule, --policy explains the thresholds: each one's value at each stage and why they"
                        + " differ (cto explain --policy [FILE] [--stage STAGE])."})
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE_ID", arity = "0..1", description = "A rule id, as listed by 'cto rules'.")
    String ruleId;

    @Mixin
    OutputOptions.Documents output;

    @Option(names = "--rules", paramLabel = "DIR", description = "Also compile the custom .drl files of this folder.")
    Path rules;

    @Option(names = "--policy", paramLabel = "FILE", arity = "0..1", fallbackValue = "",
            description = "Show the thresholds of this policy file (over the stage presets); without a rule id,"
                    + " explain the thresholds themselves.")
    Path policy;

    @Option(names = "--stage", paramLabel = "STAGE",
            description = "The stage whose thresholds to show: ${COMPLETION-CANDIDATES} (default: every stage for"
                    + " --policy, and the values of a profile without a stage for a rule).")
    Stage stage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean policyGiven = policy != null;
        Path file = policyGiven && !policy.toString().isEmpty() ? policy : null;
        output.refuseInputs(file);
        CtoAssessor assessor = Inputs.assessor(file, rules);
        if (ruleId == null) {
            if (!policyGiven) {
                throw new UserException("name a rule to explain (see 'cto rules'), or give --policy to explain the"
                        + " thresholds");
            }
            output.write(ReferenceReports.policy(assessor.stagePolicy(), stage, output.format()),
                    spec.commandLine().getOut());
            return Exit.OK;
        }
        RuleDescriptor rule = assessor.ruleBook().rule(ruleId).orElseThrow(() -> new UserException(
                "unknown rule '" + ruleId + "' (see 'cto rules' for the list)"));
        output.write(ReferenceReports.explain(rule, assessor.policyFor(stage), output.format()),
                spec.commandLine().getOut());
        return Exit.OK;
    }
}
