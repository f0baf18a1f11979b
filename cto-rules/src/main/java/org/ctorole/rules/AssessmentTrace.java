package org.ctorole.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * One assessment with where its time went and what the engine did: the public hook for
 * benchmarks and for anyone asking why a rule set is slow. Times are wall-clock nanoseconds of
 * one call, so only a guide; counts are exact.
 *
 * <pre>{@code
 * AssessmentTrace t = assessor.trace(profile);
 * t.nanos().get("rules"); t.facts(); t.firings().get("single-point-of-knowledge");
 * }</pre>
 *
 * @param assessment the assessment, equal to what {@link CtoAssessor#assess} returns
 * @param nanos      time per phase, in order: {@code validate}, {@code facts}, {@code rules}, {@code findings}
 * @param facts      facts inserted into each session
 * @param firings    firings per DRL rule name, in name order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AssessmentTrace(Assessment assessment, Map<String, Long> nanos, int facts,
                              Map<String, Integer> firings) {

    public AssessmentTrace {
        nanos = Collections.unmodifiableMap(new LinkedHashMap<>(nanos));
        firings = Collections.unmodifiableMap(new TreeMap<>(firings));
    }

    /** Every rule firing counted together. */
    public int totalFirings() {
        return firings.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Collects a trace while the assessor works. */
    static final class Recorder {
        private final Map<String, Long> nanos = new LinkedHashMap<>();
        private final Map<String, Integer> firings = new TreeMap<>();
        private long last = System.nanoTime();
        private int facts;

        void phase(String name) {
            long now = System.nanoTime();
            nanos.merge(name, now - last, Long::sum);
            last = now;
        }

        void facts(int count) {
            facts = count;
        }

        void fired(String rule) {
            firings.merge(rule, 1, Integer::sum);
        }

        AssessmentTrace finish(Assessment assessment) {
            return new AssessmentTrace(assessment, nanos, facts, firings);
        }
    }
}
