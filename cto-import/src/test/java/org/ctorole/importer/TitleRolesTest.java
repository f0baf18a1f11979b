package org.ctorole.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TitleRolesTest {

    private final TitleRoles table = TitleRoles.standard();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "Chief Technology Officer | CTO | ",
            "CTO | CTO | ",
            "Fractional CTO | CTO | FRACTIONAL",
            "Part-time Chief Technology Officer | CTO | FRACTIONAL",
            "Interim CTO | CTO | INTERIM",
            "Co-founder & CTO | CTO | ",
            "CEO / CTO | CEO,CTO | ",
            "Founder and Chief Executive Officer | CEO | ",
            "VP Engineering | VP_ENGINEERING | ",
            "VP, Engineering | VP_ENGINEERING | ",
            "Vice President of Engineering | VP_ENGINEERING | ",
            "SVP Engineering | VP_ENGINEERING | ",
            "Head of Engineering | VP_ENGINEERING | ",
            "Director of Product | VP_PRODUCT | ",
            "Chief Revenue Officer | HEAD_OF_SALES | ",
            "Engineering Manager | ENGINEERING_MANAGER | ",
            "Senior Software Engineer | ENGINEER | ",
            "Sales Engineer | ENGINEER | ",
            "Product Owner | PRODUCT_MANAGER | ",
            "Account Executive | SALES_REPRESENTATIVE | ",
            "Head of Sales and Marketing | HEAD_OF_SALES,MARKETER | ",
            "Customer Success Manager | OPERATIONS | ",
            "Directeur Général Délégué | | ",
            "Chief Happiness Officer | | "})
    void standardTable(String title, String roles, String engagement) {
        Optional<TitleRoles.Match> match = table.match(title);

        if (roles == null) {
            assertThat(match).isEmpty();
        } else {
            assertThat(match.orElseThrow().roles())
                    .containsExactlyElementsOf(List.of(roles.split(",")).stream().map(Role::valueOf).toList());
            assertThat(match.orElseThrow().engagement())
                    .isEqualTo(Optional.ofNullable(engagement).map(Engagement::valueOf));
        }
    }

    @Test
    void rowsOfAMappingComeFirst() {
        TitleRoles custom = table.withRules(List.of(
                new TitleRoles.Rule("Technology Partner", List.of(Role.CTO), Engagement.FRACTIONAL),
                new TitleRoles.Rule("lead engineer", List.of(Role.ENGINEERING_MANAGER), null)));

        assertThat(custom.match("Technology Partner (external)").orElseThrow())
                .isEqualTo(new TitleRoles.Match(List.of(Role.CTO), Optional.of(Engagement.FRACTIONAL)));
        assertThat(custom.match("Lead Engineer").orElseThrow().roles()).containsExactly(Role.ENGINEERING_MANAGER);
        assertThat(table.match("Lead Engineer").orElseThrow().roles()).containsExactly(Role.ENGINEER);
        assertThat(custom.rules()).hasSize(table.rules().size() + 2);
    }

    @Test
    void blankTitlesMatchNothing() {
        assertThat(table.match("  ")).isEmpty();
        assertThat(table.match(null)).isEmpty();
    }
}
