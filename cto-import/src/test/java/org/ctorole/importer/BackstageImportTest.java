package org.ctorole.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.importer.Fixtures.problems;
import static org.ctorole.importer.Fixtures.rows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.SystemAsset;
import org.junit.jupiter.api.Test;

class BackstageImportTest {

    private static final String CATALOG = "catalog-info.yaml";

    private static SystemAsset system(String id, Boolean holdsData, Boolean critical) {
        return new SystemAsset(id, holdsData, critical, Optional.empty());
    }

    @Test
    void componentsSystemsAndResourcesBecomeSystemsAndAreasOwnedByGroupsAndUsers() {
        ImportResult result = Fixtures.read(SourceKind.BACKSTAGE, CATALOG);

        assertThat(result.problems()).isEmpty();
        assertThat(rows(result)).containsExactly(
                "ana|Ana Silva|ana@northwind.example|[]|-|?",
                "ben|Ben Walker|ben@northwind.example|[]|-|?",
                "lena|Lena Novak|lena@northwind.example|[]|-|?");
        assertThat(result.profile().knowledge().orElseThrow()).containsExactly(
                // a System with a production component is critical
                new KnowledgeArea("payments", true, List.of("ana", "ben")),
                new KnowledgeArea("payments-api", true, List.of("ana", "ben")),
                new KnowledgeArea("checkout-web", true, List.of("ben")),
                // experimental, and its owner group is not in the catalog
                new KnowledgeArea("pricing-experiments", null, List.of()));
        assertThat(result.profile().systems().orElseThrow()).containsExactly(
                system("payments-api", null, true),
                system("checkout-web", false, true),
                system("pricing-experiments", null, null),
                // a database a production component depends on
                system("orders-db", true, true),
                // the annotation wins over the type's default
                system("analytics-warehouse", true, false),
                system("build-cache", true, null));
        assertThat(result.provenanceOf(ItemRef.system("orders-db"))).containsExactly(Provenance.at(CATALOG, 95, ""));
        assertThat(result.provenanceOf(ItemRef.person("ana"))).containsExactly(Provenance.at(CATALOG, 23, ""));
    }

    @Test
    void groupsAreTeamsOfEmailsAndOtherKindsAreSkippedAndCounted() {
        ImportResult result = Fixtures.read(SourceKind.BACKSTAGE, CATALOG);

        assertThat(result.teams().all()).isEqualTo(Map.of(
                "payments-team", List.of("ana@northwind.example", "ben@northwind.example"),
                "platform", List.of("lena@northwind.example", "ana@northwind.example", "ben@northwind.example")));
        assertThat(result.skipped()).extracting(Object::toString).containsExactly(
                "catalog-info.yaml:86: owner 'group:pricing' of Component 'pricing-experiments' (no Group entity of"
                        + " that name: add it to the catalog or list it under teams: in a mapping file)",
                "catalog-info.yaml:122: API 'payments-openapi' (kind API not imported)",
                "catalog-info.yaml:132: Location 'northwind-catalog' (kind Location not imported)");
    }

    @Test
    void brokenDocumentsAreReportedWithTheirLine() {
        ImportResult result = Fixtures.text(SourceKind.BACKSTAGE, "catalog.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  annotations:
                    ctorole.org/critical: maybe
                  name: svc
                spec:
                  owner: team-a
                  owner: team-b
                ---
                kind: System
                metadata: {}
                ---
                - just
                - a list
                """);

        assertThat(problems(result)).containsExactly(
                "catalog.yaml:5:5: /metadata/annotations/ctorole.org~1critical: 'maybe' is not \"true\" or \"false\"",
                "catalog.yaml:9:3: /spec/owner: duplicate key in document #1",
                "catalog.yaml:12:1: /metadata/name: System in document #2 has no metadata.name",
                "catalog.yaml:14:1: document #3 is not an entity (an object with kind and metadata)");
    }
}
