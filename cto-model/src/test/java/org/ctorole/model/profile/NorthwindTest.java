package org.ctorole.model.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ctorole.model.validation.ProfileValidator;
import org.junit.jupiter.api.Test;

class NorthwindTest {

    private static final Path YAML = Path.of("..", "cto-examples", "profiles", "northwind.yaml");

    @Test
    void validates_clean() {
        assertThat(ProfileValidator.validate(Northwind.builder().buildUnvalidated())).isEmpty();
        assertThatCode(Northwind::profile).doesNotThrowAnyException();
    }

    @Test
    void has_every_section_of_the_example() {
        OrganisationProfile p = Northwind.profile();
        assertThat(p.schema()).isEqualTo("cto-profile/1");
        assertThat(p.presentSections()).containsExactly(Section.values());
        assertThat(p.people()).hasSize(11);
        assertThat(p.knowledge()).get().asList().hasSize(6);
        assertThat(p.systems()).get().asList().hasSize(5);
        assertThat(p.strategy()).get().asList().hasSize(2);
        assertThat(p.forums()).get().asList().hasSize(3);
        assertThat(p.indicators()).get().asList().hasSize(2);
        assertThat(p.commitments()).get().asList().hasSize(2);
        assertThat(p.suppliers()).get().asList().hasSize(2);
        assertThat(p.waivers()).hasSize(1);
    }

    @Test
    void documented_defaults_hold() {
        OrganisationProfile p = Northwind.profile();
        assertThat(p.people()).extracting(Person::engagement).containsOnly(Engagement.FULL_TIME);
        assertThat(p.systems().orElseThrow().get(0).backup().orElseThrow().lastRestoreTest()).isEmpty();
        assertThat(p.cto().orElseThrow().percentOf(Activity.HANDS_ON_DELIVERY)).contains(33.0);
        assertThat(p.cto().orElseThrow().timeAllocation().orElseThrow().values().stream()
                .mapToDouble(Double::doubleValue).sum()).isEqualTo(100.0);
        assertThat(p.theCto()).map(Person::id).contains("maya");
    }

    @Test
    void the_person_indexes_match_the_listing() {
        List<Person> people = Northwind.people();
        assertThat(people.get(Northwind.OMAR).id()).isEqualTo("omar");
        assertThat(people.get(Northwind.MAYA).id()).isEqualTo("maya");
        assertThat(people.get(Northwind.RAJ).id()).isEqualTo("raj");
        assertThat(people.get(Northwind.LENA).id()).isEqualTo("lena");
        assertThat(people.get(Northwind.ANA).id()).isEqualTo("ana");
        assertThat(people.get(Northwind.EVE).id()).isEqualTo("eve");
    }

    @Test
    void to_builder_gives_an_equal_profile() {
        OrganisationProfile p = Northwind.profile();
        assertThat(p.toBuilder().build()).isEqualTo(p);
    }

    /** Guards the fixture against drift from the YAML: every id, in the order of the file. */
    @Test
    void ids_match_the_yaml_example() throws IOException {
        assumeTrue(Files.isRegularFile(YAML), "northwind.yaml not found beside the module");
        List<String> yamlIds = new ArrayList<>();
        Pattern id = Pattern.compile("(?:^|[{,]|-)\\s*(?:id|area|ruleId|person|madeBy|subject):\\s*([\\w-]+)");
        for (String line : Files.readAllLines(YAML)) {
            String code = line.replaceFirst("#.*", "");
            Matcher m = id.matcher(code);
            while (m.find()) {
                yamlIds.add(m.group(1));
            }
        }
        OrganisationProfile p = Northwind.profile();
        List<String> fixtureIds = new ArrayList<>();
        fixtureIds.add(p.organisation().id());
        p.people().forEach(x -> fixtureIds.add(x.id()));
        fixtureIds.add(p.cto().orElseThrow().person());
        p.knowledge().orElseThrow().forEach(x -> fixtureIds.add(x.area()));
        p.systems().orElseThrow().forEach(x -> fixtureIds.add(x.id()));
        p.strategy().orElseThrow().forEach(x -> fixtureIds.add(x.id()));
        p.forums().orElseThrow().forEach(x -> fixtureIds.add(x.id()));
        p.commitments().orElseThrow().forEach(x -> {
            fixtureIds.add(x.id());
            fixtureIds.add(x.madeBy());
        });
        p.suppliers().orElseThrow().forEach(x -> fixtureIds.add(x.id()));
        p.waivers().forEach(w -> Stream.of(w.ruleId(), w.subject()).forEach(fixtureIds::add));
        assertThat(fixtureIds).containsExactlyElementsOf(yamlIds);
    }
}
