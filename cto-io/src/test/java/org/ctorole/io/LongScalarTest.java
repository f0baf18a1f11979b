package org.ctorole.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.ctorole.model.profile.OrganisationProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13's reproducer: one scalar of 9 MB, under the 10 MiB limit, took 41 s to two minutes to
 * read as YAML (the same data as JSON: 0.1 s) because SnakeYAML's reader copied the unread part
 * of its buffer for every 1,024 characters. The texts are generated here, not committed. The
 * timeout is no speed target (ReadBenchmark measures that): it is twenty times what a linear read
 * needs on a loaded 2-core machine, and stops the test where the quadratic read would hang it.
 */
class LongScalarTest {

    private static final int NINE_MB = 9_000_000;
    private static final Duration HANG = Duration.ofSeconds(30);

    /** BadInputTest's valid profile, its first person named {@code name} as written. */
    private static String profile(String name) {
        return BadInputTest.HEAD.replace("  - id: kim\n", "  - id: kim\n    name: " + name + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "double-quoted", "single-quoted"})
    void aNineMegabyteYamlScalarReadsWhole(String style) {
        String name = "n".repeat(NINE_MB);
        String value = switch (style) {
            case "double-quoted" -> "\"" + name + "\"";
            case "single-quoted" -> "'" + name + "'";
            default -> name;
        };
        String text = profile(value);

        OrganisationProfile profile = assertTimeoutPreemptively(HANG,
                () -> ProfileReader.standard().read(text, "long.yaml"));

        assertThat(profile.people().get(0).name()).hasSize(NINE_MB).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000_000, NINE_MB})
    void aLongJsonScalarReadsWhole(int length) {
        String name = "n".repeat(length);
        String text = "{\"schema\": \"cto-profile/1\", \"organisation\": {\"id\": \"acme\", \"assessedOn\": \"2026-11-01\"},"
                + " \"people\": [{\"id\": \"kim\", \"name\": \"" + name + "\", \"roles\": [\"CEO\"]}]}";

        OrganisationProfile profile = assertTimeoutPreemptively(HANG,
                () -> ProfileReader.standard().read(text, "long.json"));

        assertThat(profile.people().get(0).name()).isEqualTo(name);
    }
}
