package org.ctorole.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctorole.io.ProfileReader;
import org.ctorole.io.ProfileSchema;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Section;
import org.junit.jupiter.api.Test;

class ProfileTemplateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Map<String, Set<Section>> READS = new LinkedHashMap<>();

    static {
        READS.put("no-technology-leader", Set.of(Section.PEOPLE));
        READS.put("orphaned-knowledge", Set.of(Section.KNOWLEDGE));
        READS.put("cto-in-the-weeds", Set.of(Section.CTO));
        READS.put("unreviewed-commitment", Set.of(Section.COMMITMENTS, Section.PEOPLE));
    }

    private final String yaml = ProfileTemplate.yaml("Acme \"Robotics\"", TODAY, READS);

    @Test
    void validatesAsItIsWithEverySectionPresent() {
        OrganisationProfile profile = ProfileReader.standard().read(yaml, "template.yaml");

        assertThat(profile.organisation().id()).isEqualTo("acme-robotics");
        assertThat(profile.organisation().name()).isEqualTo("Acme \"Robotics\"");
        assertThat(profile.organisation().assessedOn()).isEqualTo(TODAY);
        assertThat(profile.presentSections()).containsExactlyInAnyOrder(Section.values());
        assertThat(profile.waivers()).isNotEmpty();
    }

    @Test
    void givesAnExampleForEveryFieldOfTheSchemaAndIsValidByIt() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(ProfileSchema.json());
        JsonNode template = new YAMLMapper().readTree(yaml);
        List<String> missing = new ArrayList<>();

        fields(schema, schema, template, "", missing);

        assertThat(missing).isEmpty();
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ProfileSchema.json())
                .validate(template)).isEmpty();
    }

    @Test
    void saysWhichRulesEachSectionEnables() {
        assertThat(yaml).contains("# enables: no-technology-leader, unreviewed-commitment\npeople:",
                "# enables: orphaned-knowledge\nknowledge:", "# enables: cto-in-the-weeds\ncto:",
                "# no built-in rule reads this section\nsystems:");
    }

    /** Every property of every object the schema describes is present in some value of the template. */
    private static void fields(JsonNode root, JsonNode schema, JsonNode value, String at, List<String> missing) {
        fields(root, schema, List.of(value), at, missing);
    }

    private static void fields(JsonNode root, JsonNode schema, List<JsonNode> values, String at, List<String> missing) {
        if (schema.has("$ref")) {
            fields(root, root.at(schema.get("$ref").asText().substring(1)), values, at, missing);
            return;
        }
        if (schema.has("items")) {
            List<JsonNode> items = new ArrayList<>();
            values.forEach(v -> v.forEach(items::add));
            fields(root, schema.get("items"), items, at + "[]", missing);
            return;
        }
        if (!schema.has("properties")) {
            return;
        }
        schema.get("properties").properties().forEach(p -> {
            List<JsonNode> found = values.stream().filter(v -> v.has(p.getKey())).map(v -> v.get(p.getKey()))
                    .toList();
            if (found.isEmpty()) {
                missing.add(at + "." + p.getKey());
            } else {
                fields(root, p.getValue(), found, at + "." + p.getKey(), missing);
            }
        });
    }
}
