package org.ctorole.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.CtoAssessor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm cost of one assessment, rule pack ({@link CtoAssessor#assess}: validation, facts, Drools
 * session, findings, scorecard and plan) against the hand-written {@link BaselineAssessor}
 * (checks only), on synthetic profiles of 50, 1,000 and 10,000 people and on northwind.
 * Targets, as ratios to the baseline measured in the same run: northwind at most 15×, 1,000 and
 * 10,000 people at most 5×. bench.sh runs it through {@code org.ctorole.bench.runner.BenchRunner},
 * which judges whether the iterations converged; the annotations below are for a run by hand.
 *
 * <pre>java -jar cto-bench/target/benchmarks.jar AssessBenchmark -p profile=northwind</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class AssessBenchmark {

    /** People in a synthetic profile, or {@code northwind} for the example profile. */
    @Param({"50", "1000", "10000", "northwind"})
    public String profile;

    /** Seed of the synthetic profile. */
    @Param({"1"})
    public long seed;

    private OrganisationProfile subject;
    private CtoAssessor rules;
    private BaselineAssessor baseline;

    @Setup(Level.Trial)
    public void setUp() {
        subject = profile.equals("northwind") ? Northwind.load() : SyntheticProfiles.of(Integer.parseInt(profile), seed);
        rules = CtoAssessor.withDefaultRules();
        baseline = new BaselineAssessor(rules.stagePolicy());
        if (rules.assess(subject).findings().size() != baseline.assess(subject).size()) {
            throw new IllegalStateException("rules and baseline disagree on " + profile);
        }
    }

    @Benchmark
    public Assessment rules() {
        return rules.assess(subject);
    }

    @Benchmark
    public List<BaselineFinding> baseline() {
        return baseline.assess(subject);
    }
}
