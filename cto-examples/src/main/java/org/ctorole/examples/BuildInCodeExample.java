package org.ctorole.examples;

import java.time.LocalDate;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Security;
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
        // Plain values: what the HR tool does not know it leaves out (or passes as null).
        OrganisationProfile profile = OrganisationProfile.builder()
                .organisation(Organisation.builder("acme", LocalDate.of(2026, 11, 1))
                        .name("Acme Labs").stage(Stage.STARTUP).headcount(12).build())
                .person(Person.builder("kim").name("Kim Lee").roles(Role.CEO).deputy("lou").build())
                .person(Person.builder("lou").name("Lou Park").roles(Role.CTO).reportsTo("kim").deputy("kim").build())
                .person(Person.builder("max").name("Max Roy").roles(Role.ENGINEER).reportsTo("lou").build())
                .knowledgeArea(KnowledgeArea.builder("billing").critical(true).experts("max").build())
                .knowledgeArea(KnowledgeArea.builder("mobile").critical(true).experts("max", "lou").build())
                .system(SystemAsset.builder("main-db").holdsData(true).critical(true).build())   // no backup
                .security(Security.builder().incidentResponsePlan(true).build())                 // the rest unknown
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
