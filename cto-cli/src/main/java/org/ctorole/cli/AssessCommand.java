package org.ctorole.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ctorole.io.report.AssessedProfile;
import org.ctorole.io.report.ReportOptions;
import org.ctorole.io.report.Reports;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.PeopleRedaction;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.AssessmentComparison;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cto assess FILE...}: findings, scores and action plan of each profile. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess profiles (YAML or JSON) and print the report.")
final class AssessCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Profile files (cto-profile/1); - reads one from standard input.")
    List<Path> files;

    @Mixin
    OutputOptions output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with 1 when an unwaived finding is at least this severe: CRITICAL, HIGH, MEDIUM, LOW.")
    Severity failOn;

    @Option(names = "--policy", paramLabel = "FILE", description = "YAML file overriding thresholds of the policy.")
    Path policy;

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of custom .drl files to add to the pack.")
    Path rules;

    @Option(names = "--disable", paramLabel = "RULE_ID", split = ",",
            description = "Rules to turn off (listed as not assessed), e.g. --disable distant-from-ceo,supplier-risk.")
    List<String> disable = List.of();

    @Option(names = "--baseline", paramLabel = "ASSESSMENT.json",
            description = "An earlier JSON report: only findings new since then count for --fail-on.")
    Path baseline;

    @Option(names = "--redact-people", description = "Replace people's names and ids with stable pseudonyms.")
    boolean redactPeople;

    @Mixin
    RuleLimitOptions limits;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    CtoCommand parent;

    @Override
    public Integer call() {
        List<Path> inputs = new ArrayList<>(files);
        inputs.add(policy);
        inputs.add(baseline);
        output.refuseInputs(inputs.toArray(Path[]::new));
        CtoAssessor assessor = Inputs.assessor(policy, rules, disable, limits);
        Map<String, Assessment> before = new HashMap<>();
        if (baseline != null) {
            Inputs.report(baseline).forEach(a -> before.put(a.profile(), a));
        }
        List<OrganisationProfile> profiles = Inputs.profiles(assessor, files, new Progress(spec.commandLine().getErr(),
                files.size()), parent.stdin());
        Progress progress = new Progress(spec.commandLine().getErr(), files.size());
        List<AssessedProfile> items = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            // Redacting the profile before it is assessed: nothing built from it can name anyone.
            OrganisationProfile profile = redactPeople ? PeopleRedaction.of(profiles.get(i)).profile()
                    : profiles.get(i);
            items.add(new AssessedProfile(Inputs.displayName(files.get(i)), profile, assessor.assess(profile)));
            progress.step("assessed", files.get(i));
        }
        output.write(Reports.render(output.format, items, new ReportOptions(output.color())),
                spec.commandLine().getOut());
        return failOn != null && items.stream().anyMatch(item -> fails(item, before)) ? Exit.FINDINGS : Exit.OK;
    }

    private boolean fails(AssessedProfile item, Map<String, Assessment> before) {
        Assessment now = item.assessment();
        Assessment earlier = before.get(now.profile());
        if (baseline == null || earlier == null) {
            return now.hasActiveFindingAtLeast(failOn);
        }
        return AssessmentComparison.between(earlier, now).hasNewFindingAtLeast(failOn);
    }
}
