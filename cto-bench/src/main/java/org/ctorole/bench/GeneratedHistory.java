package org.ctorole.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * A git repository of a team's history, generated once for the history benchmarks: 20,000 commits (with
 * merges of short side branches) over 5,000 files in 50 modules, 60 developers with an owner and regulars
 * per module, renames and deletions. It is written with {@code git fast-import} into
 * {@code cto-bench/target/git-bench/} and reused while its parameters are unchanged. Tags {@code at-5000},
 * {@code at-10000} and {@code at-20000} mark the commits after which that many commits exist, to show how
 * the cost grows with history at a constant number of files.
 *
 * <pre>Path repo = GeneratedHistory.standard().ensure(Path.of("cto-bench/target/git-bench"));</pre>
 */
public final class GeneratedHistory {
    /** The revisions the benchmarks analyse, with the number of commits reachable from each. */
    public static final List<String> REVISIONS = List.of("at-5000", "at-10000", "at-20000");

    private static final int MODULES = 50;
    private static final int PACKAGES = 10;
    private static final int DEVELOPERS = 60;
    private static final int LINES = 30;

    private final int commits;
    private final int files;
    private final long seed;

    private GeneratedHistory(int commits, int files, long seed) {
        this.commits = commits;
        this.files = files;
        this.seed = seed;
    }

    /** 20,000 commits over 5,000 files, seed 1. */
    public static GeneratedHistory standard() {
        return new GeneratedHistory(20_000, 5_000, 1);
    }

    /** The repository under {@code dir}, generated first when absent or made with other parameters. */
    public Path ensure(Path dir) throws IOException, InterruptedException {
        Path repo = dir.resolve("history-" + commits + "x" + files + "-s" + seed + ".git");
        Path done = repo.resolve("generated-by-cto-bench");
        if (Files.exists(done)) {
            return repo;
        }
        Files.createDirectories(dir);
        deleteRecursively(repo);
        run(dir, "git", "init", "--bare", "-q", repo.getFileName().toString());
        Process importer = new ProcessBuilder("git", "-C", repo.toString(), "fast-import", "--quiet")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream out = new BufferedOutputStream(importer.getOutputStream(), 1 << 16)) {
            write(out);
        }
        if (importer.waitFor() != 0) {
            throw new IOException("git fast-import failed for " + repo);
        }
        run(repo, "git", "symbolic-ref", "HEAD", "refs/heads/main");
        Files.writeString(done, "commits=" + commits + " files=" + files + " seed=" + seed + "\n");
        return repo;
    }

    private void write(OutputStream out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Stream stream = new Stream(out);
        List<String> paths = new ArrayList<>(files);   // live paths, by file number
        int[] versions = new int[files];
        int[] owners = new int[MODULES];
        for (int m = 0; m < MODULES; m++) {
            owners[m] = random.nextInt(DEVELOPERS);
        }
        boolean[] gone = new boolean[files];
        int deleted = -1;
        int created = 0;
        int made = 0;
        int mainTip = 0;
        int nextTag = 0;
        List<Integer> tags = List.of(5_000, 10_000, 20_000);
        while (made < commits) {
            boolean sideBranch = made > files && made % 50 == 0 && made + 3 <= commits;
            if (sideBranch) {
                // two commits on a side branch, then a merge into main: git log --no-merges and the
                // analysis both skip the merge; the side commits count
                int base = mainTip;
                int tip = base;
                List<Integer> touched = new ArrayList<>();
                for (int s = 0; s < 2; s++) {
                    int file = live(random.nextInt(created), gone);
                    touched.add(file);
                    versions[file]++;
                    tip = stream.commit("refs/heads/side", ++made, tip, 0, author(random, owners, module(file)),
                            List.of(modify(paths.get(file), file, versions[file])));
                }
                List<String> again = new ArrayList<>();
                for (int file : touched) {
                    again.add(modify(paths.get(file), file, versions[file]));
                }
                mainTip = stream.commit("refs/heads/main", ++made, mainTip, tip, owners[0], again);
            } else {
                List<String> ops = new ArrayList<>();
                int module;
                if (created < files) {
                    // the first quarter of the history creates the files, two at a time, in one module
                    module = created / (files / MODULES);
                    for (int k = 0; k < 2 && created < files; k++) {
                        paths.add(path(created, created % PACKAGES));
                        ops.add(modify(paths.get(created), created, 0));
                        created++;
                    }
                } else if (deleted >= 0) {
                    // the path deleted by the commit before gets a new file by someone else
                    module = module(deleted);
                    versions[deleted] = 1_000_000 + made;
                    ops.add(modify(paths.get(deleted), deleted, versions[deleted]));
                    gone[deleted] = false;
                    deleted = -1;
                } else {
                    int file = live(random.nextInt(files), gone);
                    module = module(file);
                    if (made % 97 == 0) {
                        // a move to another package with a small change: followed by -M (similarity > 50 %)
                        String to = path(file, (packageOf(paths.get(file)) + 1 + random.nextInt(PACKAGES - 1))
                                % PACKAGES);
                        if (!paths.contains(to)) {
                            ops.add("D " + paths.get(file));
                            paths.set(file, to);
                        }
                        versions[file]++;
                        ops.add(modify(paths.get(file), file, versions[file]));
                    } else if (made % 251 == 0) {
                        // a file deleted; the next commit writes a new file at its path
                        ops.add("D " + paths.get(file));
                        gone[file] = true;
                        deleted = file;
                    } else {
                        int n = 1 + random.nextInt(3);
                        for (int k = 0; k < n; k++) {
                            int f = k == 0 ? file
                                    : live(module * (files / MODULES) + random.nextInt(files / MODULES), gone);
                            versions[f]++;
                            ops.add(modify(paths.get(f), f, versions[f]));
                        }
                    }
                }
                mainTip = stream.commit("refs/heads/main", ++made, mainTip, 0, author(random, owners, module), ops);
            }
            while (nextTag < tags.size() && made >= tags.get(nextTag)) {
                stream.tag("at-" + tags.get(nextTag), mainTip);
                nextTag++;
            }
        }
    }

    /** The file, or the next one that exists. */
    private static int live(int file, boolean[] gone) {
        int f = file;
        while (gone[f]) {
            f = (f + 1) % gone.length;
        }
        return f;
    }

    private int module(int file) {
        return file / (files / MODULES);
    }

    private String path(int file, int pkg) {
        return String.format("mod%02d/pkg%d/File%04d.java", module(file), pkg, file);
    }

    private static int packageOf(String path) {
        int start = path.indexOf("/pkg") + 4;
        return Integer.parseInt(path.substring(start, path.indexOf('/', start)));
    }

    /** The owner of the module most of the time, one of three regulars often, anyone now and then. */
    private static int author(SplittableRandom random, int[] owners, int module) {
        double p = random.nextDouble();
        if (p < 0.55) {
            return owners[module];
        }
        if (p < 0.85) {
            return (owners[module] + 1 + random.nextInt(3)) % DEVELOPERS;
        }
        return random.nextInt(DEVELOPERS);
    }

    /** A filemodify line with the file's content at that version inline: one line differs per version. */
    private static String modify(String path, int file, int version) {
        StringBuilder text = new StringBuilder(LINES * 48);
        text.append("package generated; // file ").append(file).append('\n');
        for (int line = 1; line <= LINES; line++) {
            text.append("    int value").append(line).append(" = ").append(line * 31 + file);
            if (version % LINES == line - 1 && version > 0) {
                text.append(" + ").append(version);
            }
            text.append(";\n");
        }
        byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
        return "M 100644 inline " + path + "\ndata " + data.length + "\n" + text;
    }

    /** The fast-import stream: marks are commit numbers. */
    private static final class Stream {
        private final OutputStream out;

        Stream(OutputStream out) {
            this.out = out;
        }

        int commit(String ref, int mark, int from, int merge, int developer, List<String> ops) throws IOException {
            long when = 1_420_070_400L + 1_800L * mark; // from 2015-01-01, one commit every half hour
            String who = "Developer " + developer + " <dev" + developer + "@example.com> " + when + " +0000";
            String message = "change " + mark;
            StringBuilder s = new StringBuilder(256);
            s.append("commit ").append(ref).append('\n').append("mark :").append(mark).append('\n')
                    .append("author ").append(who).append('\n').append("committer ").append(who).append('\n')
                    .append("data ").append(message.length()).append('\n').append(message).append('\n');
            if (from > 0) {
                s.append("from :").append(from).append('\n');
            }
            if (merge > 0) {
                s.append("merge :").append(merge).append('\n');
            }
            for (String op : ops) {
                s.append(op).append('\n');
            }
            out.write(s.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            return mark;
        }

        void tag(String name, int mark) throws IOException {
            out.write(("reset refs/tags/" + name + "\nfrom :" + mark + "\n\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed in " + dir);
        }
    }

    /** Deletes a file or a folder with everything in it; nothing when it does not exist. */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
