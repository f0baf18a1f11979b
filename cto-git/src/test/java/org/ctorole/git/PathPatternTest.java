package org.ctorole.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Globs with the meaning of a .gitignore line. */
class PathPatternTest {

    @Test
    void aNameWithoutSlashMatchesAtAnyDepthAndEverythingUnderADirectoryOfThatName() {
        PathPattern vendor = PathPattern.of("vendor");

        assertThat(vendor.matches("vendor/a.js")).isTrue();
        assertThat(vendor.matches("web/vendor/lib/a.js")).isTrue();
        assertThat(vendor.matches("vendor")).isTrue();
        assertThat(vendor.matches("vendors/a.js")).isFalse();
        assertThat(vendor.matches("src/vendor.js")).isFalse();
    }

    @Test
    void starStaysInOneDirectoryAndDoubleStarCrossesThem() {
        assertThat(PathPattern.of("*.min.js").matches("web/app.min.js")).isTrue();
        assertThat(PathPattern.of("src/*.java").matches("src/A.java")).isTrue();
        assertThat(PathPattern.of("src/*.java").matches("src/x/A.java")).isFalse();
        assertThat(PathPattern.of("src/**/*.java").matches("src/A.java")).isTrue();
        assertThat(PathPattern.of("src/**/*.java").matches("src/x/y/A.java")).isTrue();
        assertThat(PathPattern.of("**/gen/**").matches("a/gen/b/C.java")).isTrue();
        assertThat(PathPattern.of("?.c").matches("a.c")).isTrue();
        assertThat(PathPattern.of("?.c").matches("ab.c")).isFalse();
    }

    @Test
    void aSlashAnchorsAtTheRootAndATrailingSlashMeansDirectoriesOnly() {
        assertThat(PathPattern.of("/docs").matches("docs/guide.md")).isTrue();
        assertThat(PathPattern.of("/docs").matches("src/docs/guide.md")).isFalse();
        assertThat(PathPattern.of("docs/").matches("src/docs/guide.md")).isTrue();
        assertThat(PathPattern.of("docs/").matches("docs")).isFalse();
        assertThat(PathPattern.of("src/gen").matches("src/gen/A.java")).isTrue();
        assertThat(PathPattern.of("src/gen").matches("lib/src/gen/A.java")).isFalse();
    }

    @Test
    void setsAndLiteralCharacters() {
        assertThat(PathPattern.of("[ab].c").matches("b.c")).isTrue();
        assertThat(PathPattern.of("[!ab].c").matches("b.c")).isFalse();
        assertThat(PathPattern.of("[a-c].c").matches("b.c")).isTrue();
        assertThat(PathPattern.of("a+b(1).c").matches("a+b(1).c")).isTrue();
        assertThat(PathPattern.of("a.c").matches("abc")).isFalse();
    }

    @Test
    void caseMattersUnlessAskedOtherwise() {
        assertThat(PathPattern.of("README").matches("readme")).isFalse();
        assertThat(PathPattern.ignoringCase("README").matches("docs/Readme")).isTrue();
    }

    @Test
    void badPatternsAreRejectedWithTheirText() {
        assertThatThrownBy(() -> PathPattern.of("  ")).hasMessageContaining("empty path pattern");
        assertThatThrownBy(() -> PathPattern.of("src/[ab")).hasMessageContaining("unclosed '['")
                .hasMessageContaining("src/[ab");
    }

    @Property
    void theFastFormOfSimplePatternsAgreesWithTheirRegularExpression(@ForAll("patterns") String glob,
                                                                     @ForAll("paths") String path) {
        for (PathPattern p : new PathPattern[] {PathPattern.of(glob), PathPattern.ignoringCase(glob)}) {
            assertThat(p.matches(path)).as("%s on %s", glob, path).isEqualTo(p.matchesByRegex(path));
        }
    }

    @Provide
    Arbitrary<String> patterns() {
        Arbitrary<String> literal = Arbitraries.of("a", "b.md", "Doc", "x.min", ".md", "read").list()
                .ofMinSize(1).ofMaxSize(2).map(l -> String.join("", l));
        return Combinators.combine(Arbitraries.of("", "*"), literal, Arbitraries.of("", "*"), Arbitraries.of("", "/"))
                .as((lead, lit, trail, dir) -> lead + lit + trail + dir);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("a", "b.md", "doc", "DOC", "x.min.js", "read.me", "readme", "aa", ".md", "c")
                .list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("/", l));
    }
}
