package org.ctorole.importer;

import java.util.Objects;
import org.apiguardian.api.API;
import org.ctorole.model.profile.OrganisationProfile;

/**
 * A merged profile (valid) and what the merge did.
 *
 * <pre>{@code MergeResult merged = ProfileMerger.fresh(organisation).merge(List.of(result));
 * ProfileWriter.standard().toYaml(merged.profile());}</pre>
 *
 * @param profile the merged profile
 * @param summary what was added, kept, skipped, in conflict and still missing
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MergeResult(OrganisationProfile profile, MergeSummary summary) {
    public MergeResult {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(summary, "summary");
    }
}
