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
import org.ctorole.io.LocatedProfile;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.Finding;
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
    OutputOptions.Reports output;

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
        Inputs.prepareReading();
        CtoAssessor assessor = Inputs.assessor(policy, rules, disable, limits);
        Map<String, Assessment> before = new HashMap<>();
        if (baseline != null) {
            Inputs.report(baseline).forEach(a -> before.put(a.profile(), a));
        }
        List<LocatedProfile> read = Inputs.located(assessor, files, new Progress(spec.commandLine().getErr(),
                files.size()), parent.stdin());
        Progress progress = new Progress(spec.commandLine().getErr(), files.size());
        List<AssessedProfile> items = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            // Redacting the profile before it is assessed: nothing built from it can name anyone.
            OrganisationProfile profile = redactPeople ? PeopleRedaction.of(read.get(i).profile()).profile()
                    : read.get(i).profile();
            Assessment assessment = assessor.assess(profile);
            AssessedProfile item = new AssessedProfile(Inputs.displayName(files.get(i)), profile, assessment)
                    .withLocations(read.get(i).locations());
            if (baseline != null) {
                Assessment earlier = before.get(assessment.profile());
                if (earlier == null) {
                    spec.commandLine().getErr().println("cto: " + Inputs.shown(baseline) + " has no assessment of '"
                            + Inputs.shown(assessment.profile()) + "': all its findings count as new");
                    earlier = new Assessment(assessment.profile(), assessment.assessedOn(), List.of(), List.of(),
                            List.of(), org.ctorole.rules.Scorecard.of(List.of()), new org.ctorole.rules.ActionPlan(
                            List.of()));
                }
                item = item.withBaseline(AssessmentComparison.between(earlier, assessment));
            }
            items.add(item);
            progress.step("assessed", files.get(i));
        }
        output.write(Reports.render(output.format(), items, ReportOptions.plain().withColor(output.color())
                .of(assessor)), spec.commandLine().getOut());
        if (failOn == null) {
            return Exit.OK;
        }
        List<String> failing = new ArrayList<>();
        for (AssessedProfile item : items) {
            List<Finding> counted = item.hasBaseline() ? item.baseline().newFindings() : item.assessment().findings();
            counted.stream().filter(f -> !f.waived() && f.severity().isAtLeast(failOn))
                    .forEach(f -> failing.add(f.key()));
        }
        if (failing.isEmpty()) {
            return Exit.OK;
        }
        if (StandardOutput.failureOf(spec.commandLine().getOut()).isPresent()) {
            // Without a report there is nothing the findings' reason explains: the failed write decides the exit.
            return Exit.FINDINGS;
        }
        // Say why the exit code is 1: a script's log should not need the report to explain it.
        spec.commandLine().getErr().println("cto: " + failing.size() + " unwaived finding" + (failing.size() == 1 ? "" : "s")
                + " at or above " + failOn + (baseline == null ? "" : ", new since " + Inputs.shown(baseline)) + ": "
                + String.join(", ", failing.stream().limit(10).map(Inputs::shown).toList())
                + (failing.size() > 10 ? ", and " + (failing.size() - 10) + " more" : ""));
        return Exit.FINDINGS;
    }
}
