package org.ctorole.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ctorole.io.report.DiffReport;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.AssessmentComparison;
import org.ctorole.rules.CtoAssessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cto what-if FILE --without PERSON...}: what would change if these people left. */
@Command(name = "what-if", mixinStandardHelpOptions = true,
        description = "Assess a profile as if some people left, and show what that changes.")
final class WhatIfCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A profile file.")
    Path file;

    @Option(names = "--without", paramLabel = "PERSON", arity = "1..*", required = true,
            description = "Ids of the people who leave.")
    List<String> without;

    @Option(names = "--policy", paramLabel = "FILE", description = "YAML file overriding thresholds of the policy.")
    Path policy;

    @Mixin
    OutputOptions.Documents output;

    @Mixin
    RuleLimitOptions limits;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        output.refuseInputs(file, policy);
        CtoAssessor assessor = Inputs.assessor(policy, null, List.of(), limits);
        OrganisationProfile profile = Inputs.profiles(assessor, List.of(file), Progress.none(), System.in).get(0);
        Set<String> leaving = new LinkedHashSet<>(without);
        for (String id : leaving) {
            if (profile.person(id).isEmpty()) {
                throw new UserException("--without " + id + ": no such person in " + file);
            }
        }
        AssessmentComparison c = AssessmentComparison.between(assessor.assess(profile),
                assessor.assess(profile.withoutPeople(leaving)));
        output.write(DiffReport.render(profile.organisation().id() + " without " + String.join(", ", leaving), c,
                output.format()), spec.commandLine().getOut());
        return Exit.OK;
    }
}
