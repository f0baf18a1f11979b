package org.ctorole.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ctorole.bench.CliTimeline.Split;
import org.junit.jupiter.api.Test;

class CliTimelineTest {

    private static final List<String> ASSESS_LOG = List.of(
            "[0.010s] java.lang.Object source: shared objects file",
            "[0.090s] java.lang.String source: jrt:/java.base",
            "[0.100s] org.ctorole.cli.Main source: shared objects file (top)",
            "[0.300s] picocli.CommandLine source: file:/x/lib/picocli-4.7.7.jar",
            "[0.400s] org.ctorole.cli.Inputs source: shared objects file (top)",
            "[0.410s] org.drools.core.Foo source: shared objects file (top)",
            "[0.600s] com.fasterxml.jackson.core.JacksonException source: shared objects file (top)",
            "[0.650s] com.fasterxml.jackson.core.JsonParser source: shared objects file (top)",
            "[0.700s] org.ctorole.rules.internal.FactBuilder source: shared objects file (top)",
            "[0.900s] org.ctorole.io.report.Reports source: shared objects file (top)",
            "[0.950s] java.lang.Shutdown source: shared objects file",
            "not a class-loading line");

    @Test
    void splitsAnAssessRunAtTheFirstClassOfEachPhase() {
        assertThat(CliTimeline.split(ASSESS_LOG)).containsExactly(
                new Split("JVM start", 0.100, 2, 1),
                new Split("command line (picocli)", 0.400, 2, 1),
                new Split("rule base (CtoAssessor, Drools KieBase)", 0.600, 2, 2),
                new Split("read profile (YAML, validation)", 0.700, 2, 2),
                new Split("assess", 0.900, 1, 1),
                new Split("report and exit", 0.950, 2, 2));
    }

    @Test
    void phasesACommandSkipsAreFoldedIntoTheNextOneReached() {
        List<String> log = List.of(
                "[0.100s] org.ctorole.cli.Main source: shared objects file (top)",
                "[0.300s] picocli.CommandLine source: file:/x/lib/picocli-4.7.7.jar",
                "[0.350s] java.lang.Shutdown source: shared objects file");

        assertThat(CliTimeline.split(log)).containsExactly(
                new Split("JVM start", 0.100, 0, 0),
                new Split("command line (picocli) ... report and exit", 0.350, 3, 2));
    }

    @Test
    void theLastPhaseEndsWithTheLastClassNotWhenAShutdownHookIsRegistered() {
        List<String> log = new ArrayList<>(ASSESS_LOG);
        log.remove("[0.950s] java.lang.Shutdown source: shared objects file");
        log.add(3, "[0.101s] java.lang.Shutdown source: shared objects file"); // as the CLI's exit guard loads it

        assertThat(CliTimeline.split(log)).containsExactly(
                new Split("JVM start", 0.100, 2, 1),
                new Split("command line (picocli)", 0.400, 3, 2),
                new Split("rule base (CtoAssessor, Drools KieBase)", 0.600, 2, 2),
                new Split("read profile (YAML, validation)", 0.700, 2, 2),
                new Split("assess", 0.900, 1, 1),
                new Split("report and exit", 0.900, 1, 1));
    }
}
