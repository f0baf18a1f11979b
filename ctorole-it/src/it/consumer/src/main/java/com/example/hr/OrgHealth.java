package com.example.hr;

import java.nio.file.Path;
import java.util.List;
import org.ctorole.git.AuthorshipAnalysis;
import org.ctorole.importer.ImportResult;
import org.ctorole.importer.Importers;
import org.ctorole.io.ProfileReader;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.CtoAssessor;

/** What the HR service does with ctorole, through its public API only. */
public final class OrgHealth {
    /** A house rule, in the form the rules reference asks for (cto-rules-custom compiles it). */
    static final String HOUSE_RULE = """
            package com.example.hr.rules;

            import org.ctorole.rules.facts.*;

            rule "onsite-backup"
                @title("Onsite backup")
                @severity(LOW)
                @subject(SYSTEM)
                @reads("systems")
                @harms("OPERATIONAL_MANAGEMENT")
                @track(RESILIENCE)
                @source("Example house rules | Backups")
                @firesWhen("a backup has no offsite copy")
                @message("The backup of {subject} is kept on site only")
                @recommendation("Copy the backup of {subject} to another site.")
            when
                SystemFact($id : id, backedUp == true, offsite == false)
            then
                insert(Detection.about($id));
            end
            """;

    private static final CtoAssessor BUILT_IN = CtoAssessor.withDefaultRules();
    private static final CtoAssessor WITH_HOUSE_RULES = CtoAssessor.builder()
            .addRules("house.drl", HOUSE_RULE).build();

    private OrgHealth() {
    }

    /** cto-io and cto-rules: a profile file, assessed with the built-in pack. */
    public static Assessment assess(Path profile) {
        return BUILT_IN.assess(ProfileReader.standard().read(profile));
    }

    /** cto-rules-custom: the same with the house rule. */
    public static Assessment assessWithHouseRules(OrganisationProfile profile) {
        return WITH_HOUSE_RULES.assess(profile);
    }

    /** cto-import: people from an HR export. */
    public static ImportResult people(Path csv) {
        return Importers.csv(csv);
    }

    /** cto-git: the analysis the service would run on a repository. */
    public static AuthorshipAnalysis authorship() {
        return AuthorshipAnalysis.defaults().withRevision("HEAD");
    }

    /** Ids of the rules an assessor knows. */
    public static List<String> ruleIds() {
        return WITH_HOUSE_RULES.ruleBook().rules().stream().map(r -> r.id()).toList();
    }
}
