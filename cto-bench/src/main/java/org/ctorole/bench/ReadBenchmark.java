package org.ctorole.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ctorole.io.ProfileReader;
import org.ctorole.io.ProfileWriter;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
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
 * Time to read a profile file with {@link ProfileReader#read(Path)} (bounded read, UTF-8
 * decoding, parsing, mapping and validation), the same profile written as YAML and as JSON by
 * {@link ProfileWriter}: synthetic profiles of 1,000 and 10,000 people ({@code people}), and a
 * small profile whose one person's name is a single scalar of 9 MB ({@code longScalar}, one shot
 * per iteration: the case a quadratic scanner turns into minutes). The reader's target: YAML
 * within 1.5× of JSON, the 9 MB scalar under 3 s.
 *
 * <pre>java -jar cto-bench/target/benchmarks.jar ReadBenchmark -p format=yaml</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReadBenchmark {

    /** Characters in the long scalar of {@link #longScalar}: 9 MB, under the reader's 10 MiB limit. */
    public static final int LONG_SCALAR_CHARS = 9_000_000;

    /** A file holding a profile in one format; deleted after the trial. */
    @State(Scope.Benchmark)
    public abstract static class ProfileFile {
        /** {@code yaml} or {@code json}. */
        @Param({"yaml", "json"})
        public String format;

        Path file;

        abstract OrganisationProfile profile();

        @Setup(Level.Trial)
        public void write() throws IOException {
            OrganisationProfile profile = profile();
            String text = format.equals("json") ? ProfileWriter.standard().toJson(profile)
                    : ProfileWriter.standard().toYaml(profile);
            file = Files.createTempFile("cto-read-", "." + format);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            // A benchmark of a read that fails would measure the error path.
            ProfileReader.standard().read(file);
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            Files.deleteIfExists(file);
        }
    }

    /** A synthetic profile of {@code people} people (seed 1). */
    public static class People extends ProfileFile {
        /** People in the profile. */
        @Param({"1000", "10000"})
        public int people;

        @Override
        OrganisationProfile profile() {
            return SyntheticProfiles.of(people, 1);
        }
    }

    /** A two-person profile, the first person's name {@link #LONG_SCALAR_CHARS} characters long. */
    public static class LongScalar extends ProfileFile {
        @Override
        OrganisationProfile profile() {
            OrganisationProfile small = SyntheticProfiles.of(2, 1);
            List<Person> people = new ArrayList<>(small.people());
            Person first = people.get(0);
            people.set(0, new Person(first.id(), "n".repeat(LONG_SCALAR_CHARS), first.email(), first.roles(), first.reportsTo(),
                    first.deputy(), first.engagement()));
            return small.toBuilder().people(people).build();
        }
    }

    @Benchmark
    public OrganisationProfile people(People input) {
        return ProfileReader.standard().read(input.file);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public OrganisationProfile longScalar(LongScalar input) {
        return ProfileReader.standard().read(input.file);
    }
}
