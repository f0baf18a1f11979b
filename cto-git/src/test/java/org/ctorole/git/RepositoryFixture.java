package org.ctorole.git;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh {@link TestRepository} per test, and the look-ups the authorship tests share. */
abstract class RepositoryFixture {
    @TempDir
    Path tmp;

    TestRepository repo;

    @BeforeEach
    void createRepository() {
        repo = TestRepository.init(tmp.resolve("repo"));
    }

    @AfterEach
    void closeRepository() {
        repo.close();
    }

    /** The degree of authorship of the developer with this key over the counted file at {@code path}. */
    static DegreeOfAuthorship doa(RepositoryAuthorship r, String path, String key) {
        return r.file(path).orElseThrow().contributionOf(key).orElseThrow().doa();
    }

    /** The e-mail addresses of the file's authors, highest DOA first. */
    static List<String> authors(RepositoryAuthorship r, String path) {
        return r.file(path).orElseThrow().authors().stream().map(Developer::email).toList();
    }

    static List<String> paths(RepositoryAuthorship r) {
        return r.files().stream().map(FileAuthorship::path).toList();
    }
}
