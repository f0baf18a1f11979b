package org.ctorole.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
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
import org.ctorole.model.validation.Problem;
import org.ctorole.rules.RuleBook;
import org.ctorole.rules.RuleDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cto import csv|scim|codeowners|backstage SOURCE...}: a profile from the data an organisation has. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import people, ownership and systems into a profile (printed, or written with -o).",
        subcommands = {ImportCommand.Csv.class, ImportCommand.Scim.class, ImportCommand.Codeowners.class,
                ImportCommand.Backstage.class})
final class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The options every kind of source shares. */
    static final class Options {
        @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Files to import, read in order.")
        List<Path> sources;

        @Option(names = "--into", paramLabel = "PROFILE",
                description = "Merge into this profile (never modified: the result goes to stdout or -o).")
        Path into;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT",
                description = "Write the profile here (JSON if it ends with .json, else YAML) instead of stdout.")
        Path output;

        @Option(names = "--mapping", paramLabel = "FILE",
                description = "Mapping file: CSV columns, title rows, handles, teams, CODEOWNERS areas, critical ids.")
        Path mapping;

        @Option(names = "--prefer-import", description = "Where the profile and a source disagree, take the source's.")
        boolean preferImport;

        @Option(names = "--verbose", description = "List every change and every skipped item with its place.")
        boolean verbose;

        @Option(names = "--name", paramLabel = "ORG",
                description = "The organisation's name when there is no --into profile (default: imported).")
        String name;
    }

    /** Reads the sources of one kind, merges them and writes the profile. */
    abstract static class Kind implements Callable<Integer> {
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
            Options o = options;
            if (o.into != null && o.output != null && OutputOptions.sameFile(o.into, o.output)) {
                throw new UserException("-o " + o.output + " is the --into profile: it is never overwritten;"
                        + " write the result to another file");
            }
            List<Path> inputs = new ArrayList<>(o.sources);
            inputs.add(o.mapping);
            inputs.addAll(teamFiles());
            OutputOptions.refuseInputs(o.output, inputs);
            if (o.into != null && o.name != null) {
                throw new UserException("--name names a new profile; with --into the profile's organisation is kept");
            }
            ImportMapping mapping = o.mapping == null ? ImportMapping.none() : ImportMapping.read(o.mapping);
            ImportResult result = Importers.importer(kind(), mapping, teams())
                    .read(o.sources.stream().map(ImportSource::of).toList());
            List<Problem> problems = new ArrayList<>(result.problems());
            OrganisationProfile base = null;
            if (o.into != null) {
                try {
                    base = ProfileReader.standard().read(o.into);
                } catch (org.ctorole.model.validation.InvalidProfileException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(kind().key() + " import", problems);
            }
            ProfileMerger merger = base != null ? ProfileMerger.into(base, o.into.toString())
                    : ProfileMerger.fresh(organisation(o.name));
            MergeResult merged = merger.preferImport(o.preferImport).ruleReads(ruleReads()).merge(List.of(result));
            if (o.output == null) {
                spec.commandLine().getOut().print(ProfileWriter.standard().toYaml(merged.profile()));
                spec.commandLine().getOut().flush();
            } else {
                write(merged.profile(), o.output);
            }
            CtoCommand.printLines(spec.commandLine().getErr(), merged.summary().describe(o.verbose));
            spec.commandLine().getErr().flush();
            return Exit.OK;
        }

        private static void write(OrganisationProfile profile, Path output) {
            OutputOptions.write(output, file -> ProfileWriter.standard().write(profile, file));
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
}
