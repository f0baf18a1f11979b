package org.ctorole.testkit;

import java.util.Optional;
import net.jqwik.api.SampleReportingFormat;
import org.apiguardian.api.API;
import org.ctorole.io.ProfileWriter;
import org.ctorole.model.profile.OrganisationProfile;

/**
 * Prints an {@link OrganisationProfile} in a property's samples and shrunk counterexamples as the
 * YAML profile a user writes, not as one long line of record {@code toString}. Registered for
 * jqwik by the service loader: nothing to configure.
 *
 * <pre>
 * Shrunk Sample (53 steps)
 * ------------------------
 *   profile:
 *     OrganisationProfile
 *       schema: cto-profile/1
 *       organisation:
 *         id: org
 *       people:
 *         - id: p1
 *           roles:
 *             - CEO
 *       ...
 * </pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ProfileReportingFormat implements SampleReportingFormat {

    /** Made by jqwik's service loader. */
    public ProfileReportingFormat() {
    }

    @Override
    public boolean appliesTo(Object value) {
        return value instanceof OrganisationProfile;
    }

    @Override
    public Optional<String> label(Object value) {
        return Optional.of("OrganisationProfile");
    }

    @Override
    public Object report(Object value) {
        String yaml;
        try {
            yaml = ProfileWriter.standard().toYaml((OrganisationProfile) value).stripTrailing();
        } catch (RuntimeException e) {
            // A profile the writer cannot write (a hand-made one with missing parts): its record form still reports.
            return value.toString();
        }
        return SampleReportingFormat.plainLabel(System.lineSeparator() + yaml);
    }
}
