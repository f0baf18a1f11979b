package org.ctorole.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ctorole.git.AuthorshipAnalysis;
import org.ctorole.git.PackCache;
import org.ctorole.git.RepositoryAuthorship;
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
 * The truck-factor analysis of a generated history ({@link GeneratedHistory}: 5,000 files; 5,000, 10,000 or
 * 20,000 commits) beside the floor: {@code git log --no-merges --name-status -M} on the same revision, which
 * must read the same history. Target: the analysis within 5× of the floor, and linear in commits.
 *
 * <pre>java -jar cto-bench/target/benchmarks.jar GitHistoryBenchmark -p revision=at-20000</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class GitHistoryBenchmark {

    /** The tag analysed: the number of commits reachable from it. */
    @Param({"at-5000", "at-10000", "at-20000"})
    public String revision;

    private Path repository;

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        PackCache.enlarge(); // as the cto command does
        repository = GeneratedHistory.standard().ensure(benchDirectory());
    }

    @Benchmark
    public RepositoryAuthorship analysis() {
        return AuthorshipAnalysis.defaults().withRevision(revision).analyse(repository);
    }

    @Benchmark
    public long gitLogFloor() throws IOException, InterruptedException {
        return gitLog(repository, revision);
    }

    /** Runs {@code git log --no-merges --name-status -M REV} and returns the bytes it printed. */
    static long gitLog(Path repository, String revision) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "-C", repository.toString(), "log", "--no-merges", "--name-status",
                "-M", revision).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long bytes = 0;
        try (InputStream in = git.getInputStream()) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
            }
        }
        if (git.waitFor() != 0) {
            throw new IOException("git log failed on " + repository);
        }
        return bytes;
    }

    /** {@code cto-bench/target/git-bench}, from the repository root or from cto-bench itself. */
    static Path benchDirectory() {
        String configured = System.getProperty("cto.bench.git");
        if (configured != null) {
            return Path.of(configured);
        }
        return Files.isDirectory(Path.of("cto-bench")) ? Path.of("cto-bench", "target", "git-bench")
                : Path.of("target", "git-bench");
    }
}
