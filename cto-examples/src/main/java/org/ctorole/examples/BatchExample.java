package org.ctorole.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.Finding;

/**
 * Many assessments with one shared rule base: each person of the example organisation leaving in
 * turn ("what if"), assessed in parallel, ranked by how many new critical findings they leave.
 */
public final class BatchExample {
    private BatchExample() {
    }

    /** For each person, the number of CRITICAL findings the organisation would have without them. */
    public static List<String> departureRisk(OrganisationProfile profile) {
        CtoAssessor assessor = CtoAssessor.withDefaultRules();
        List<OrganisationProfile> scenarios = new ArrayList<>();
        profile.people().forEach(p -> scenarios.add(profile.withoutPeople(Set.of(p.id()))));
        List<Assessment> results = assessor.assessAll(scenarios);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            long critical = results.get(i).activeFindings().stream()
                    .filter(f -> f.severity() == org.ctorole.rules.Severity.CRITICAL).map(Finding::key).count();
            lines.add(profile.people().get(i).id() + "\t" + critical);
        }
        return lines;
    }

    public static void main(String[] args) {
        OrganisationProfile profile = org.ctorole.io.ProfileReader.standard()
                .read(java.nio.file.Path.of(args.length > 0 ? args[0] : "cto-examples/profiles/northwind.yaml"));
        departureRisk(profile).forEach(System.out::println);
    }
}
