package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void healthyProfileHasNoFindings() {
        Assessment a = CtoAssessor.withDefaultRules().assess(Profiles.healthy().build());
        a.findings().forEach(f -> System.out.println(f.key() + " " + f.message()));
        assertThat(a.findings()).isEmpty();
    }
}
