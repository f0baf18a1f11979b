package org.ctorole.io.report;

import java.util.Objects;
import org.apiguardian.api.API;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.Assessment;

/**
 * What every report renders: a profile, where it was read from, and its assessment.
 *
 * <pre>{@code
 * OrganisationProfile profile = ProfileReader.standard().read(Path.of("northwind.yaml"));
 * AssessedProfile item = new AssessedProfile("northwind.yaml", profile, assessor.assess(profile));
 * String markdown = Reports.render(ReportFormat.MARKDOWN, List.of(item), ReportOptions.plain());
 * }</pre>
 *
 * @param source     where the profile came from, usually its file name
 * @param profile    the profile assessed
 * @param assessment its assessment
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AssessedProfile(String source, OrganisationProfile profile, Assessment assessment) {
    public AssessedProfile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(assessment, "assessment");
    }
}
