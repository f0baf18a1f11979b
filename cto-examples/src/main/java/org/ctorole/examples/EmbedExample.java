package org.ctorole.examples;

import java.nio.file.Path;
import org.ctorole.io.ProfileReader;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.Finding;
import org.ctorole.rules.Score;

/**
 * Embedding the library: read a profile, assess it, use the findings and scores as plain Java.
 * Run: {@code mvn -q -pl cto-examples exec:java -Dexec.mainClass=org.ctorole.examples.EmbedExample}
 * or from an IDE, with the profile path as the argument.
 */
public final class EmbedExample {
    private EmbedExample() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "cto-examples/profiles/northwind.yaml");
        OrganisationProfile profile = ProfileReader.standard().read(file);

        CtoAssessor assessor = CtoAssessor.withDefaultRules(); // build once, share across threads
        Assessment assessment = assessor.assess(profile);

        for (Finding f : assessment.activeFindings()) {
            System.out.printf("%-8s %-32s %-24s %s%n", f.severity(), f.ruleId(), f.subject(), f.message());
        }
        for (Score area : assessment.scorecard().areas()) {
            System.out.printf("%5.1f  %s%n", area.value(), area.title());
        }
        System.out.printf("overall %.1f%n", assessment.scorecard().overall().value());
    }
}
