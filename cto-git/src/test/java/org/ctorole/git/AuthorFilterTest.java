package org.ctorole.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which authors do not count: bots by default, and patterns. */
class AuthorFilterTest {

    @Test
    void botsByNameAndByAutomationAddress() {
        AuthorFilter bots = AuthorFilter.bots();

        assertThat(bots.excludes(new Developer("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com")))
                .isTrue();
        assertThat(bots.excludes(new Developer("GitHub", "noreply@github.com"))).isTrue();
        assertThat(bots.excludes(new Developer("Release", "No-Reply@example.com"))).isTrue();
        assertThat(bots.excludes(new Developer("Renovate Bot", "bot@renovateapp.com"))).isTrue();
        assertThat(bots.excludes(new Developer("Ana", "1234+ana@users.noreply.github.com"))).isFalse();
        assertThat(bots.excludes(new Developer("Abbott", "abbott@example.com"))).isFalse();
        assertThat(AuthorFilter.nobody().excludes(new Developer("GitHub", "noreply@github.com"))).isFalse();
    }

    @Test
    void patternsMatchNameEmailOrBothWithoutCase() {
        AuthorFilter filter = AuthorFilter.nobody().excluding(List.of("*@build.example.com", "release robot",
                "Ana <ana@*"));

        assertThat(filter.excludes(new Developer("Jenkins", "JENKINS@build.example.com"))).isTrue();
        assertThat(filter.excludes(new Developer("Release Robot", "rr@example.com"))).isTrue();
        assertThat(filter.excludes(new Developer("Ana", "ana@example.org"))).isTrue();
        assertThat(filter.excludes(new Developer("Ben", "ben@example.org"))).isFalse();
    }
}
