package org.ctorole.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ctorole.importer.ImportResult;
import org.ctorole.importer.ImportSource;
import org.ctorole.importer.Importers;
import org.ctorole.importer.ImportMapping;
import org.ctorole.importer.MergeResult;
import org.ctorole.importer.ProfileMerger;
import org.ctorole.importer.SourceKind;
import org.ctorole.importer.Teams;
import org.ctorole.model.profile.Organisation;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a generated org chart: a CSV export of {@code rows} people and a SCIM export of as
 * many users (one ListResponse page), each read from a file into a partial profile and merged
 * into a new profile (what {@code cto import ... -o} does before writing). Target: under 2 s at
 * 100,000 and linear in the rows. Run:
 * <pre>{@code java -jar cto-bench/target/benchmarks.jar ImportBenchmark -f 1 -wi 2 -i 3}</pre>
 * Peak memory, in a fresh JVM per measurement:
 * <pre>{@code java -cp cto-bench/target/benchmarks.jar org.ctorole.bench.ImportBenchmark csv 100000}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ImportBenchmark {

    private static final Organisation ORG = new Organisation("bench", null, null, null, LocalDate.of(2026, 11, 1));
    private static final String[] TITLES = {"Software Engineer", "Senior Software Engineer", "Engineering Manager",
            "Product Manager", "Account Executive", "Data Scientist", "Customer Success Manager", "QA Analyst"};

    @Param({"10000", "100000"})
    public int rows;

    private Path dir;
    private Path csv;
    private Path scim;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("cto-import-bench");
        csv = dir.resolve("hr.csv");
        scim = dir.resolve("users.json");
        Files.writeString(csv, csv(rows), StandardCharsets.UTF_8);
        Files.writeString(scim, scim(rows), StandardCharsets.UTF_8);
    }

    @TearDown(Level.Trial)
    public void clean() throws IOException {
        Files.deleteIfExists(csv);
        Files.deleteIfExists(scim);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public MergeResult csv() {
        return importAndMerge(SourceKind.CSV, csv);
    }

    @Benchmark
    public MergeResult scim() {
        return importAndMerge(SourceKind.SCIM, scim);
    }

    static MergeResult importAndMerge(SourceKind kind, Path file) {
        ImportResult result = Importers.importer(kind, ImportMapping.none(), Teams.none())
                .read(List.of(ImportSource.of(file))).orThrow();
        return ProfileMerger.fresh(ORG).merge(List.of(result));
    }

    /** A tree: person i reports to person (i - 1) / 8; every tenth has no e-mail, only an id and a name. */
    static String csv(int n) {
        StringBuilder b = new StringBuilder(n * 110);
        b.append("\uFEFFEmployee ID;First Name;Last Name;Work Email;Job Title;Department;Manager ID;FTE\r\n");
        for (int i = 0; i < n; i++) {
            b.append('E').append(i).append(';').append("First").append(i).append(";Last").append(i).append(';');
            if (i % 10 != 0) {
                b.append("first.last").append(i).append("@example.com");
            }
            b.append(';').append(i == 0 ? "Chief Executive Officer" : TITLES[i % TITLES.length])
                    .append(";\"Unit ").append(i % 50).append("\";")
                    .append(i == 0 ? "" : "E" + (i - 1) / 8).append(';').append(i % 7 == 0 ? "0.8" : "1")
                    .append("\r\n");
        }
        return b.toString();
    }

    /** The same tree as SCIM users with the enterprise extension; every fiftieth user is inactive. */
    static String scim(int n) {
        StringBuilder b = new StringBuilder(n * 520);
        b.append("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":")
                .append(n).append(",\"startIndex\":1,\"itemsPerPage\":").append(n).append(",\"Resources\":[\n");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(",\n");
            }
            b.append("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",")
                    .append("\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],")
                    .append("\"id\":\"u").append(i).append("\",\"userName\":\"user").append(i)
                    .append("@example.com\",\"name\":{\"givenName\":\"First").append(i)
                    .append("\",\"familyName\":\"Last").append(i).append("\"},\"displayName\":\"First").append(i)
                    .append(" Last").append(i).append("\",\"emails\":[{\"value\":\"user").append(i)
                    .append("@example.com\",\"type\":\"work\",\"primary\":true}],\"title\":\"")
                    .append(i == 0 ? "Chief Executive Officer" : TITLES[i % TITLES.length])
                    .append("\",\"active\":").append(i % 50 == 49 ? "false" : "true")
                    .append(",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"employeeNumber\":\"")
                    .append(i).append("\",\"department\":\"Unit ").append(i % 50).append('"');
            if (i > 0) {
                b.append(",\"manager\":{\"value\":\"u").append((i - 1) / 8).append("\"}");
            }
            b.append("},\"meta\":{\"resourceType\":\"User\"}}");
        }
        return b.append("\n]}\n").toString();
    }

    /**
     * Peak memory of one import: {@code csv|scim ROWS}. Generates the file, then, in this fresh
     * JVM, runs the import and merge once and prints the time and the peak heap: the largest
     * "used" of the heap pools during the import (MemoryPoolMXBean peak usage, reset just before
     * it, summed over the heap pools; each pool's peak is taken at its own moment, so the sum bounds the true peak from
     * above) and the heap in use right after the import (after a full GC, the live result), with the
     * wall time and the CPU time of the whole process (all threads, the collector's included) of
     * that one cold run. The generated text is written to a file and dropped before the import starts.
     */
    public static void main(String[] args) throws IOException {
        SourceKind kind = SourceKind.parse(args.length > 0 ? args[0] : "csv");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path file = Files.createTempFile("cto-import-bench", kind == SourceKind.CSV ? ".csv" : ".json");
        try {
            Files.writeString(file, kind == SourceKind.CSV ? csv(n) : scim(n), StandardCharsets.UTF_8);
            long size = Files.size(file);
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long before = usedHeap();
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            MergeResult merged = importAndMerge(kind, file);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (processCpuNanos() - cpuBefore) / 1_000_000;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            long live = usedHeap();
            long gcs = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
            System.out.printf("%s import of %,d rows (%,d bytes): %,d people in %,d ms (CPU of all threads, GC"
                            + " included: %,d ms); peak heap %,d MB (before: %,d MB), live after %,d MB, %d GCs,"
                            + " max heap %,d MB%n", kind.key(), n, size, merged.profile().people().size(), millis,
                    cpuMillis, peak >> 20, before >> 20, live >> 20, gcs, Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
