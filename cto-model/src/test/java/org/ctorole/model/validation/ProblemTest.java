package org.ctorole.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void inputEchoedInAProblemIsStoredPrintable() {
        Problem problem = Problem.at("forums[0].k\u202Eind", "unknown value '\u001B]0;pwned\u0007\u001B[2J'")
                .withLocation(new Problem.Location("acme\u001B[2J.yaml", 13, 5));

        assertThat(problem.path()).isEqualTo("forums[0].k\\u202Eind");
        assertThat(problem.message()).isEqualTo("unknown value '\\u001B]0;pwned\\u0007\\u001B[2J'");
        assertThat(problem.location().orElseThrow().source()).isEqualTo("acme\\u001B[2J.yaml");
        assertThat(problem).hasToString("acme\\u001B[2J.yaml:13:5: forums[0].k\\u202Eind:"
                + " unknown value '\\u001B]0;pwned\\u0007\\u001B[2J'");
    }

    @Test
    void aProblemRebuiltFromAnotherIsUnchanged() {
        Problem problem = Problem.at("a\tb", "line\nbreak");

        assertThat(problem.withLocation(new Problem.Location("f.yaml", 1, 1)).withLocation(null)).isEqualTo(problem);
        assertThat(problem.message()).isEqualTo("line\\nbreak");
    }

    @Test
    void anExceptionListsEscapedProblems() {
        InvalidProfileException e = new InvalidProfileException(java.util.List.of(Problem.at("x", "bell\u0007")));

        assertThat(e.getMessage()).isEqualTo("1 problem in the profile:\n  x: bell\\u0007");
    }
}
