package org.ctorole.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.rules.CtoAssessor;

/**
 * An HR tool maps its own data into a profile in code, gives only the sections it knows
 * (the others are not assessed, so they raise no false alarm) and uses a stricter policy.
 */
public final class BuildInCodeExample {
    private BuildInCodeExample() {
    }

    public static Assessment run() {
        OrganisationProfile profile = OrganisationProfile.builder()
                .organisation(new Organisation("acme", "Acme Labs", Stage.STARTUP, 12, LocalDate.of(2026, 11, 1)))
                .person(Person.of("kim", "Kim Lee", Role.CEO).withDeputy("lou"))
                .person(Person.of("lou", "Lou Park", Role.CTO).withReportsTo("kim").withDeputy("kim"))
                .person(Person.of("max", "Max Roy", Role.ENGINEER).withReportsTo("lou"))
                .knowledgeArea(new KnowledgeArea("billing", true, List.of("max")))
                .knowledgeArea(new KnowledgeArea("mobile", true, List.of("max", "lou")))
                .system(new SystemAsset("main-db", true, true, Optional.empty()))
                .build();
        CtoAssessor assessor = CtoAssessor.builder()
                .policy(AssessmentPolicy.defaults().toBuilder().minTruckFactor(3).build())
                .build();
        return assessor.assess(profile);
    }

    public static void main(String[] args) {
        Assessment a = run();
        a.findings().forEach(f -> System.out.println(f.severity() + " " + f.key() + ": " + f.message()));
        a.notAssessed().forEach(n -> System.out.println("not assessed: " + n.ruleId() + " (" + n.reason() + ")"));
    }
}
