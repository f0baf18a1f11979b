package org.ctorole.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.Forum;
import org.ctorole.model.profile.ForumKind;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileWriterTest {

    private final ProfileReader reader = ProfileReader.standard();
    private final ProfileWriter writer = ProfileWriter.standard();

    private static OrganisationProfile.Builder acme() {
        return OrganisationProfile.builder()
                .organisation(new Organisation("acme", "Acme", Stage.STARTUP, 12, LocalDate.of(2026, 11, 1)))
                .person(Person.of("kim", "Kim Lee", Role.CEO))
                .person(Person.of("lou", "Lou Park", Role.CTO).withReportsTo("kim")
                        .withEngagement(Engagement.FRACTIONAL));
    }

    @Test
    void anEmailIsWrittenAfterTheNameAndReadBack() {
        OrganisationProfile profile = OrganisationProfile.builder()
                .organisation(new Organisation("acme", null, null, null, LocalDate.of(2026, 11, 1)))
                .person(Person.of("kim", "Kim Lee", Role.CEO).withEmail("Kim.Lee@acme.example"))
                .build();

        String yaml = writer.toYaml(profile);

        assertThat(yaml).contains("""
                  - id: kim
                    name: Kim Lee
                    email: Kim.Lee@acme.example
                    roles:
                """);
        assertThat(reader.read(yaml, "acme.yaml")).isEqualTo(profile);
        assertThat(reader.read(writer.toJson(profile), "acme.json")).isEqualTo(profile);
    }

    @Test
    void anImplausibleOrRepeatedEmailIsRefusedWithItsLine() {
        String yaml = """
                schema: cto-profile/1
                organisation: {id: acme, assessedOn: 2026-11-01}
                people:
                  - {id: kim, email: kim@acme.example, roles: [CEO]}
                  - {id: lou, email: KIM@acme.example, roles: [CTO]}
                  - {id: max, email: max.acme.example, roles: [ENGINEER]}
                  - {id: sol, email: 42, roles: [ENGINEER]}
                """;

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                org.ctorole.model.validation.InvalidProfileException.class, () -> reader.read(yaml, "acme.yaml"))
                .problems()).extracting(Object::toString).containsExactly(
                "acme.yaml:5:15: people[1].email: duplicate e-mail 'KIM@acme.example' (also people[0])",
                "acme.yaml:6:15: people[2].email: 'max.acme.example' is not an e-mail address (expected name@domain.tld)",
                "acme.yaml:7:15: people[3].email: expected a string, got 42");
    }

    @Test
    void writesTheLayoutOfTheExample() {
        OrganisationProfile profile = acme()
                .cto(CtoWorkingPattern.of("lou").withTimeAllocation(Map.of(Activity.ENGINEERING_PRODUCT, 62.5,
                        Activity.SALES, 37.5)).withAccountableFor(List.of()))
                .systems(List.of())
                .forum(new Forum("qbr", ForumKind.QUARTERLY_BUSINESS_REVIEW, false, Optional.empty(),
                        Optional.empty(), false))
                .build();

        assertThat(writer.toYaml(profile)).isEqualTo("""
                schema: cto-profile/1
                organisation:
                  id: acme
                  name: Acme
                  stage: STARTUP
                  headcount: 12
                  assessedOn: 2026-11-01
                people:
                  - id: kim
                    name: Kim Lee
                    roles:
                      - CEO
                  - id: lou
                    name: Lou Park
                    roles:
                      - CTO
                    reportsTo: kim
                    engagement: FRACTIONAL
                cto:
                  person: lou
                  timeAllocation:
                    ENGINEERING_PRODUCT: 62.5
                    SALES: 37.5
                  accountableFor: []
                systems: []
                forums:
                  - id: qbr
                    kind: QUARTERLY_BUSINESS_REVIEW
                    ctoAttends: false
                """);
    }

    @Test
    void sectionsComeInTheOrderOfTheExample() throws Exception {
        OrganisationProfile northwind = reader.read(NorthwindTest.NORTHWIND);

        assertThat(topLevelKeys(writer.toYaml(northwind)))
                .isEqualTo(topLevelKeys(Files.readString(NorthwindTest.NORTHWIND)))
                .containsExactly("schema", "organisation", "people", "cto", "knowledge", "systems", "strategy",
                        "forums", "indicators", "commitments", "suppliers", "security", "waivers");
    }

    private static List<String> topLevelKeys(String yaml) {
        List<String> keys = new ArrayList<>();
        for (String line : yaml.split("\n")) {
            if (!line.isEmpty() && Character.isLetter(line.charAt(0))) {
                keys.add(line.substring(0, line.indexOf(':')));
            }
        }
        return keys;
    }

    @Test
    void wholeNumbersAreWrittenWithoutAFraction() {
        String yaml = writer.toYaml(reader.read(NorthwindTest.NORTHWIND));

        assertThat(yaml).contains("    HANDS_ON_DELIVERY: 33\n", "    BUSINESS_DEVELOPMENT: 0\n",
                "    value: 2.5\n", "    onTimeDeliveryRate: 0.65\n");
    }

    @Test
    void smallAndLargeNumbersAreWrittenPlain() {
        OrganisationProfile profile = acme()
                .suppliers(List.of(new Supplier("tiny", true, Optional.empty(), Optional.of(0.0001)),
                        new Supplier("one", true, Optional.empty(), Optional.of(1.0))))
                .build();

        String yaml = writer.toYaml(profile);

        assertThat(yaml).contains("onTimeDeliveryRate: 0.0001\n", "onTimeDeliveryRate: 1\n");
        assertThat(reader.read(yaml, "acme.yaml")).isEqualTo(profile);
    }

    @Test
    void jsonHasIsoDatesAndPlainNumbers() {
        String json = writer.toJson(reader.read(NorthwindTest.NORTHWIND));

        assertThat(json).startsWith("{\n  \"schema\": \"cto-profile/1\",\n")
                .contains("\"assessedOn\": \"2026-11-01\"", "\"HANDS_ON_DELIVERY\": 33,", "\"value\": 2.5,")
                .doesNotContain("lastRestoreTest\": null", "engagement")
                .endsWith("}\n");
    }

    @Test
    void omittedSectionsStayOmittedAndEmptyOnesStayEmpty() {
        OrganisationProfile partial = acme().knowledge(List.of()).build();

        String yaml = writer.toYaml(partial);
        OrganisationProfile back = reader.read(yaml, "acme.yaml");

        assertThat(yaml).contains("knowledge: []\n").doesNotContain("systems", "security", "waivers");
        assertThat(back.knowledge()).contains(List.of());
        assertThat(back.systems()).isEmpty();
        assertThat(back).isEqualTo(partial);
    }

    @Test
    void textThatLooksLikeSomethingElseIsQuoted() {
        List<String> tricky = List.of("yes", "No", "on", "OFF", "y", "n", "true", "False", "null", "Null", "~", "",
                "123", "007", "-1", "+1", "1e3", "1_000", "0x1F", "0o17", ".5", ".nan", ".inf", "NaN", "Infinity",
                "2026-11-01", "12:30", "- x", "-", "a: b", "#tag", "a #b", "*ref", "&anchor", "!tag", "%x", "@x", "`x",
                "[x]", "{x}", "x,y", "it's", "\"q\"", " lead", "trail ", "two\nlines", "tab\there", "é-ñ 中");
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < tricky.size(); i++) {
            people.add(Person.of("p" + i, tricky.get(i), Role.ENGINEER));
        }
        OrganisationProfile profile = acme().people(people).build();

        OrganisationProfile back = reader.read(writer.toYaml(profile), "tricky.yaml");

        assertThat(back.people()).extracting(Person::name).containsExactlyElementsOf(tricky);
    }

    @Test
    void writesFilesByExtension(@TempDir Path dir) throws Exception {
        OrganisationProfile profile = acme().build();
        Path yaml = dir.resolve("acme.yaml");
        Path json = dir.resolve("acme.JSON");

        writer.write(profile, yaml);
        writer.write(profile, json);

        assertThat(Files.readString(yaml)).startsWith("schema: cto-profile/1\n");
        assertThat(Files.readString(json)).startsWith("{\n");
        assertThat(reader.read(yaml)).isEqualTo(profile);
        assertThat(reader.read(json)).isEqualTo(profile);
    }
}
