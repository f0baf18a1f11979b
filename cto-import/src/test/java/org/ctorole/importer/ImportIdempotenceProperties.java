package org.ctorole.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ctorole.io.ProfileReader;
import org.ctorole.io.ProfileWriter;
import org.ctorole.model.profile.OrganisationProfile;

/** import, write, import again = import: the same file, whatever the org chart and its CSV dialect. */
class ImportIdempotenceProperties {

    private static final List<String> FIRST = List.of("Ana", "Ben", "Chloé", "Dmitri", "Eve", "Kim", "Lou", "Ōta");
    private static final List<String> LAST = List.of("Silva", "Walker", "Martin", "Lee", "Park", "Müller");
    private static final List<String> TITLES = List.of("CEO", "Fractional CTO", "VP, Engineering", "Engineer",
            "Engineering Manager", "Account Executive", "Chief Happiness Officer", "", "Product Owner");

    /** One row: a name, maybe an e-mail, a title and the index of the manager (-1: none; always earlier). */
    record Row(String first, String last, boolean email, String title, int manager) {
    }

    @Provide
    Arbitrary<String> orgCharts() {
        Arbitrary<List<Row>> rows = Arbitraries.integers().between(1, 25).flatMap(n -> {
            List<Arbitrary<Row>> each = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                each.add(Combinators.combine(Arbitraries.of(FIRST), Arbitraries.of(LAST),
                        Arbitraries.of(true, true, false), Arbitraries.of(TITLES),
                        Arbitraries.integers().between(-1, i - 1)).as(Row::new));
            }
            return Combinators.combine(each).as(list -> list);
        });
        return Combinators.combine(rows, Arbitraries.of(",", ";", "\t"), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(ImportIdempotenceProperties::csv);
    }

    private static String csv(List<Row> rows, String separator, boolean bom, boolean quoteAll) {
        StringBuilder b = new StringBuilder(bom ? "\uFEFF" : "");
        b.append(String.join(separator, "Employee ID", "First Name", "Last Name", "Work Email", "Job Title",
                "Manager ID")).append("\r\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String email = r.email() ? (r.first() + "." + r.last() + i).toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9.]", "") + "@acme.example" : "";
            List<String> cells = List.of("E" + (100 + i), r.first(), r.last(), email, r.title(),
                    r.manager() < 0 ? "" : "E" + (100 + r.manager()));
            List<String> out = new ArrayList<>();
            for (String c : cells) {
                out.add(quoteAll || c.contains(separator) ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            b.append(String.join(separator, out)).append("\r\n");
        }
        return b.toString();
    }

    @Property(tries = 150)
    void importThenWriteThenImportAgainGivesTheSameProfile(@ForAll("orgCharts") String csv) {
        MergeResult once = ProfileMerger.fresh(Fixtures.ACME).merge(List.of(Fixtures.text(SourceKind.CSV, "hr.csv",
                csv)));
        String yaml = ProfileWriter.standard().toYaml(once.profile());
        OrganisationProfile written = ProfileReader.standard().read(yaml, "imported.yaml");

        MergeResult twice = ProfileMerger.into(written, "imported.yaml")
                .merge(List.of(Fixtures.text(SourceKind.CSV, "hr.csv", csv)));

        assertThat(written).isEqualTo(once.profile());
        assertThat(twice.profile()).isEqualTo(once.profile());
        assertThat(ProfileWriter.standard().toYaml(twice.profile())).isEqualTo(yaml);
        assertThat(twice.summary().changes()).isEmpty();
        assertThat(twice.summary().conflicts()).isEmpty();
    }

    @Property(tries = 50)
    void theScimExportMergesOnceAndOnlyOnce(@ForAll("pageOrders") List<String> pages) {
        ImportResult users = Fixtures.read(SourceKind.SCIM, pages.toArray(String[]::new));
        MergeResult once = ProfileMerger.fresh(Fixtures.ACME).merge(List.of(users));
        OrganisationProfile written = ProfileReader.standard().read(ProfileWriter.standard().toJson(once.profile()),
                "imported.json");

        MergeResult twice = ProfileMerger.into(written, "imported.json").merge(List.of(users));

        assertThat(twice.profile()).isEqualTo(once.profile());
        assertThat(twice.summary().changedAnything()).isFalse();
    }

    @Provide
    Arbitrary<List<String>> pageOrders() {
        return Arbitraries.shuffle("scim-users-page1.json", "scim-users-page2.json", "scim-users-page3.json");
    }
}
