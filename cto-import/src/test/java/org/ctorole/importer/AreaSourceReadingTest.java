package org.ctorole.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.ctorole.io.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The public reading of CODEOWNERS rules and Backstage component directories that git areas are built from. */
class AreaSourceReadingTest {

    @Test
    void codeownersRulesInFileOrderWithSectionDefaultsEscapesAndAreas() {
        CodeownersFile file = CodeownersFile.read(ImportSource.of("CODEOWNERS", """
                # comment
                /services/billing/** @ana  # trailing comment
                my\\ docs/ ana@acme.example
                [Web] @front
                /web/
                /web/legacy/ @old
                """), ImportMapping.none());

        assertThat(file.problems()).isEmpty();
        assertThat(file.rules()).extracting(r -> r.section() + "|" + r.pattern() + "|" + r.area() + "|"
                        + r.owners().stream().map(o -> o.text() + "@" + o.column()).toList() + "|" + r.at())
                .containsExactly(
                        "|/services/billing/**|services/billing|[@ana@22]|CODEOWNERS:2",
                        "|my docs/|my docs|[ana@acme.example@11]|CODEOWNERS:3",
                        "Web|/web/|web|[@front@7]|CODEOWNERS:5",
                        "Web|/web/legacy/|web/legacy|[@old@14]|CODEOWNERS:6");
    }

    static List<String> directories(String annotation, Optional<String> catalogDir) {
        BackstageCatalog catalog = BackstageCatalog.read(List.of(ImportSource.of("catalog-info.yaml",
                "kind: Component\nmetadata:\n  name: c\n  annotations:\n    backstage.io/source-location: '"
                        + annotation + "'\n")));
        return catalog.componentDirectories(source -> catalogDir).stream()
                .map(BackstageCatalog.ComponentDirectory::directory).toList();
    }

    @Test
    void sourceLocationsOfTheCommonHostsAndRelativePaths() {
        Optional<String> inServices = Optional.of("services");
        assertThat(directories("url:https://github.com/acme/shop/tree/main/services/billing/", inServices))
                .containsExactly("services/billing");
        assertThat(directories("url:https://github.com/acme/shop/blob/main/web/catalog-info.yaml", inServices))
                .containsExactly("web");
        assertThat(directories("url:https://gitlab.com/acme/group/shop/-/tree/main/api?ref_type=heads", inServices))
                .containsExactly("api");
        assertThat(directories("url:https://bitbucket.org/acme/shop/src/main/lib%20x/", inServices))
                .containsExactly("lib x");
        assertThat(directories("url:https://github.com/acme/shop/", inServices)).containsExactly("");
        assertThat(directories("url:https://github.com/acme/shop/tree/main", inServices)).containsExactly("");
        assertThat(directories("./billing/", inServices)).containsExactly("services/billing");
        assertThat(directories("dir:../web", inServices)).containsExactly("web");
        assertThat(directories("dir:.", Optional.of(""))).containsExactly("");
    }

    @Test
    void aLocationThatCannotBeToldIsAProblemAtTheAnnotation() {
        assertThatThrownBy(() -> directories("../../out", Optional.of("services")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("1 problem in Backstage catalog:\n  catalog-info.yaml:5:5:"
                        + " /metadata/annotations/backstage.io~1source-location: Component 'c': '../../out' leads out"
                        + " of the repository");
        assertThatThrownBy(() -> directories("./api/", Optional.empty()))
                .hasMessageContaining("'./api/' is relative to the catalog file, which is not inside the repository");
        assertThatThrownBy(() -> directories("url:https://github.com/acme/shop/tree", Optional.empty()))
                .hasMessageContaining("names no revision after /tree/");
    }
}
