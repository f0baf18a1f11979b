package org.ctorole.io;

import java.util.Objects;
import org.apiguardian.api.API;
import org.ctorole.model.profile.OrganisationProfile;

/**
 * A profile and where its values stand in the file it was read from.
 *
 * @param profile   the profile, validated
 * @param locations where each of its values is in the file
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LocatedProfile(OrganisationProfile profile, ProfileLocations locations) {
    public LocatedProfile {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(locations, "locations");
    }
}
