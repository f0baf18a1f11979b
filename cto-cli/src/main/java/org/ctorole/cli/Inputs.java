package org.ctorole.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ctorole.io.PolicyReader;
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
     * Reads every profile, checking each for all that {@code assessor} would refuse (the same
     * list for validate and assess); if any has a problem, throws with the problems of all of them,
     * located in their files. {@code -} reads a profile (YAML or JSON) from {@code stdin}.
     */
    static List<OrganisationProfile> profiles(CtoAssessor assessor, List<Path> files, Progress progress,
                                              java.io.InputStream stdin) {
        ProfileReader reader = ProfileReader.standard().checking(assessor::problems);
        List<OrganisationProfile> profiles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                profiles.add(file.toString().equals(STDIN) ? reader.read(stdin, "<stdin>") : reader.read(file));
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

    /** How a file is named in reports: {@code <stdin>} for {@code -}. */
    static String displayName(Path file) {
        return file.toString().equals(STDIN) ? "<stdin>" : file.getFileName().toString();
    }

    static CtoAssessor assessor(Path policy, Path rulesDir) {
        return assessor(policy, rulesDir, List.of());
    }

    static CtoAssessor assessor(Path policy, Path rulesDir, List<String> disabled) {
        CtoAssessor.Builder builder = CtoAssessor.builder().disable(disabled.toArray(String[]::new));
        if (policy != null) {
            builder.policy(PolicyReader.read(policy));
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
                drl.forEach(builder::addRules);
            } catch (IOException e) {
                throw new UserException("--rules " + rulesDir + ": " + e.getMessage());
            }
        }
        return builder.build();
    }

    /**
     * The assessments of a JSON report; a file that cannot be read or a malformed report (every
     * problem at its JSON pointer) is refused naming the file: exit code 2.
     */
    static List<Assessment> report(Path file) {
        return AssessmentJson.read(file);
    }
}
