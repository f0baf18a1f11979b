package org.ctorole.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.validation.InvalidProfileException;
import org.ctorole.model.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of bad input: the exact problem text, path, line and column. Problems are
 * compared in their printed form, {@code source:line:column: path: message}.
 */
class BadInputTest {

    static final String HEAD = """
            schema: cto-profile/1
            organisation:
              id: acme
              assessedOn: 2026-11-01
            people:
              - id: kim
                roles: [CEO]
              - id: lou
                roles: [CTO]
                reportsTo: kim
            """;

    private final ProfileReader reader = ProfileReader.standard();

    private List<String> problems(String text, String source) {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> reader.read(text, source));
        assertThat(e).as("expected the profile to be refused").isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.location()).isPresent());
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theBaseProfileIsValid() {
        OrganisationProfile profile = reader.read(HEAD, "acme.yaml");

        assertThat(profile.people()).hasSize(2);
        assertThat(profile.systems()).isEmpty();
    }

    @Test
    void malformedYaml() {
        String text = HEAD + """
                systems:
                  - id: [db
                    holdsData: true
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:13:14: systems[0].id: expected ',' or ']', but got :"
                        + " (while parsing a flow sequence started at line 12, column 9)");
    }

    @Test
    void malformedYamlIndentation() {
        String text = """
                schema: cto-profile/1
                organisation:
                  id: acme
                 assessedOn: 2026-11-01
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:4:2: expected <block end>, but found '<block mapping start>'"
                        + " (while parsing a block mapping started at line 1, column 1)");
    }

    @Test
    void malformedJson() {
        String text = """
                {
                  "schema": "cto-profile/1",
                  "organisation": {"id": "acme",},
                  "people": []
                }
                """;

        assertThat(problems(text, "acme.json")).containsExactly(
                "acme.json:3:33: organisation: Unexpected character ('}'):"
                        + " was expecting double-quote to start field name");
    }

    @Test
    void malformedJsonUnclosedList() {
        String text = """
                {"schema": "cto-profile/1",
                 "people": [1, 2}
                """;

        assertThat(problems(text, "acme.json")).containsExactly(
                "acme.json:2:17: people: Unexpected close marker '}': expected ']'"
                        + " (opened at line 2, column 12)");
    }

    @Test
    void unknownNestedField() {
        String text = HEAD + """
                systems:
                  - id: db
                    holdsData: true
                    critical: true
                  - id: crm
                    holdsData: true
                    critical: true
                    backup:
                      schedule: DAILY
                      lastSuccessfulBackup: 2026-10-31
                      colour: blue
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:21:7: systems[1].backup.colour: unknown field 'colour'");
    }

    @Test
    void unknownFieldInJsonBeforeTheLastKnownField() {
        // Jackson buffers unknown fields of records; the path must still be the document's.
        String text = """
                {"schema": "cto-profile/1",
                 "organisation": {"id": "acme", "size": {"value": 3}, "assessedOn": "2026-11-01"},
                 "people": [{"id": "kim", "roles": ["CEO"], "colour": "red"}]}
                """;

        assertThat(problems(text, "acme.json")).containsExactly(
                "acme.json:2:33: organisation.size: unknown field 'size'",
                "acme.json:3:45: people[0].colour: unknown field 'colour'");
    }

    @Test
    void unknownTopLevelField() {
        assertThat(problems(HEAD + "budget: 12\n", "acme.yaml")).containsExactly(
                "acme.yaml:11:1: budget: unknown field 'budget'");
    }

    @Test
    void unknownEnumValue() {
        String text = HEAD + """
                forums:
                  - id: exec
                    kind: EXECUTIVE_MEETNG
                    ctoAttends: true
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:13:5: forums[0].kind: unknown value 'EXECUTIVE_MEETNG' (expected one of"
                        + " EXECUTIVE_MEETING, QUARTERLY_BUSINESS_REVIEW, BOARD, CUSTOMER_ADVISORY_BOARD,"
                        + " MARKET_RESEARCH_REVIEW, OTHER)");
    }

    @Test
    void terminalEscapesInAValueAreEchoedEscaped() {
        // Issue 13, item 6: printed raw, this value retitles the terminal and clears the screen.
        String text = HEAD + """
                forums:
                  - id: exec
                    kind: "\\e]0;pwned\\a\\e[2J"
                    ctoAttends: true
                """;

        assertThat(problems(text, "esc.yaml")).containsExactly(
                "esc.yaml:13:5: forums[0].kind: unknown value '\\u001B]0;pwned\\u0007\\u001B[2J' (expected one of"
                        + " EXECUTIVE_MEETING, QUARTERLY_BUSINESS_REVIEW, BOARD, CUSTOMER_ADVISORY_BOARD,"
                        + " MARKET_RESEARCH_REVIEW, OTHER)");
    }

    @Test
    void terminalEscapesAndBidiOverridesInJsonAreEchoedEscaped() {
        String text = """
                {"schema": "cto-profile/1",
                 "organisation": {"id": "acme", "assessedOn": "2026-11-01", "b\\u202Eudget": 1},
                 "people": [{"id": "kim", "roles": ["C\\u001b[31mEO"]}]}
                """;

        assertThat(problems(text, "esc.json")).containsExactly(
                "esc.json:2:61: organisation.b\\u202Eudget: unknown field 'b\\u202Eudget'",
                "esc.json:3:37: people[0].roles[0]: unknown value 'C\\u001B[31mEO' (expected one of CEO, CFO, COO,"
                        + " CTO, CIO, VP_ENGINEERING, VP_PRODUCT, HEAD_OF_SALES, HEAD_OF_MARKETING,"
                        + " HEAD_OF_BUSINESS_DEVELOPMENT, ENGINEERING_MANAGER, ENGINEER, PRODUCT_MANAGER,"
                        + " SALES_REPRESENTATIVE, MARKETER, OPERATIONS, OTHER)");
    }

    @Test
    void validatorMessagesEchoingInputAreEscaped() {
        String text = HEAD.replace("reportsTo: kim", "reportsTo: \"z\\u202Eed\"");

        assertThat(problems(text, "bidi.yaml")).containsExactly(
                "bidi.yaml:10:5: people[1].reportsTo: unknown person 'z\\u202Eed'");
    }

    @Test
    void aKeyHoldingADotIsStillPlaced() {
        String text = HEAD + """
                systems:
                  - id: db
                    holdsData: true
                    critical: true
                    back.up: daily
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:15:5: systems[0].back.up: unknown field 'back.up'");
    }

    @Test
    void unknownEnumValueInAList() {
        String text = HEAD.replace("roles: [CTO]", "roles: [CTO, WIZARD]");

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:9:18: people[1].roles[1]: unknown value 'WIZARD' (expected one of CEO, CFO, COO, CTO,"
                        + " CIO, VP_ENGINEERING, VP_PRODUCT, HEAD_OF_SALES, HEAD_OF_MARKETING,"
                        + " HEAD_OF_BUSINESS_DEVELOPMENT, ENGINEERING_MANAGER, ENGINEER, PRODUCT_MANAGER,"
                        + " SALES_REPRESENTATIVE, MARKETER, OPERATIONS, OTHER)");
    }

    @Test
    void unknownTimeAllocationKey() {
        String text = HEAD + """
                cto:
                  person: lou
                  timeAllocation:
                    ENGINEERING_PRODUCT: 90
                    GOLF: 10
                """;

        // The sum is not judged while one of its parts is unreadable.
        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:15:5: cto.timeAllocation.GOLF: unknown key 'GOLF' (expected one of CEO_STRATEGY,"
                        + " ENGINEERING_PRODUCT, SALES, BUSINESS_DEVELOPMENT, MARKETING, HANDS_ON_DELIVERY,"
                        + " LEARNING_AND_THINKING, INTERNAL_IT)");
    }

    @Test
    void wrongType() {
        String text = HEAD + """
                forums:
                  - id: exec
                    kind: BOARD
                    ctoAttends: true
                    technologyMinutes: a quarter of an hour
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:15:5: forums[0].technologyMinutes: expected a whole number, got 'a quarter of an hour'");
    }

    @Test
    void noScalarCoercion() {
        String text = HEAD + """
                systems:
                  - id: db
                    holdsData: yes
                    critical: "true"
                  - id: web
                    holdsData: false
                    critical: 1
                suppliers:
                  - id: feedco
                    critical: true
                    onTimeDeliveryRate: "0.9"
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:13:5: systems[0].holdsData: expected true or false, got 'yes'",
                "acme.yaml:14:5: systems[0].critical: expected true or false, got 'true'",
                "acme.yaml:17:5: systems[1].critical: expected true or false, got 1",
                "acme.yaml:21:5: suppliers[0].onTimeDeliveryRate: expected a number, got '0.9'");
    }

    @Test
    void wrongShapes() {
        String text = HEAD + """
                systems:
                  - id: db
                    holdsData: true
                    critical: true
                    backup: daily
                  - just-a-name
                knowledge: payments
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:15:5: systems[0].backup: expected an object, got 'daily'",
                "acme.yaml:16:5: systems[1]: expected an object, got 'just-a-name'",
                "acme.yaml:17:1: knowledge: expected a list, got 'payments'");
    }

    @Test
    void anEmptyStringIsNotAnEmptySection() {
        String text = """
                schema: cto-profile/1
                organisation: ''
                people: ""
                systems: ''
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:2:1: organisation: expected an object, got ''",
                "acme.yaml:3:1: people: expected a list, got ''",
                "acme.yaml:4:1: systems: expected a list, got ''");
    }

    @Test
    void yamlSpecialNumbersAreNotReadings() {
        String text = HEAD + """
                indicators:
                  - {indicator: EMPLOYEE_SATISFACTION, value: .nan, measuredOn: 2026-10-01}
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:12:40: indicators[0].value: expected a number, got .nan");
    }

    @Test
    void keysMustBeNames() {
        assertThat(problems(HEAD + "? [a, b]\n: c\n", "acme.yaml")).containsExactly(
                "acme.yaml:11:4: a key must be a plain name, not a list or an object");
    }

    @Test
    void datesAreIsoDates() {
        String text = HEAD.replace("assessedOn: 2026-11-01", "assessedOn: 01/11/2026") + """
                strategy:
                  - id: cloud
                    ctoJoinedAt: REVIEW
                indicators:
                  - indicator: EMPLOYEE_SATISFACTION
                    value: 3
                    measuredOn: 2026-02-30
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:4:3: organisation.assessedOn: expected a date (yyyy-MM-dd), got '01/11/2026'",
                "acme.yaml:17:5: indicators[0].measuredOn: expected a date (yyyy-MM-dd), got '2026-02-30'");
    }

    @Test
    void nullForAFieldWithADefault() {
        String text = HEAD + """
                systems:
                  - id: db
                    holdsData: true
                    critical: true
                    backup:
                      schedule: DAILY
                      lastSuccessfulBackup: 2026-10-31
                      offsite: null
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:18:7: systems[0].backup.offsite: expected true or false, got null");
    }

    @Test
    void missingRequiredFields() {
        String text = HEAD + """
                systems:
                  - id: db
                    critical: true
                    backup:
                      schedule: DAILY
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:12:5: systems[0].holdsData: missing required value",
                "acme.yaml:14:5: systems[0].backup.lastSuccessfulBackup: missing required value");
    }

    @Test
    void missingTopLevelKeys() {
        String text = """
                organisation:
                  id: acme
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:1:1: schema: missing required value",
                "acme.yaml:1:1: people: missing required section",
                "acme.yaml:1:1: organisation.assessedOn: missing required value");
    }

    @Test
    void unsupportedSchema() {
        assertThat(problems(HEAD.replace("cto-profile/1", "cto-profile/2"), "acme.yaml")).containsExactly(
                "acme.yaml:1:1: schema: unsupported schema 'cto-profile/2', expected 'cto-profile/1'");
    }

    @Test
    void emptySections() {
        String text = HEAD + """
                systems:
                cto:
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:11:1: systems: empty section: write [] for none, or leave the section out",
                "acme.yaml:12:1: cto: empty section: fill it in, or leave the section out");
    }

    @Test
    void duplicateKeys() {
        String text = HEAD + """
                systems:
                  - id: db
                    holdsData: true
                    critical: true
                    holdsData: false
                """ + "systems: []\n";

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:15:5: systems[0].holdsData: duplicate key 'holdsData'",
                "acme.yaml:16:1: systems: duplicate key 'systems'");
    }

    @Test
    void aDuplicatedSectionOfAFullProfileIsOneDuplicateKey() throws Exception {
        // Issue 13: with every section present Jackson had built the profile before the second
        // 'organisation' and answered "No fallback setter/field defined for creator property".
        String northwind = Files.readString(NorthwindTest.NORTHWIND);
        int line = (int) northwind.lines().count() + 1;

        assertThat(problems(northwind + "organisation:\n  id: again\n  assessedOn: 2026-11-01\n", "nw.yaml"))
                .containsExactly("nw.yaml:" + line + ":1: organisation: duplicate key 'organisation'");
    }

    @Test
    void aDuplicatedSectionOfAFullJsonProfileIsOneDuplicateKey() throws Exception {
        String json = ProfileWriter.standard().toJson(reader.read(NorthwindTest.NORTHWIND)).stripTrailing();
        String twice = json.substring(0, json.length() - 1) + ",\n  \"people\": []\n}\n";
        int line = (int) json.lines().count() + 1;

        assertThat(problems(twice, "nw.json")).containsExactly("nw.json:" + line + ":3: people: duplicate key 'people'");
    }

    @Test
    void aControlCharacterInYamlIsPlacedAtItsLineAndColumn() {
        String text = HEAD + """
                forums:
                  - id: exec
                    kind: BO\u0007ARD
                """;

        assertThat(problems(text, "bell.yaml")).containsExactly("bell.yaml:13:13: forums: YAML text cannot hold"
                + " the character U+0007 (a control character or a non-character); in a double-quoted string"
                + " write it as \\u0007");
    }

    @Test
    void duplicateKeysInJson() {
        String text = """
                {"schema": "cto-profile/1", "schema": "cto-profile/1",
                 "organisation": {"id": "acme", "assessedOn": "2026-11-01"}, "people": []}
                """;

        assertThat(problems(text, "acme.json")).containsExactly(
                "acme.json:1:29: schema: duplicate key 'schema'");
    }

    @Test
    void aliasBomb() {
        String text = HEAD + """
                lol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
                lol2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                lol3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                lol4: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                lol5: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
                lol6: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
                lol7: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
                """;

        assertThat(problems(text, "bomb.yaml")).containsExactly(
                "bomb.yaml:12:11: lol2[0]: too many YAML aliases (54, the limit is 50):"
                        + " refusing a possible alias bomb");
    }

    @Test
    void aliasesAreRefused() {
        String text = HEAD + """
                knowledge:
                  - {area: payments, critical: true, experts: &core [kim, lou]}
                  - {area: checkout, critical: true, experts: *core}
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:13:47: knowledge[1].experts: YAML aliases are not supported (*core):"
                        + " write the value out in full");
    }

    @Test
    void deeplyNestedDocument() {
        String text = HEAD + "knowledge: " + "[".repeat(150) + "]".repeat(150) + "\n";

        assertThat(problems(text, "deep.yaml")).containsExactly(
                "deep.yaml:11:111: knowledge: the document is nested too deeply (more than 100 levels)");
    }

    @Test
    void deeplyNestedJson() {
        String text = "{\"people\": " + "[".repeat(150) + "]".repeat(150) + "}";

        assertThat(problems(text, "deep.json")).containsExactly(
                "deep.json:1:111: people: the document is nested too deeply (more than 100 levels)");
    }

    @Test
    void hugeDocument() {
        String text = HEAD + "# " + "x".repeat(ProfileReader.MAX_DOCUMENT_CHARS) + "\n";

        assertThat(problems(text, "huge.yaml")).containsExactly(
                "huge.yaml:1:1: the document is too large (" + text.length() + " characters, the limit is 10485760)");
    }

    @Test
    void emptyDocument() {
        assertThat(problems("# nothing here\n", "empty.yaml")).containsExactly(
                "empty.yaml:1:1: the document is empty");
        assertThat(problems("---\n", "empty.yaml")).containsExactly(
                "empty.yaml:2:1: the document is empty");
        assertThat(problems("null", "empty.json")).containsExactly(
                "empty.json:1:1: the document is empty");
    }

    @Test
    void notAnObject() {
        assertThat(problems("- kim\n- lou\n", "list.yaml")).containsExactly(
                "list.yaml:1:1: expected an object, got a list");
    }

    @Test
    void onlyOneYamlDocument() {
        assertThat(problems(HEAD + "---\nschema: cto-profile/1\n", "two.yaml")).containsExactly(
                "two.yaml:12:1: only one YAML document is allowed, found another here");
    }

    @Test
    void fiveDistinctProblemsAreAllReportedInFileOrder() {
        String text = """
                schema: cto-profile/1
                organisation:
                  id: acme
                  assessedOn: 2026-11-01
                  size: big
                people:
                  - id: kim
                    roles: [CEO]
                  - id: lou
                    roles: [CTO, WIZARD]
                    reportsTo: zed
                systems:
                  - id: db
                    holdsData: yes
                    critical: true
                    critical: false
                """;

        assertThat(problems(text, "five.yaml")).containsExactly(
                "five.yaml:5:3: organisation.size: unknown field 'size'",
                "five.yaml:10:18: people[1].roles[1]: unknown value 'WIZARD' (expected one of CEO, CFO, COO, CTO,"
                        + " CIO, VP_ENGINEERING, VP_PRODUCT, HEAD_OF_SALES, HEAD_OF_MARKETING,"
                        + " HEAD_OF_BUSINESS_DEVELOPMENT, ENGINEERING_MANAGER, ENGINEER, PRODUCT_MANAGER,"
                        + " SALES_REPRESENTATIVE, MARKETER, OPERATIONS, OTHER)",
                "five.yaml:11:5: people[1].reportsTo: unknown person 'zed'",
                "five.yaml:14:5: systems[0].holdsData: expected true or false, got 'yes'",
                "five.yaml:16:5: systems[0].critical: duplicate key 'critical'");
    }

    @Test
    void validatorProblemsCarryTheirPlace() {
        String text = HEAD.replace("reportsTo: kim", "reportsTo: lou") + """
                knowledge:
                  - area: payments
                    critical: true
                    experts: [kim, zed]
                """;

        assertThat(problems(text, "acme.yaml")).containsExactly(
                "acme.yaml:10:5: people[1].reportsTo: a person cannot report to themself",
                "acme.yaml:14:20: knowledge[0].experts[1]: unknown person 'zed'");
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.yaml");

        UnreadableInputException e = catchThrowableOfType(UnreadableInputException.class, () -> reader.read(missing));

        assertThat(e).hasMessage("cannot read '" + missing + "': no such file")
                .hasCauseInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(e.source()).isEqualTo(missing.toString());
        assertThat(e).isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void fileThatIsNotUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});

        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> reader.read(file));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                file + ":1:4: not UTF-8 text: the byte 0xE9 here is not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void aByteThatIsNotUtf8IsPlacedAtItsLineAndColumn() {
        byte[] utf8 = (HEAD + "systems:\n  - id: caf\u00e9\n    holdsData: true\n").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = (HEAD + "systems:\n  - id: caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] mixed = Arrays.copyOf(utf8, utf8.length + latin1.length);
        System.arraycopy(latin1, 0, mixed, utf8.length, latin1.length);

        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> reader.read(new ByteArrayInputStream(mixed), "<stdin>"));

        // 13 UTF-8 lines, then HEAD again (lines 14 to 23), "systems:" and "  - id: caf" + 0xE9 on line 25.
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "<stdin>:25:12: not UTF-8 text: the byte 0xE9 here is not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void utf16IsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wide.yaml");
        Files.write(file, ("\uFEFF" + HEAD).getBytes(StandardCharsets.UTF_16LE));

        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> reader.read(file));

        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly(file + ":1:1: the file is UTF-16 text; save it as UTF-8");
    }

    @Test
    void aUtf8ByteOrderMarkIsAllowed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.yaml");
        Files.write(file, ("\uFEFF" + HEAD).getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(file).people()).hasSize(2);
    }

    @Test
    void aDirectoryIsRefused(@TempDir Path dir) {
        UnreadableInputException e = catchThrowableOfType(UnreadableInputException.class, () -> reader.read(dir));

        assertThat(e).hasMessage("cannot read '" + dir + "': it is a directory");
    }

    @Test
    void aDeviceIsRefusedUnread() {
        // Issue 13: Files.size() is 0 for a device, so `cto validate /dev/zero` read until memory ran out.
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");

        UnreadableInputException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> catchThrowableOfType(UnreadableInputException.class, () -> reader.read(zero)));

        assertThat(e).hasMessage("cannot read '/dev/zero': it is not a regular file (a device, a pipe or a socket)");
    }

    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
        // Issue 13: opening a FIFO blocks until someone writes to it; nobody will.
        Path fifo = dir.resolve("pipe.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo is available");

        UnreadableInputException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> catchThrowableOfType(UnreadableInputException.class, () -> reader.read(fifo)));

        assertThat(e).hasMessage("cannot read '" + fifo + "': it is not a regular file (a device, a pipe or a socket)");
    }

    @Test
    void aFileOverTheLimitIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.yaml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ProfileReader.MAX_DOCUMENT_CHARS + 1L);
        }

        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> reader.read(file));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "cannot read '" + file + "': the file is larger than the limit of 10485760 bytes");
    }

    @Test
    void anEndlessStreamIsReadOnlyToTheLimit() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) ' ');
                served[0] += len;
                return len;
            }
        };

        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> reader.read(endless, "<stdin>"));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "cannot read '<stdin>': the input is larger than the limit of 10485760 bytes");
        assertThat(served[0]).isEqualTo(ProfileReader.MAX_DOCUMENT_CHARS + 1L);
    }

    @Test
    void aStreamThatFailsIsUnreadableNotInvalid() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        UnreadableInputException e = catchThrowableOfType(UnreadableInputException.class,
                () -> reader.read(failing, "<stdin>"));

        assertThat(e).hasMessage("cannot read '<stdin>': connection reset").hasCauseInstanceOf(IOException.class);
    }

    @Test
    void aStreamIsReadAsAFileIs() {
        OrganisationProfile yaml = reader.read(new ByteArrayInputStream(HEAD.getBytes(StandardCharsets.UTF_8)),
                "<stdin>");
        String json = ProfileWriter.standard().toJson(yaml);
        OrganisationProfile fromJson = reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "<stdin>");

        assertThat(fromJson).isEqualTo(yaml);
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> reader.read(
                new ByteArrayInputStream((HEAD + "budget: 12\n").getBytes(StandardCharsets.UTF_8)), "<stdin>"));
        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("<stdin>:11:1: budget: unknown field 'budget'");
    }

    @Test
    void fileProblemsAreLocatedInTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("acme.yaml");
        Files.writeString(file, HEAD + "budget: 12\n");

        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> reader.read(file));

        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly(file + ":11:1: budget: unknown field 'budget'");
    }

    @Test
    void readUnvalidatedStillRefusesWhatCannotBeRead() {
        String dangling = HEAD.replace("reportsTo: kim", "reportsTo: zed");
        assertThat(reader.readUnvalidated(dangling, "acme.yaml").people().get(1).reportsTo()).contains("zed");

        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> reader.readUnvalidated(dangling + "budget: 12\n", "acme.yaml"));
        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("acme.yaml:11:1: budget: unknown field 'budget'");
    }
}
