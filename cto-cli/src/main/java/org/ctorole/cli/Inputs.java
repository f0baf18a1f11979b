package org.ctorole.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ctorole.io.BoundedText;
import org.ctorole.io.PolicyReader;
import org.ctorole.io.LocatedProfile;
import org.ctorole.io.ProfileReader;
import org.ctorole.io.UnreadableInputException;
import org.ctorole.io.report.AssessmentJson;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.validation.InvalidProfileException;
import org.ctorole.model.validation.Problem;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.CtoAssessor;

/** Reading what the commands are given: profiles, policies, rule folders, JSON reports. */
final class Inputs {
    private Inputs() {
    }

    /** What stands for standard input among the files. */
    static final String STDIN = "-";

    /**
     * Prepares the profile reader (its YAML and JSON mappers, the deserializers of the profile)
     * on a daemon thread while the calling thread builds the assessor: both take some 0.1 to
     * 0.4 s in a fresh JVM, mostly class loading and reflection, and are independent.
     */
    static void prepareReading() {
        prepare("cto-prepare-reading", ProfileReader::standard);
    }

    /**
     * Prepares the built-in rule base (the executable model, the Drools KieBase, the rule book),
     * the longest part of a fresh {@code cto assess}, on a daemon thread while the calling thread
     * builds the command line.
     */
    static void prepareRules() {
        prepare("cto-prepare-rules", CtoAssessor::withDefaultRules);
    }

    /**
     * Runs {@code work} on a daemon thread, for what is made once per JVM and shared (a class's
     * static state, made by whichever thread comes first: the other waits for it). A failure is
     * left for the thread that needs the result: it meets the same failure and reports it, as it
     * would have without this.
     */
    private static void prepare(String name, Runnable work) {
        Thread preparing = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                // met again, and reported, by the thread that needs it
            }
        }, name);
        preparing.setDaemon(true);
        preparing.start();
    }

    /**
     * Reads every profile, checking each for all that {@code assessor} would refuse (the same
     * list for validate and assess); if any has a problem, throws with the problems of all of them,
     * located in their files. {@code -} reads a profile (YAML or JSON) from {@code stdin}.
     */
    static List<OrganisationProfile> profiles(CtoAssessor assessor, List<Path> files, Progress progress,
                                              java.io.InputStream stdin) {
        return located(assessor, files, progress, stdin).stream().map(LocatedProfile::profile).toList();
    }

    /** As {@link #profiles}, keeping where each value stands in its file. */
    static List<LocatedProfile> located(CtoAssessor assessor, List<Path> files, Progress progress,
                                        java.io.InputStream stdin) {
        ProfileReader reader = ProfileReader.standard().checking(assessor::problems);
        List<LocatedProfile> profiles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                profiles.add(file.toString().equals(STDIN) ? reader.readLocated(stdin, "<stdin>")
                        : reader.readLocated(file));
            } catch (InvalidProfileException e) {
                problems.addAll(e.problems());
            } catch (UnreadableInputException e) {
                // Listed with the other files' problems, so that one run names every bad input.
                problems.add(Problem.at("", e.getMessage()));
            }
            progress.step("read", file);
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return profiles;
    }

    /** A name or path from the command line or a file, safe to print on a terminal. */
    static String shown(Object value) {
        return org.ctorole.model.text.PrintableText.escape(String.valueOf(value));
    }

    /** How a file is named in reports: {@code <stdin>} for {@code -}. */
    static String displayName(Path file) {
        return file.toString().equals(STDIN) ? "<stdin>" : file.getFileName().toString();
    }

    static CtoAssessor assessor(Path policy, Path rulesDir) {
        return assessor(policy, rulesDir, List.of());
    }

    static CtoAssessor assessor(Path policy, Path rulesDir, List<String> disabled) {
        return assessor(policy, rulesDir, disabled, RuleLimitOptions.defaults());
    }

    static CtoAssessor assessor(Path policy, Path rulesDir, List<String> disabled, RuleLimitOptions limits) {
        CtoAssessor.Builder builder = limits.applyTo(CtoAssessor.builder()).disable(disabled.toArray(String[]::new));
        if (policy != null) {
            // The file's values over the stage presets: each profile keeps the thresholds of its stage.
            builder.stagePolicy(PolicyReader.readStaged(policy));
        }
        if (rulesDir != null) {
            if (!Files.isDirectory(rulesDir)) {
                throw new UserException("--rules " + rulesDir + ": not a directory");
            }
            try (Stream<Path> files = Files.list(rulesDir)) {
                List<Path> drl = files.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList();
                if (drl.isEmpty()) {
                    throw new UserException("--rules " + rulesDir + ": no .drl file in it");
                }
                // Read as bounded text: a FIFO or a link to a device named *.drl is refused, not waited on.
                drl.forEach(file -> builder.addRules(file.toString(),
                        BoundedText.read(file, ProfileReader.MAX_DOCUMENT_CHARS)));
            } catch (IOException e) {
                throw new UserException("--rules " + rulesDir + ": " + OutputOptions.reason(e));
            }
        }
        return builder.build();
    }

    /**
     * The assessments of a JSON report, read as bounded text like a profile (no device, pipe or
     * file over {@link AssessmentJson#MAX_REPORT_BYTES}); a file that cannot be read or a
     * malformed report (every problem at its JSON pointer) is refused naming the file: exit code 2.
     */
    static List<Assessment> report(Path file) {
        return AssessmentJson.read(file);
    }
}
