package org.ctorole.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A repository built in a test with JGit: commits by named people, one minute apart. */
final class GitHistory implements AutoCloseable {
    final Path dir;
    final Git git;
    private int minute;

    GitHistory(Path dir) throws Exception {
        this.dir = dir;
        this.git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    }

    /** Writes each path with its content and commits them as {@code name <name@example.org>} (lower case). */
    RevCommit commit(String name, String... pathsAndContents) throws Exception {
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            Path file = dir.resolve(pathsAndContents[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, pathsAndContents[i + 1]);
            git.add().addFilepattern(pathsAndContents[i]).call();
        }
        PersonIdent who = new PersonIdent(name, name.toLowerCase() + "@example.org",
                Instant.parse("2024-01-01T09:00:00Z").plusSeconds(60L * minute++), ZoneOffset.UTC);
        return git.commit().setMessage("by " + name).setAuthor(who).setCommitter(who).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
