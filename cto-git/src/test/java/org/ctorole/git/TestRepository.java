package org.ctorole.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A repository built in a test with JGit: people, commits with fixed times one minute apart, branches
 * and merges, so authorship can be worked out by hand.
 */
final class TestRepository implements AutoCloseable {
    static final Instant START = Instant.parse("2024-01-01T09:00:00Z");

    private final Git git;
    private final Path dir;
    private final Map<String, Integer> edits = new HashMap<>();
    private PersonIdent author;
    private int minute;

    private TestRepository(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    static TestRepository init(Path dir) {
        try {
            return new TestRepository(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    Path dir() {
        return dir;
    }

    Git git() {
        return git;
    }

    /** The next commits are by this person. */
    TestRepository as(String name, String email) {
        author = new PersonIdent(name, email);
        return this;
    }

    /** The next commits are by this person, e-mail {@code name@example.org} in lower case. */
    TestRepository as(String name) {
        return as(name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org");
    }

    /** Writes a file with ten distinct lines named after it (a new file, or a full rewrite). */
    TestRepository create(String path) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            text.append(path).append(" line ").append(i).append('\n');
        }
        return write(path, text.toString());
    }

    TestRepository write(String path, String content) {
        return writeBytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    TestRepository writeBytes(String path, byte[] content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            git.add().addFilepattern(path).call();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes one line of the file (keeps it similar enough to follow a rename). */
    TestRepository modify(String path) {
        try {
            Path file = dir.resolve(path);
            int n = edits.merge(path, 1, Integer::sum);
            String text = Files.readString(file);
            return write(path, text + "edit " + n + " of " + path + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestRepository delete(String path) {
        try {
            git.rm().addFilepattern(path).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves the file unchanged (git sees a 100 % rename). */
    TestRepository rename(String from, String to) {
        try {
            byte[] content = Files.readAllBytes(dir.resolve(from));
            delete(from);
            return writeBytes(to, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RevCommit commit() {
        return commit("change " + (minute + 1));
    }

    RevCommit commit(String message) {
        try {
            PersonIdent when = at(author);
            return git.commit().setMessage(message).setAuthor(when).setCommitter(when).setAllowEmpty(true).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    TestRepository branch(String name) {
        try {
            git.branchCreate().setName(name).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    TestRepository checkout(String name) {
        try {
            git.checkout().setName(name).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Merges {@code branch} into the current branch without committing, so that the test can add changes
     * of its own to the merge ("evil merge") before {@link #commit()} records it with two parents.
     */
    TestRepository mergeWithoutCommit(String branch) {
        try {
            ObjectId tip = git.getRepository().resolve(branch);
            git.merge().include(tip).setCommit(false).setFastForward(MergeCommand.FastForwardMode.NO_FF).call();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    private PersonIdent at(PersonIdent who) {
        Instant when = START.plusSeconds(60L * minute++);
        return new PersonIdent(who.getName(), who.getEmailAddress(), when, ZoneOffset.UTC);
    }

    @Override
    public void close() {
        git.close();
    }
}
