package org.ctorole.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ctorole.importer.Fixtures.problems;
import static org.ctorole.importer.Fixtures.rows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.ctorole.io.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvImportTest {

    private static final String HR = "hr-export.csv";

    @Test
    void aFortyRowHrExportGivesExactlyThesePeople() {
        ImportResult result = Fixtures.read(SourceKind.CSV, HR);

        assertThat(result.problems()).isEmpty();
        assertThat(result.profile().sections()).containsExactly(org.ctorole.model.profile.Section.PEOPLE);
        assertThat(rows(result)).containsExactly(
                "omar.haddad|Omar Haddad|omar.haddad@northwind.example|[CEO]|FULL_TIME|-",
                "ines.moreau|Ines Moreau|ines.moreau@northwind.example|[COO]|FULL_TIME|omar.haddad",
                "maya.chen|Maya Chen|maya.chen@northwind.example|[CTO]|FULL_TIME|ines.moreau",
                "raj.patel|Raj Patel|raj.patel@northwind.example|[VP_ENGINEERING]|FULL_TIME|maya.chen",
                "lena.novak|Lena Novak|lena.novak@northwind.example|[ENGINEERING_MANAGER]|FULL_TIME|raj.patel",
                "sam.okafor|Sam Okafor|sam.okafor@northwind.example|[HEAD_OF_SALES]|FULL_TIME|omar.haddad",
                "ana.silva|Ana Silva|ana.silva@northwind.example|[ENGINEER]|FULL_TIME|lena.novak",
                "ben.walker|Ben Walker|ben.walker@northwind.example|[ENGINEER]|FULL_TIME|lena.novak",
                "chloe.martin|Chloé Martin|chloe.martin@northwind.example|[ENGINEER]|FULL_TIME|lena.novak",
                "dmitri.ivanov|Dmitri Ivanov|dmitri.ivanov@northwind.example|[ENGINEER]|FULL_TIME|lena.novak",
                "eve.laurent|Eve Laurent|eve.laurent@northwind.example|[ENGINEER]|FULL_TIME|lena.novak",
                "farah.khan|Farah Khan|farah.khan@northwind.example|[CFO]|FULL_TIME|omar.haddad",
                "gustavo.pereira|Gustavo Pereira|gustavo.pereira@northwind.example|[]|FULL_TIME|farah.khan",
                "hana.sato|Hana Sato|hana.sato@northwind.example|[HEAD_OF_MARKETING]|FULL_TIME|omar.haddad",
                "ivan.petrov|Ivan Petrov|ivan.petrov@northwind.example|[MARKETER]|FULL_TIME|hana.sato",
                "julia.costa|Julia Costa|julia.costa@northwind.example|[SALES_REPRESENTATIVE]|FULL_TIME|sam.okafor",
                "karim.benali|Karim Benali|karim.benali@northwind.example|[SALES_REPRESENTATIVE]|FULL_TIME|sam.okafor",
                "laura.weiss|Laura Weiss|laura.weiss@northwind.example|[SALES_REPRESENTATIVE]|FULL_TIME|sam.okafor",
                "nadia.haddad|Nadia Haddad|nadia.haddad@northwind.example|[VP_PRODUCT]|FULL_TIME|omar.haddad",
                "marco.rossi|Marco Rossi|marco.rossi@northwind.example|[PRODUCT_MANAGER]|FULL_TIME|nadia.haddad",
                "oliver.brown|Oliver Brown|oliver.brown@northwind.example|[PRODUCT_MANAGER]|FULL_TIME|nadia.haddad",
                // title "Manager" in department "Engineering": read as "Engineering Manager"
                "priya.nair|Priya Nair|priya.nair@northwind.example|[ENGINEERING_MANAGER]|FULL_TIME|raj.patel",
                "quentin.dubois|Quentin Dubois|quentin.dubois@northwind.example|[ENGINEER]|FULL_TIME|priya.nair",
                "rosa.garcia|Rosa García|rosa.garcia@northwind.example|[ENGINEER]|FULL_TIME|priya.nair",
                "stefan.muller|Stefan Müller|stefan.muller@northwind.example|[ENGINEER]|FULL_TIME|priya.nair",
                "tomas.ruiz|Tomás Ruiz|tomas.ruiz@northwind.example|[]|FULL_TIME|priya.nair",
                "uma.reddy|Uma Reddy|uma.reddy@northwind.example|[ENGINEER]|FULL_TIME|raj.patel",
                "victor.nguyen|Victor Nguyen|victor.nguyen@northwind.example|[OPERATIONS]|FULL_TIME|ines.moreau",
                "wendy.zhou|Wendy Zhou|wendy.zhou@northwind.example|[OPERATIONS]|FULL_TIME|ines.moreau",
                "xavier.lopez|Xavier Lopez|xavier.lopez@northwind.example|[OPERATIONS]|FULL_TIME|wendy.zhou",
                // Part-time (employment type) wins over FTE 0.5; both say FRACTIONAL
                "yara.haddad|Yara Haddad|yara.haddad@northwind.example|[]|FRACTIONAL|ines.moreau",
                // Contractor is no engagement: FTE 1 decides
                "zoe.adams|Zoe Adams|zoe.adams@northwind.example|[MARKETER]|FULL_TIME|hana.sato",
                "aaron.cohen|Aaron Cohen|aaron.cohen@northwind.example|[ENGINEER]|FULL_TIME|lena.novak",
                "bea.schmidt|Bea Schmidt|bea.schmidt@northwind.example|[ENGINEER]|FULL_TIME|lena.novak",
                // no employment type, FTE 0.8
                "carl.jensen|Carl Jensen|carl.jensen@northwind.example|[ENGINEERING_MANAGER]|FRACTIONAL|raj.patel",
                "dana.levi|Dana Levi|dana.levi@northwind.example|[ENGINEER]|FULL_TIME|carl.jensen",
                "emil.novak|Emil Novak|emil.novak@northwind.example|[ENGINEER]|INTERIM|carl.jensen",
                "fatima.ali|Fatima Ali|fatima.ali@northwind.example|[ENGINEER]|FULL_TIME|priya.nair",
                "hugo.blanc|Hugo Blanc|hugo.blanc@northwind.example|[]|FULL_TIME|carl.jensen");
    }

    @Test
    void everyPersonComesWithItsLineEvenAfterAQuotedNewline() {
        ImportResult result = Fixtures.read(SourceKind.CSV, HR);

        assertThat(result.provenanceOf(ItemRef.person("omar.haddad"))).containsExactly(Provenance.line(HR, 2));
        assertThat(result.provenanceOf(ItemRef.person("ana.silva"))).containsExactly(Provenance.line(HR, 8));
        // Ana's location spans lines 8 and 9
        assertThat(result.provenanceOf(ItemRef.person("ben.walker"))).containsExactly(Provenance.line(HR, 10));
        assertThat(result.provenanceOf(ItemRef.person("hugo.blanc"))).containsExactly(Provenance.line(HR, 42));
        assertThat(result.provenance()).hasSize(39);
    }

    @Test
    void theTerminatedEmployeeIsSkippedAndCountedAndWhatIsNotUsedIsSaid() {
        ImportResult result = Fixtures.read(SourceKind.CSV, HR);

        assertThat(result.skipped()).containsExactly(new Skipped("'George King'", "inactive (Status: Terminated)",
                Provenance.line(HR, 41)));
        assertThat(result.notes()).containsExactly(
                HR + ": columns not used: Hire Date, Location",
                "titles not in the title table (people with them get the role OTHER unless the profile says otherwise;"
                        + " add rows under titles: in a mapping file): 'Financial Controller' (1), 'QA Analyst' (1),"
                        + " 'Recruiter' (1), 'Intern' (1)",
                "employment types not recognised (engagement left as the profile has it, FULL_TIME for new people;"
                        + " map them under engagements: in a mapping file): 'Contractor' (2)");
    }

    static Stream<Arguments> headerVariants() {
        return Stream.of(
                Arguments.of("id, full name, title, manager id, email", """
                        id,full name,title,manager id,email
                        1,Kim Lee,CEO,,kim@acme.example
                        2,Lou Park,Fractional CTO,1,lou@acme.example
                        3,Max Roe,Software Engineer,2,max@acme.example
                        """),
                Arguments.of("email, name, position, reports to (names), semicolons", """
                        Email;Name;Position;Reports To
                        kim@acme.example;Kim Lee;Chief Executive Officer;
                        lou@acme.example;Lou Park;Fractional Chief Technology Officer;Kim Lee
                        max@acme.example;"Max Roe";Developer;lou park
                        """),
                Arguments.of("employee number, first + last name, job title, manager (ids), tabs", """
                        Employee Number\tFirst Name\tLast Name\tJob Title\tManager\tWork Email
                        A-1\tKim\tLee\tFounder & CEO\t\tkim@acme.example
                        A-2\tLou\tPark\tFractional CTO\tA-1\tlou@acme.example
                        A-3\tMax\tRoe\tSenior Engineer\tA-2\tmax@acme.example
                        """),
                Arguments.of("ID, Name, Job Title, Manager Email, Department, E-mail, Excel's BOM and CRLF", "\uFEFF"
                        + "ID,Name,Job Title,Manager Email,Department,E-mail\r\n"
                        + "7,Kim Lee,CEO,,Board,kim@acme.example\r\n"
                        + "8,Lou Park,\"Fractional CTO\",KIM@acme.example,Technology,lou@acme.example\r\n"
                        + "9,Max Roe,Engineer,lou@acme.example,Technology,max@acme.example\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerVariants")
    void headerVariantsOfCommonHrExportsNeedNoMapping(String variant, String csv) {
        ImportResult result = Fixtures.text(SourceKind.CSV, "acme.csv", csv);

        assertThat(result.problems()).isEmpty();
        assertThat(rows(result)).containsExactly(
                "kim|Kim Lee|kim@acme.example|[CEO]|-|-",
                "lou|Lou Park|lou@acme.example|[CTO]|FRACTIONAL|kim",
                "max|Max Roe|max@acme.example|[ENGINEER]|-|lou");
    }

    @Test
    void aMappingFileNamesTheColumnsOfAnyLayout() {
        ImportMapping mapping = ImportMapping.read(ImportSource.of("mapping.yaml", """
                columns:
                  id: Worker
                  name: Preferred Name
                  manager: Supervisor Worker
                  title: Business Title
                titles:
                  - { match: Head of Platform, roles: [VP_ENGINEERING] }
                  - { match: Technology Partner, roles: [CTO], engagement: FRACTIONAL }
                """));
        String csv = """
                Worker,Preferred Name,Supervisor Worker,Business Title,Cost Centre
                W1,Kim Lee,,CEO,100
                W2,Lou Park,W1,Technology Partner,200
                W3,Max Roe,W2,Head of Platform,200
                """;

        ImportResult result = Importers.importer(SourceKind.CSV, mapping, Teams.none())
                .read(List.of(ImportSource.of("workday.csv", csv)));

        assertThat(result.problems()).isEmpty();
        assertThat(rows(result)).containsExactly(
                "kim-lee|Kim Lee|-|[CEO]|-|-",
                "lou-park|Lou Park|-|[CTO]|FRACTIONAL|kim-lee",
                "max-roe|Max Roe|-|[VP_ENGINEERING]|-|lou-park");
        assertThat(result.notes()).containsExactly("workday.csv: columns not used: Cost Centre");
    }

    @Test
    void aManagerTwoPeopleShareTheNameOfIsReportedNotGuessed() {
        ImportResult result = Fixtures.text(SourceKind.CSV, "hr.csv", """
                Name,Title,Manager
                Alex Kim,CEO,
                Alex Kim,CFO,
                Jo Ray,Engineer,Alex Kim
                """);

        assertThat(problems(result)).containsExactly("hr.csv:4:1: Manager: manager 'Alex Kim' is ambiguous: hr.csv:2,"
                + " hr.csv:3 have that name; give the manager's id or e-mail instead");
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnceWithItsLine() {
        ImportResult result = Importers.importer(SourceKind.CSV, ImportMapping.none(), Teams.none()).read(List.of(
                ImportSource.of("a.csv", """
                        Employee ID,Name,Email,Title,FTE
                        1,Kim Lee,kim@acme.example,CEO,1
                        1,Lou Park,lou@acme,CTO,lots
                        2,Max Roe,kim@ACME.example,Engineer
                        3,Ida Sun,ida@acme.example,Engineer,1,extra
                        ,,,,
                        """),
                ImportSource.of("b.csv", "Start Date,Location\n2020-01-01,Lisbon\n"),
                ImportSource.of("c.csv", "Name,Title\n\"Kim Lee,CEO\n"),
                ImportSource.of("d.csv", () -> new java.io.ByteArrayInputStream(
                        "Name,Title\nJos\u00e9,CEO\n".getBytes(StandardCharsets.ISO_8859_1)))));

        assertThat(problems(result)).containsExactly(
                "a.csv:3:1: Email: 'lou@acme' is not an e-mail address",
                "a.csv:3:1: Employee ID: duplicate id '1' (also a.csv:2)",
                "a.csv:3:1: FTE: 'lots' is not an FTE: expected a number such as 0.5, 1 or 80%",
                "a.csv:4:1: the row has 4 fields, the header 5: a separator or quote is missing or extra",
                "a.csv:5:1: the row has 6 fields, the header 5: a separator or quote is missing or extra",
                "b.csv:1:1: no column identifies people: expected a header such as Employee ID, Email, Name or First"
                        + " Name and Last Name, or name the columns in a mapping file (columns:)",
                "c.csv:3:1: malformed CSV: Missing closing quote for value",
                "d.csv:2:1: the file is not UTF-8 text: export it as \"CSV UTF-8\" (in Excel: Save As, CSV UTF-8)");
        assertThat(result.skipped()).extracting(Skipped::reason).containsExactly("empty row");
    }

    @Test
    void theFileApiThrowsWithEveryProblem() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Importers.csv(
                java.nio.file.Path.of("no-such-export.csv")));

        assertThat(e.problems()).extracting(Object::toString)
                .containsExactly("no-such-export.csv:1:1: cannot read 'no-such-export.csv': no such file");
        assertThat(e.getMessage()).startsWith("1 problem in csv import (no-such-export.csv):");
    }

    @Test
    void aMappingNamingAColumnTheFileLacksIsAProblem() {
        ImportMapping mapping = new ImportMapping(java.util.Map.of(CsvField.MANAGER, "Supervisor"), List.of(),
                java.util.Map.of(), java.util.Map.of(), Teams.none(), java.util.Map.of(), java.util.Set.of());

        ImportResult result = Importers.importer(SourceKind.CSV, mapping, Teams.none())
                .read(List.of(ImportSource.of("hr.csv", "Name,Boss\nKim,\n")));

        assertThat(problems(result)).containsExactly("hr.csv:1:1: columns.manager: the mapping names column"
                + " 'Supervisor' for manager, but hr.csv has no such column; its columns are: Name, Boss");
    }
}
