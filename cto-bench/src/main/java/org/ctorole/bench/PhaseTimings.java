package org.ctorole.bench;

import java.util.Locale;
import java.util.Map;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.AssessmentTrace;
import org.ctorole.rules.CtoAssessor;

/**
 * Where the time of one warm {@code CtoAssessor.assess} goes, phase by phase, through the public
 * hook {@link CtoAssessor#trace} (validation, facts, rules, findings), with the rule firings of
 * one session and the baseline's time. A rough split for finding hot spots, not a JMH measurement.
 *
 * <pre>java -cp cto-bench/target/benchmarks.jar org.ctorole.bench.PhaseTimings 10000 1 [rounds]</pre>
 */
public final class PhaseTimings {
    private PhaseTimings() {
    }

    public static void main(String[] args) {
        OrganisationProfile profile = args.length > 0 && args[0].equals("northwind") ? Northwind.load()
                : SyntheticProfiles.of(args.length > 0 ? Integer.parseInt(args[0]) : 10_000,
                args.length > 1 ? Long.parseLong(args[1]) : 1);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        CtoAssessor assessor = CtoAssessor.withDefaultRules();
        BaselineAssessor baseline = new BaselineAssessor(assessor.stagePolicy());

        Map<String, long[]> timings = new java.util.LinkedHashMap<>();
        AssessmentTrace last = null;
        for (int round = 0; round < rounds * 2; round++) {
            boolean measure = round >= rounds; // first half warms up
            long t0 = System.nanoTime();
            assessor.assess(profile);
            long t1 = System.nanoTime();
            AssessmentTrace trace = assessor.trace(profile);
            long t2 = System.nanoTime();
            baseline.assess(profile);
            long t3 = System.nanoTime();
            if (!measure) {
                continue;
            }
            last = trace;
            record(timings, "assess (whole)", t1 - t0);
            trace.nanos().forEach((phase, nanos) -> record(timings, "  " + phase + " (traced)", nanos));
            record(timings, "trace (whole, with its listeners)", t2 - t1);
            record(timings, "baseline (whole)", t3 - t2);
        }
        System.out.printf(Locale.ROOT, "%s: %d people, %d facts, %d findings; median of %d warm rounds%n",
                profile.organisation().id(), profile.people().size(), last.facts(),
                last.assessment().findings().size(), rounds);
        for (Map.Entry<String, long[]> e : timings.entrySet()) {
            long[] samples = e.getValue().clone();
            java.util.Arrays.sort(samples);
            System.out.printf(Locale.ROOT, "%-48s %9.3f ms%n", e.getKey(), samples[samples.length / 2] / 1e6);
        }
        System.out.println("rule firings (one session):");
        last.firings().forEach((rule, count) -> System.out.printf(Locale.ROOT, "  %-45s %7d%n", rule, count));
    }

    private static void record(Map<String, long[]> samples, String phase, long nanos) {
        long[] old = samples.get(phase);
        long[] grown = old == null ? new long[1] : java.util.Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = nanos;
        samples.put(phase, grown);
    }
}
