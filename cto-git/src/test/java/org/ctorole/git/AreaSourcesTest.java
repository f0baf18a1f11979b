package org.ctorole.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ctorole.importer.BackstageCatalog;
import org.ctorole.importer.CodeownersFile;
import org.ctorole.importer.ImportMapping;
import org.ctorole.importer.ImportSource;
import org.ctorole.io.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Areas from CODEOWNERS (the last matching rule wins) and from Backstage components (the deepest directory wins). */
class AreaSourcesTest extends RepositoryFixture {

    /** billing: Ana's two files and Cy's legacy one; users: Ben's; web: Dee's. */
    @BeforeEach
    void shop() {
        repo.as("Ana").create("services/billing/Bill.java").create("services/billing/Tax.java").commit();
        repo.as("Ben").create("services/users/User.java").commit();
        repo.as("Cy").create("services/billing/legacy/Old.java").commit();
        repo.as("Dee").create("web/app.ts").commit();
    }

    RepositoryAuthorship byCodeowners(String text) {
        return byCodeowners(text, ImportMapping.none());
    }

    RepositoryAuthorship byCodeowners(String text, ImportMapping mapping) {
        AreaGrouping areas = AreaSources.codeowners(CodeownersFile.read(ImportSource.of("CODEOWNERS", text), mapping));
        return AuthorshipAnalysis.defaults().withAreas(areas).analyse(repo.dir());
    }

    static List<String> summary(RepositoryAuthorship r) {
        List<String> lines = new ArrayList<>();
        for (AreaAuthorship a : r.areas()) {
            lines.add(a.area() + ": " + a.files() + " files, truck factor " + a.truckFactor().value() + ", authors "
                    + a.truckFactor().authors().stream().map(x -> x.developer().name() + "=" + x.files()).toList());
        }
        return lines;
    }

    @Test
    void aLaterBroaderPatternOverridesAnEarlierNarrowerOneAndARuleWithoutOwnersLeavesFilesInNoArea() {
        RepositoryAuthorship r = byCodeowners("""
                /services/billing/ @billing
                /services/ @platform
                /services/billing/legacy/
                web/ @front
                """);

        // services/billing/ never wins: /services/ comes later; legacy/ is unowned (its last match has no owner)
        assertThat(summary(r)).containsExactly(
                "services: 3 files, truck factor 1, authors [Ana=2, Ben=1]",
                "web: 1 files, truck factor 1, authors [Dee=1]");
        assertThat(r.filesInNoArea()).isEqualTo(1);
        assertThat(r.file("services/billing/legacy/Old.java").orElseThrow().area()).isEmpty();
    }

    @Test
    void aLaterNarrowerPatternTakesItsFilesFromAnEarlierBroaderOne() {
        RepositoryAuthorship r = byCodeowners("""
                * @everyone
                /services/billing/ @billing
                """);

        // "*": Ben's and Dee's files; without Ben (the smaller e-mail of the tie) 50 % are covered, so Dee goes too
        assertThat(summary(r)).containsExactly(
                "*: 2 files, truck factor 2, authors [Ben=1, Dee=1]",
                "services/billing: 3 files, truck factor 1, authors [Ana=2, Cy=1]");
        assertThat(r.filesInNoArea()).isZero();
    }

    @Test
    void aPatternEndingInSlashStarOwnsTheFilesDirectlyInItsDirectoryOnly() {
        RepositoryAuthorship r = byCodeowners("""
                /services/billing/* @billing
                """);

        // As GitHub reads it: legacy/Old.java is below services/billing, so no rule owns it.
        assertThat(summary(r)).containsExactly("services/billing: 2 files, truck factor 1, authors [Ana=2]");
        assertThat(r.file("services/billing/legacy/Old.java").orElseThrow().area()).isEmpty();
        assertThat(PathPattern.ofCodeowners("docs/*").matches("docs/a.md")).isTrue();
        assertThat(PathPattern.ofCodeowners("docs/*").matches("docs/build/b.md")).isFalse();
        assertThat(PathPattern.of("docs/*").matches("docs/build/b.md")).as(".gitignore meaning").isTrue();
        assertThat(PathPattern.ofCodeowners("docs/").matches("docs/build/b.md")).isTrue();
        assertThat(PathPattern.ofCodeowners("*.js").matches("web/lib/app.js")).isTrue();
    }

    @Test
    void gitLabSectionsAreReadInFileOrderWithTheirDefaultOwners() {
        RepositoryAuthorship r = byCodeowners("""
                [Backend] @backend
                /services/
                [Legacy]
                /services/billing/legacy/ @cy
                ^[Frontend][2] @front
                web/
                *.ts @typescript
                [Docs]
                /services/users/
                """);

        // web/ takes [Frontend]'s default owner, then *.ts (later) wins for app.ts; /services/users/ in [Docs]
        // has no owner and [Docs] no default: User.java is unowned
        assertThat(summary(r)).containsExactly(
                "*.ts: 1 files, truck factor 1, authors [Dee=1]",
                "services: 2 files, truck factor 1, authors [Ana=2]",
                "services/billing/legacy: 1 files, truck factor 1, authors [Cy=1]");
        assertThat(r.filesInNoArea()).isEqualTo(1);
    }

    @Test
    void theMappingGroupsPatternsIntoAreasAsTheCodeownersImportDoes() {
        ImportMapping mapping = ImportMapping.read(ImportSource.of("mapping.yaml",
                "areas:\n  money: [/services/billing/]\n"));

        RepositoryAuthorship r = byCodeowners("""
                /services/ @platform
                /services/billing/ @billing
                /services/billing/legacy/ @cy
                """, mapping);

        assertThat(summary(r)).containsExactly(
                "money: 3 files, truck factor 1, authors [Ana=2, Cy=1]",
                "services: 1 files, truck factor 1, authors [Ben=1]");
    }

    @Test
    void theRepositorysOwnCodeownersIsReadFromTheRevisionFirstFoundFirst() {
        repo.as("Ana").write("CODEOWNERS", "* @root\n").commit();
        repo.as("Ana").write(".github/CODEOWNERS", "/web/ @front\n").commit();
        AuthorshipAnalysis analysis = AuthorshipAnalysis.defaults();

        ImportSource own = AreaSources.codeownersAt(repo.dir(), analysis).orElseThrow();
        ImportSource before = AreaSources.codeownersAt(repo.dir(), analysis.withRevision("HEAD~1")).orElseThrow();
        Optional<ImportSource> none = AreaSources.codeownersAt(repo.dir(), analysis.withRevision("HEAD~2"));

        assertThat(own.name()).isEqualTo("HEAD:.github/CODEOWNERS");
        assertThat(CodeownersFile.read(own, ImportMapping.none()).rules()).extracting(CodeownersFile.Rule::area)
                .containsExactly("web");
        assertThat(before.name()).isEqualTo("HEAD~1:CODEOWNERS");
        assertThat(none).isEmpty();
        assertThatThrownBy(() -> AreaSources.codeownersAt(repo.dir(), analysis.withRevision("nope")))
                .isInstanceOf(GitAnalysisException.class).hasMessageContaining("unknown revision 'nope'");
    }

    @Test
    void everyProblemOfACodeownersFileIsReportedWithItsLine() {
        CodeownersFile file = CodeownersFile.read(ImportSource.of("CODEOWNERS", """
                /services/ @platform
                /web/[abc @front
                /docs/ owner-without-at
                """), ImportMapping.none());

        assertThatThrownBy(() -> AreaSources.codeowners(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage("""
                        2 problems in CODEOWNERS CODEOWNERS:
                          CODEOWNERS:2:1: unclosed '[' in path pattern '/web/[abc'
                          CODEOWNERS:3:8: 'owner-without-at' is not an owner: expected @user, @org/team or an e-mail\
                         address""");
    }

    @Test
    void backstageComponentsFromSourceLocationsAndTheCatalogsDirectoryTheDeepestWinning() {
        BackstageCatalog catalog = BackstageCatalog.read(List.of(ImportSource.of("services/catalog-info.yaml", """
                kind: Component
                metadata: {name: platform}
                ---
                kind: Component
                metadata:
                  name: billing
                  annotations:
                    backstage.io/source-location: url:https://github.com/acme/shop/tree/main/services/billing/
                ---
                kind: Component
                metadata:
                  name: legacy
                  annotations: {backstage.io/source-location: ./billing/legacy/}
                ---
                kind: Component
                metadata:
                  name: web
                  annotations:
                    backstage.io/source-location: url:https://github.com/acme/shop/blob/main/web/catalog-info.yaml
                ---
                kind: System
                metadata: {name: shop}
                """)));
        List<String> warnings = new ArrayList<>();

        AreaGrouping areas = AreaSources.backstage(catalog.componentDirectories(source -> Optional.of("services")),
                warnings::add);
        RepositoryAuthorship r = AuthorshipAnalysis.defaults().withAreas(areas).analyse(repo.dir());

        assertThat(summary(r)).containsExactly(
                "billing: 2 files, truck factor 1, authors [Ana=2]",
                "legacy: 1 files, truck factor 1, authors [Cy=1]",
                "platform: 1 files, truck factor 1, authors [Ben=1]",
                "web: 1 files, truck factor 1, authors [Dee=1]");
        assertThat(r.filesInNoArea()).isZero();
        assertThat(warnings).isEmpty();
    }

    @Test
    void twoComponentsOfOneDirectoryShareItWithTheFirstAndTheSecondIsAWarning() {
        BackstageCatalog catalog = BackstageCatalog.read(List.of(ImportSource.of("catalog-info.yaml", """
                kind: Component
                metadata: {name: shop}
                ---
                kind: Component
                metadata: {name: shop-api}
                """)));
        List<String> warnings = new ArrayList<>();

        AreaGrouping areas = AreaSources.backstage(catalog.componentDirectories(source -> Optional.of("")),
                warnings::add);

        assertThat(areas.areaOf("web/app.ts")).contains("shop");
        assertThat(warnings).containsExactly("catalog-info.yaml:4: Component 'shop-api' has the directory of"
                + " Component 'shop' (catalog-info.yaml:1), the repository's root: its files count for 'shop';"
                + " give each a backstage.io/source-location of its own");
    }
}
