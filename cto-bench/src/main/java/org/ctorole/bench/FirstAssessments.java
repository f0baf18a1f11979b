package org.ctorole.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.CtoAssessor;

/**
 * What a freshly started embedding JVM (an HR service after a deploy, a CLI batch) sees: run once
 * per fresh JVM, it reads northwind, builds the assessor, assesses northwind 2,000 times and
 * prints, one {@code key value unit} line each:
 * <ul>
 *   <li>{@code read}: reading northwind.yaml (Jackson, the model, validation), not counted below;</li>
 *   <li>{@code construct}: {@code CtoAssessor.withDefaultRules()} (the rule base);</li>
 *   <li>{@code first-assessment}: construction and the first assessment, what an embedder waits
 *       for before the first result;</li>
 *   <li>{@code first-1000}, {@code second-1000}: the assessments only, in blocks of 1,000 (the
 *       first block includes the first, cold, assessment);</li>
 *   <li>{@code jvm-to-first}: from the JVM's start (as the runtime recorded it) to the end of the
 *       first assessment, JVM boot and class loading included; millisecond resolution.</li>
 * </ul>
 * bench.sh compares {@code first-1000} with 1,000 times the steady-state northwind figure of
 * the same run.
 *
 * <pre>java -cp cto-bench/target/benchmarks.jar org.ctorole.bench.FirstAssessments</pre>
 */
public final class FirstAssessments {
    /** Findings of both blocks, summed and printed, so no assessment is optimised away unseen. */
    private static long findings;

    private FirstAssessments() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        OrganisationProfile northwind = Northwind.load();
        long t1 = System.nanoTime();
        CtoAssessor assessor = CtoAssessor.withDefaultRules();
        long t2 = System.nanoTime();
        findings += assessor.assess(northwind).findings().size();
        long t3 = System.nanoTime();
        long firstEnd = System.currentTimeMillis();
        for (int i = 1; i < 1_000; i++) {
            findings += assessor.assess(northwind).findings().size();
        }
        long t4 = System.nanoTime();
        long second = block(assessor, northwind);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();

        print("read", t1 - t0);
        print("construct", t2 - t1);
        print("first-assessment", t3 - t1);
        print("first-1000", t4 - t2);
        print("second-1000", second);
        System.out.printf(Locale.ROOT, "jvm-to-first %d ms%n", firstEnd - jvmStart);
        System.out.printf(Locale.ROOT, "findings %d count%n", findings);
    }

    private static long block(CtoAssessor assessor, OrganisationProfile profile) {
        long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            findings += assessor.assess(profile).findings().size();
        }
        return System.nanoTime() - start;
    }

    private static void print(String key, long nanos) {
        System.out.printf(Locale.ROOT, "%s %.3f ms%n", key, nanos / 1e6);
    }
}
