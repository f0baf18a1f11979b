package org.ctorole.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctorole.io.ProfileReader;
import org.ctorole.model.profile.OrganisationProfile;

/**
 * The normative example profile, read with cto-io from {@code cto-examples/profiles/northwind.yaml}:
 * the file named by the system property {@code ctorole.northwind}, else the first found from the
 * working directory, its parent or grandparent (so it is found from the repository root, from
 * {@code cto-bench/} and from JMH's forked JVMs alike).
 */
public final class Northwind {
    /** System property naming the northwind.yaml to read. */
    public static final String PROPERTY = "ctorole.northwind";
    private static final String RELATIVE = "cto-examples/profiles/northwind.yaml";

    private Northwind() {
    }

    public static Path path() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        List<Path> tried = new ArrayList<>();
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            tried.add(candidate);
        }
        throw new IllegalStateException("northwind.yaml not found (set -D" + PROPERTY + "=PATH); tried " + tried);
    }

    /** The northwind profile, validated. */
    public static OrganisationProfile load() {
        return ProfileReader.standard().read(path());
    }
}
