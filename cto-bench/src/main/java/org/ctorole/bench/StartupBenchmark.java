package org.ctorole.bench;

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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold cost of building a {@link CtoAssessor} in a fresh JVM: loading the build-time executable
 * model of the rule pack from the kjar (the built-in KieBase is loaded once per class loader, so
 * only the first construction in a JVM is measured: one shot per fork). {@code firstAssessment}
 * adds the first, cold, assessment of northwind. The whole-process cold start of the CLI is
 * measured by bench.sh, not here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupBenchmark {
    private OrganisationProfile northwind;

    @Setup(Level.Trial)
    public void setUp() {
        northwind = Northwind.load(); // reading YAML warms Jackson and the model, not Drools
    }

    @Benchmark
    public CtoAssessor construct() {
        return CtoAssessor.withDefaultRules();
    }

    @Benchmark
    public Assessment firstAssessment() {
        return CtoAssessor.withDefaultRules().assess(northwind);
    }
}
