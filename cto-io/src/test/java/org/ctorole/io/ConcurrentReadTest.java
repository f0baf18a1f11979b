package org.ctorole.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.IntStream;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.validation.InvalidProfileException;
import org.ctorole.model.validation.Problem;
import org.junit.jupiter.api.Test;

/** One reader shared by many threads: each read gets its own result and its own problems. */
class ConcurrentReadTest {

    @Test
    void readsDoNotShareState() throws Exception {
        ProfileReader reader = ProfileReader.standard();
        String northwind = Files.readString(NorthwindTest.NORTHWIND);
        String broken = northwind.replace("  - id: ledger-db\n", "  - id: ledger-db\n    colour: red\n");
        OrganisationProfile expected = reader.read(northwind, "northwind.yaml");

        List<Object> results = IntStream.range(0, 400).parallel()
                .mapToObj(i -> i % 2 == 0
                        ? reader.read(northwind, "northwind.yaml")
                        : catchThrowableOfType(InvalidProfileException.class,
                                () -> reader.read(broken, "broken-" + i + ".yaml")).problems())
                .toList();

        for (int i = 0; i < results.size(); i++) {
            if (i % 2 == 0) {
                assertThat(results.get(i)).isEqualTo(expected);
            } else {
                assertThat(((List<?>) results.get(i))).extracting(p -> ((Problem) p).toString())
                        .containsExactly("broken-" + i + ".yaml:93:5: systems[3].colour: unknown field 'colour'");
            }
        }
    }
}
