package org.ctorole.io.report;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.io.ProfileLocations;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.AssessmentComparison;

/**
 * What every report renders: a profile, where it was read from, its assessment, and — when it is
 * compared with a baseline — which findings are new since then.
 *
 * <pre>{@code
 * OrganisationProfile profile = ProfileReader.standard().read(Path.of("northwind.yaml"));
 * AssessedProfile item = new AssessedProfile("northwind.yaml", profile, assessor.assess(profile));
 * String markdown = Reports.render(ReportFormat.MARKDOWN, List.of(item), ReportOptions.plain());
 * }</pre>
 *
 * @param source           where the profile came from, usually its file name
 * @param profile          the profile assessed
 * @param assessment       its assessment
 * @param baseline         the comparison with an earlier assessment of the same organisation, or null
 * @param locations        where the profile's values stand in its file ({@link ProfileLocations#none()} if unknown)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AssessedProfile(String source, OrganisationProfile profile, Assessment assessment,
                              AssessmentComparison baseline, ProfileLocations locations) {
    public AssessedProfile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(assessment, "assessment");
        locations = locations == null ? ProfileLocations.none() : locations;
    }

    /** An assessed profile with no baseline, its file locations unknown. */
    public AssessedProfile(String source, OrganisationProfile profile, Assessment assessment) {
        this(source, profile, assessment, null, null);
    }

    /** This item compared with an earlier assessment. */
    public AssessedProfile withBaseline(AssessmentComparison comparison) {
        return new AssessedProfile(source, profile, assessment, comparison, locations);
    }

    /** This item with the places of its profile's values in its file. */
    public AssessedProfile withLocations(ProfileLocations where) {
        return new AssessedProfile(source, profile, assessment, baseline, where);
    }

    /** Whether it was compared with a baseline. */
    public boolean hasBaseline() {
        return baseline != null;
    }

    /** The keys of the findings new since the baseline; empty without one. */
    public Set<String> newSinceBaseline() {
        return baseline == null ? Set.of()
                : Set.copyOf(baseline.newFindings().stream().map(f -> f.key()).toList());
    }
}
