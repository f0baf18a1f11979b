package org.ctorole.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ctorole.git.GitAnalysisException;
import org.ctorole.git.GitImporter;
import org.ctorole.git.PackCache;
import org.ctorole.importer.ImportMapping;
import org.ctorole.importer.ImportResult;
import org.ctorole.importer.ImportSource;
import org.ctorole.importer.Importers;
import org.ctorole.importer.MergeResult;
import org.ctorole.importer.ProfileMerger;
import org.ctorole.importer.SourceKind;
import org.ctorole.importer.Teams;
import org.ctorole.io.InvalidInputException;
import org.ctorole.io.ProfileReader;
import org.ctorole.io.ProfileWriter;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Section;
import org.ctorole.model.text.PrintableText;
import org.ctorole.model.validation.Problem;
import org.ctorole.rules.RuleBook;
import org.ctorole.rules.RuleDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cto import csv|scim|codeowners|backstage SOURCE...} and {@code cto import git REPO}: a profile from the
 * data an organisation has.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import people, ownership and systems into a profile (printed, or written with -o).",
        subcommands = {ImportCommand.Csv.class, ImportCommand.Scim.class, ImportCommand.Codeowners.class,
                ImportCommand.Backstage.class, ImportCommand.Git.class})
final class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the import goes: the options every kind of source shares. */
    static final class Options {
        @Option(names = "--into", paramLabel = "PROFILE",
                description = "Merge into this profile (never modified: the result goes to stdout or -o).")
        Path into;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT",
                description = "Write the profile here (JSON if it ends with .json, else YAML) instead of stdout.")
        Path output;

        @Option(names = "--prefer-import", description = "Where the profile and a source disagree, take the source's.")
        boolean preferImport;

        @Option(names = "--verbose", description = "List every change and every skipped item with its place.")
        boolean verbose;

        @Option(names = "--name", paramLabel = "ORG",
                description = "The organisation's name when there is no --into profile (default: imported).")
        String name;

        /** Refuses an output that is an input, and a name with --into. */
        void refuseInputs(List<Path> inputs) {
            if (into != null && output != null && OutputOptions.sameFile(into, output)) {
                throw new UserException("-o " + output + " is the --into profile: it is never overwritten;"
                        + " write the result to another file");
            }
            OutputOptions.refuseInputs(output, inputs);
            if (into != null && name != null) {
                throw new UserException("--name names a new profile; with --into the profile's organisation is kept");
            }
        }

        /** The --into profile, or null without one; its problems are added to {@code problems}. */
        OrganisationProfile base(List<Problem> problems) {
            if (into == null) {
                return null;
            }
            try {
                return ProfileReader.standard().read(into);
            } catch (org.ctorole.model.validation.InvalidProfileException e) {
                problems.addAll(e.problems());
                return null;
            }
        }

        /** Merges the result into the profile (or a new one), writes it and the summary; exit 0. */
        int mergeAndWrite(CommandSpec spec, OrganisationProfile base, ImportResult result) {
            ProfileMerger merger = base != null ? ProfileMerger.into(base, into.toString())
                    : ProfileMerger.fresh(organisation(name));
            MergeResult merged = merger.preferImport(preferImport).ruleReads(ruleReads()).merge(List.of(result));
            if (output == null) {
                spec.commandLine().getOut().print(ProfileWriter.standard().toYaml(merged.profile()));
                spec.commandLine().getOut().flush();
            } else {
                OutputOptions.write(output, file -> ProfileWriter.standard().write(merged.profile(), file));
            }
            CtoCommand.printLines(spec.commandLine().getErr(), merged.summary().describe(verbose));
            spec.commandLine().getErr().flush();
            return Exit.OK;
        }
    }

    /** Reads the sources of one kind, merges them and writes the profile. */
    abstract static class Kind implements Callable<Integer> {
        @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Files to import, read in order.")
        List<Path> sources;

        @Option(names = "--mapping", paramLabel = "FILE",
                description = "Mapping file: CSV columns, title rows, handles, teams, CODEOWNERS areas, critical ids.")
        Path mapping;

        @Mixin
        Options options;

        @Spec
        CommandSpec spec;

        abstract SourceKind kind();

        Teams teams() {
            return Teams.none();
        }

        /** The files {@link #teams()} reads. */
        List<Path> teamFiles() {
            return List.of();
        }

        @Override
        public Integer call() {
            List<Path> inputs = new ArrayList<>(sources);
            inputs.add(mapping);
            inputs.addAll(teamFiles());
            options.refuseInputs(inputs);
            ImportMapping map = mapping == null ? ImportMapping.none() : ImportMapping.read(mapping);
            ImportResult result = Importers.importer(kind(), map, teams())
                    .read(sources.stream().map(ImportSource::of).toList());
            List<Problem> problems = new ArrayList<>(result.problems());
            OrganisationProfile base = options.base(problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(kind().key() + " import", problems);
            }
            return options.mergeAndWrite(spec, base, result);
        }
    }


    static Organisation organisation(String name) {
        String id = name == null ? "imported" : name.strip().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return new Organisation(id.isEmpty() ? "imported" : id, name, null, null, LocalDate.now());
    }

    /** The sections each built-in rule reads, for the summary's "not assessed" list and the template. */
    static Map<String, Set<Section>> ruleReads() {
        Map<String, Set<Section>> reads = new LinkedHashMap<>();
        for (RuleDescriptor rule : RuleBook.builtIn().rules()) {
            reads.put(rule.id(), rule.sections());
        }
        return reads;
    }

    @Command(name = "csv", mixinStandardHelpOptions = true,
            description = "People from org-chart CSV exports (headers of common HR systems, or --mapping).")
    static final class Csv extends Kind {
        @Override
        SourceKind kind() {
            return SourceKind.CSV;
        }
    }

    @Command(name = "scim", mixinStandardHelpOptions = true,
            description = "People from SCIM 2.0 exports: ListResponse pages of User (and Group) resources.")
    static final class Scim extends Kind {
        @Override
        SourceKind kind() {
            return SourceKind.SCIM;
        }
    }

    @Command(name = "codeowners", mixinStandardHelpOptions = true,
            description = "Knowledge areas from GitHub or GitLab CODEOWNERS files, owners as experts.")
    static final class Codeowners extends Kind {
        @Option(names = "--teams", paramLabel = "FILE", arity = "1..*",
                description = "SCIM export (users and groups) or Backstage catalog whose groups expand @org/team"
                        + " owners.")
        List<Path> teamFiles = List.of();

        @Override
        SourceKind kind() {
            return SourceKind.CODEOWNERS;
        }

        @Override
        Teams teams() {
            return teamFiles.isEmpty() ? Teams.none() : Importers.teams(teamFiles.toArray(Path[]::new));
        }

        @Override
        List<Path> teamFiles() {
            return teamFiles;
        }
    }

    @Command(name = "backstage", mixinStandardHelpOptions = true,
            description = "Systems, knowledge areas and owners from Backstage catalog-info.yaml files.")
    static final class Backstage extends Kind {
        @Override
        SourceKind kind() {
            return SourceKind.BACKSTAGE;
        }
    }

    @Command(name = "git", mixinStandardHelpOptions = true,
            description = {"Knowledge areas from a git repository's history, their authors as experts (degree of",
                    "authorship, Avelino et al., ICPC 2016). With --into only the profile's people (matched by e-mail,",
                    "then name) become experts; other authors are reported. Areas and files as cto truck-factor."})
    static final class Git implements Callable<Integer> {
        @Parameters(paramLabel = "REPO", description = "A git working tree or bare repository (not a shallow clone).")
        Path repository;

        @Mixin
        AnalysisOptions analysis;

        @Mixin
        Options options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            options.refuseInputs(analysis.inputs());
            List<Problem> problems = new ArrayList<>();
            OrganisationProfile base = options.base(problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException("git import", problems);
            }
            ImportMapping mapping = analysis.mapping();
            ImportResult result;
            try {
                PackCache.enlarge(); // this process reads one repository's packs: JGit's default cache is too small
                GitImporter importer = GitImporter.of(analysis.analysis(repository, this::warn))
                        .withCritical(mapping.critical());
                result = (base == null ? importer : importer.matching(base.people())).read(repository);
            } catch (GitAnalysisException e) {
                throw new UserException(e.getMessage());
            }
            return options.mergeAndWrite(spec, base, result);
        }

        private void warn(String warning) {
            spec.commandLine().getErr().println("cto: warning: " + PrintableText.escape(warning));
        }
    }
}
