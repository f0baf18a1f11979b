package org.ctorole.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ctorole.model.profile.Organisation;

/** The test fixtures of this package, read from the classpath under their file names. */
final class Fixtures {
    static final Organisation ACME = new Organisation("acme", "Acme", null, null, LocalDate.of(2026, 11, 1));

    private Fixtures() {
    }

    static ImportSource resource(String name) {
        byte[] bytes;
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ImportSource.of(name, () -> new java.io.ByteArrayInputStream(bytes));
    }

    static ImportResult read(SourceKind kind, ImportMapping mapping, Teams teams, String... names) {
        return Importers.importer(kind, mapping, teams).read(Arrays.stream(names).map(Fixtures::resource).toList());
    }

    static ImportResult read(SourceKind kind, String... names) {
        return read(kind, ImportMapping.none(), Teams.none(), names);
    }

    static ImportResult text(SourceKind kind, String name, String text) {
        return Importers.importer(kind, ImportMapping.none(), Teams.none()).read(List.of(ImportSource.of(name, text)));
    }

    /** A person in one line: {@code id|name|email|roles|engagement|manager}; {@code ?} when managers are unknown. */
    static String row(ImportedPerson p) {
        return p.id() + "|" + p.name() + "|" + p.email().orElse("-") + "|" + p.roles() + "|"
                + p.engagement().map(Enum::name).orElse("-") + "|" + (p.managerKnown() ? p.reportsTo().orElse("-") : "?");
    }

    static List<String> rows(ImportResult result) {
        return result.profile().people().orElseThrow().stream().map(Fixtures::row).toList();
    }

    static List<String> problems(ImportResult result) {
        return result.problems().stream().map(Object::toString).toList();
    }
}
