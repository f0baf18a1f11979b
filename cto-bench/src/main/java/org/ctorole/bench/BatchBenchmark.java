package org.ctorole.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of one shared {@link CtoAssessor} (one rule base) assessing northwind-sized profiles
 * on two threads. Target: at least 10,000 assessments per second on 2 cores.
 * The profiles are northwind and synthetic ones of 11 people (northwind's size), each thread
 * cycling through them from a different start.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class BatchBenchmark {

    /** Profiles of northwind's size (11 people), shared by the threads. */
    public static final int PEOPLE = 11;

    @State(Scope.Benchmark)
    public static class Shared {
        public CtoAssessor assessor;
        public OrganisationProfile[] profiles;

        @Setup(Level.Trial)
        public void setUp() {
            assessor = CtoAssessor.withDefaultRules();
            List<OrganisationProfile> list = new ArrayList<>();
            list.add(Northwind.load());
            for (long seed = 1; seed <= 15; seed++) {
                list.add(SyntheticProfiles.of(PEOPLE, seed));
            }
            profiles = list.toArray(OrganisationProfile[]::new);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        private static final AtomicInteger STARTS = new AtomicInteger();
        int next = STARTS.getAndAdd(7);
    }

    @Benchmark
    public Assessment assess(Shared shared, Cursor cursor) {
        OrganisationProfile[] profiles = shared.profiles;
        int i = cursor.next % profiles.length;
        cursor.next = i + 1;
        return shared.assessor.assess(profiles[i]);
    }
}
