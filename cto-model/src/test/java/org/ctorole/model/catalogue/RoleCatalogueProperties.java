package org.ctorole.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoleCatalogueProperties {

    private final RoleCatalogue catalogue = RoleCatalogue.standard();

    @Provide
    Arbitrary<Responsibility> responsibilities() {
        return Arbitraries.of(Responsibility.class);
    }

    @Provide
    Arbitrary<CatalogueEntry> entries() {
        return Arbitraries.of(RoleCatalogue.standard().entries());
    }

    @Provide
    Arbitrary<Constituent> constituents() {
        return Arbitraries.of(Constituent.class);
    }

    @Property
    void every_responsibility_has_exactly_one_constituent_area_and_axis(
            @ForAll("responsibilities") Responsibility r) {
        assertThat(r.constituent()).isNotNull();
        assertThat(r.area()).isNotNull();
        assertThat(r.axis()).isNotNull();
        assertThat(catalogue.constituents().stream().filter(c -> catalogue.responsibilitiesOf(c).contains(r)))
                .containsExactly(r.constituent());
        assertThat(catalogue.areas().stream().filter(a -> catalogue.responsibilitiesOf(a).contains(r)))
                .containsExactly(r.area());
        assertThat(catalogue.axes().stream().filter(x -> catalogue.responsibilitiesOf(x).contains(r)))
                .containsExactly(r.axis());
    }

    @Property
    void entry_finds_every_entry_by_its_id(@ForAll("entries") CatalogueEntry entry) {
        assertThat(catalogue.entry(entry.id())).containsSame(entry);
    }

    @Property
    void ids_are_unique_across_the_catalogue(@ForAll("entries") CatalogueEntry entry) {
        assertThat(catalogue.entries()).filteredOn(e -> e.id().equals(entry.id()))
                .containsExactly(entry);
    }

    @Property
    void enum_entries_use_their_name_as_id(@ForAll("entries") CatalogueEntry entry) {
        assertThat(entry.id()).isEqualTo(((Enum<?>) entry).name());
    }

    @Property
    void every_entry_cites_a_known_article(@ForAll("entries") CatalogueEntry entry) {
        assertThat(Article.cited(entry.source())).isPresent();
        assertThat(entry.source().section()).isNotBlank();
        assertThat(entry.source().toString())
                .isEqualTo(entry.source().work() + ", " + entry.source().section());
    }

    @Property
    void a_constituents_duties_are_its_own_and_no_one_elses(@ForAll("constituents") Constituent c) {
        List<Responsibility> own = catalogue.responsibilitiesOf(c);
        assertThat(own).isNotEmpty().allSatisfy(r -> assertThat(r.constituent()).isEqualTo(c));
        for (Constituent other : catalogue.constituents()) {
            if (other != c) {
                assertThat(catalogue.responsibilitiesOf(other)).doesNotContainAnyElementsOf(own);
            }
        }
    }

    @Example
    void responsibilities_of_the_constituents_partition_all_responsibilities() {
        List<Responsibility> union = catalogue.constituents().stream()
                .flatMap(c -> catalogue.responsibilitiesOf(c).stream()).toList();
        assertThat(union).hasSize(catalogue.responsibilities().size())
                .containsExactlyInAnyOrderElementsOf(catalogue.responsibilities());

        Set<Responsibility> byArea = new HashSet<>();
        catalogue.areas().forEach(a -> byArea.addAll(catalogue.responsibilitiesOf(a)));
        Set<Responsibility> byAxis = new HashSet<>();
        catalogue.axes().forEach(x -> byAxis.addAll(catalogue.responsibilitiesOf(x)));
        assertThat(byArea).containsExactlyInAnyOrder(Responsibility.values());
        assertThat(byAxis).containsExactlyInAnyOrder(Responsibility.values());
        assertThat(Arrays.stream(Responsibility.values()).map(Responsibility::id).distinct())
                .hasSize(27);
    }
}
