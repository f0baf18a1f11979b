package org.ctorole.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctorole.io.InvalidInputException;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.Role;
import org.junit.jupiter.api.Test;

class ImportMappingTest {

    @Test
    void readsEveryPart() {
        ImportMapping mapping = ImportMapping.read(ImportSource.of("mapping.yaml", """
                columns: { id: Worker ID, managerEmail: Supervisor Email }
                titles:
                  - { match: Head of Platform, roles: [VP_ENGINEERING] }
                engagements: { Contractor: INTERIM }
                people: { "@asilva": ana.silva@northwind.example }
                teams: { "@northwind/payments": [ana, ben] }
                areas: { payments: [/services/payments/] }
                critical: [payments]
                """));

        assertThat(mapping.columns()).isEqualTo(Map.of(CsvField.ID, "Worker ID", CsvField.MANAGER_EMAIL,
                "Supervisor Email"));
        assertThat(mapping.titles()).containsExactly(new TitleRoles.Rule("Head of Platform",
                List.of(Role.VP_ENGINEERING), null));
        assertThat(mapping.engagements()).isEqualTo(Map.of("contractor", Engagement.INTERIM));
        assertThat(mapping.alias("@ASilva")).contains("ana.silva@northwind.example");
        assertThat(mapping.teams().members("payments")).contains(List.of("ana", "ben"));
        assertThat(mapping.areas()).isEqualTo(Map.of("payments", List.of("/services/payments/")));
        assertThat(mapping.critical()).isEqualTo(Set.of("payments"));
    }

    @Test
    void everyMistakeIsReportedWithItsLine() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ImportMapping.read(
                ImportSource.of("mapping.yaml", """
                        columns:
                          boss: Supervisor
                        titles:
                          - { match: Head of Platform, roles: [VP_PLATFORM] }
                          - { match: Partner }
                        engagements: { Contractor: SOMETIMES }
                        critical: payments
                        colour: blue
                        critical: [x]
                        """)));

        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "mapping.yaml:9:1: /critical: duplicate key",
                "mapping.yaml:8:1: /colour: unknown key 'colour': expected one of columns, titles, engagements,"
                        + " people, teams, areas, critical",
                "mapping.yaml:2:3: /columns/boss: unknown field 'boss': expected one of id, email, name, firstName,"
                        + " lastName, managerId, managerEmail, managerName, manager, title, department,"
                        + " employmentType, fte, status",
                "mapping.yaml:4:40: /titles/0/roles/0: unknown value 'VP_PLATFORM': expected one of CEO, CFO, COO,"
                        + " CTO, CIO, VP_ENGINEERING, VP_PRODUCT, HEAD_OF_SALES, HEAD_OF_MARKETING,"
                        + " HEAD_OF_BUSINESS_DEVELOPMENT, ENGINEERING_MANAGER, ENGINEER, PRODUCT_MANAGER,"
                        + " SALES_REPRESENTATIVE, MARKETER, OPERATIONS, OTHER",
                "mapping.yaml:5:5: /titles/1: a title row needs roles: [ROLE...]",
                "mapping.yaml:6:16: /engagements/Contractor: unknown value 'SOMETIMES': expected one of FULL_TIME,"
                        + " FRACTIONAL, INTERIM",
                "mapping.yaml:7:1: /critical: expected a list, got 'payments'");
    }
}
