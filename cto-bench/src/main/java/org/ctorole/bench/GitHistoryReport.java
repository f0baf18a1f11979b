package org.ctorole.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.ctorole.git.AuthorshipAnalysis;
import org.ctorole.git.PackCache;
import org.ctorole.git.RepositoryAuthorship;

/**
 * One table for the git-history targets, without JMH: for each revision of {@link GeneratedHistory}, the
 * median wall time of {@code git log --no-merges --name-status -M} (the floor) and of the analysis (warm, in
 * this JVM), their ratio, the peak heap in use during the analysis (sampled every millisecond, garbage
 * included), and the smallest maximum heap with which a fresh JVM completes it (memory that does not grow
 * with history shows as the same figure at 5,000 and 20,000 commits). JGit's pack cache is enlarged first
 * ({@link PackCache}), as the {@code cto} command does.
 *
 * <pre>java -cp cto-bench/target/benchmarks.jar org.ctorole.bench.GitHistoryReport [runs]</pre>
 */
public final class GitHistoryReport {
    private static final int[] HEAP_STEPS_MB = {16, 24, 32, 48, 64, 96, 128, 192, 256, 512};

    private GitHistoryReport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--analyse")) {
            PackCache.enlarge();
            // child JVM of the heap search: exit 0 when the analysis completes within its -Xmx
            AuthorshipAnalysis.defaults().withRevision(args[1]).analyse(GeneratedHistory.standard()
                    .ensure(GitHistoryBenchmark.benchDirectory()));
            return;
        }
        PackCache.enlarge(); // as the cto command does
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path repo = GeneratedHistory.standard().ensure(GitHistoryBenchmark.benchDirectory());
        System.out.printf(Locale.ROOT, "git history: %s (%d processors, Java %s)%n", repo,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "%-10s %8s %7s %9s %11s %7s %10s %12s %10s%n", "revision", "commits",
                "files", "git log s", "analysis s", "ratio", "cold JVM s", "peak heap MB", "min -Xmx");
        List<double[]> rows = new ArrayList<>();
        for (String revision : GeneratedHistory.REVISIONS) {
            double[] git = new double[runs];
            double[] analysis = new double[runs];
            RepositoryAuthorship result = null;
            AuthorshipAnalysis.defaults().withRevision(revision).analyse(repo); // warm-up
            long peak = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                GitHistoryBenchmark.gitLog(repo, revision);
                git[i] = (System.nanoTime() - start) / 1e9;
                System.gc();
                HeapPeak sampler = HeapPeak.start();
                start = System.nanoTime();
                result = AuthorshipAnalysis.defaults().withRevision(revision).analyse(repo);
                analysis[i] = (System.nanoTime() - start) / 1e9;
                peak = Math.max(peak, sampler.stop());
            }
            double cold = coldRun(revision);
            int minHeap = smallestHeap(revision);
            double g = median(git);
            double a = median(analysis);
            rows.add(new double[] {result.history().commits(), g, a});
            System.out.printf(Locale.ROOT, "%-10s %,8d %,7d %9.2f %11.2f %6.1fx %10.2f %12.0f %8s MB%n", revision,
                    result.history().commits(), result.truckFactor().files() + result.excludedFiles(), g, a, a / g,
                    cold, peak / 1e6, minHeap < 0 ? "> 512" : String.valueOf(minHeap));
        }
        double[] first = rows.get(0);
        double[] last = rows.get(rows.size() - 1);
        System.out.printf(Locale.ROOT, "growth %,.0f -> %,.0f commits (%.1fx): analysis %.1fx, git log %.1fx%n",
                first[0], last[0], last[0] / first[0], last[2] / first[2], last[1] / first[1]);
        double worst = rows.stream().mapToDouble(r -> r[2] / r[1]).max().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "target: analysis within 5x of git log: %s (worst %.1fx)%n",
                worst <= 5 ? "met" : "NOT MET", worst);
    }

    /** Wall time of the analysis in a fresh JVM (start-up and JIT included). */
    private static double coldRun(String revision) throws IOException, InterruptedException {
        long start = System.nanoTime();
        if (!child(revision, 1024)) {
            throw new IllegalStateException("the analysis of " + revision + " failed in a fresh JVM");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static int smallestHeap(String revision) throws IOException, InterruptedException {
        for (int mb : HEAP_STEPS_MB) {
            if (child(revision, mb)) {
                return mb;
            }
        }
        return -1;
    }

    private static boolean child(String revision, int heapMb) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + heapMb + "m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "-Dcto.bench.git=" + GitHistoryBenchmark.benchDirectory(),
                GitHistoryReport.class.getName(), "--analyse", revision)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Samples the heap in use every millisecond on a daemon thread. */
    private static final class HeapPeak {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;

        private HeapPeak() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-peak");
            thread.setDaemon(true);
        }

        static HeapPeak start() {
            HeapPeak h = new HeapPeak();
            h.thread.start();
            return h;
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return peak.get();
        }
    }
}
