package org.ctorole.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.profile.Accountability;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.ForumKind;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.StrategyStage;
import org.ctorole.model.profile.TechnicalDepth;
import org.junit.jupiter.api.Test;

class ProfileSchemaTest {

    private static final JsonSchema SCHEMA =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ProfileSchema.json());

    private final ObjectMapper json = new ObjectMapper();

    private static JsonNode northwind() throws Exception {
        return new YAMLMapper().readTree(Files.readString(NorthwindTest.NORTHWIND));
    }

    @Test
    void isDraft2020_12() throws Exception {
        JsonNode schema = json.readTree(ProfileSchema.json());

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).isEqualTo(ProfileSchema.ID);
    }

    @Test
    void northwindIsValid() throws Exception {
        assertThat(SCHEMA.validate(northwind())).isEmpty();
    }

    @Test
    void whatTheWriterWritesIsValid() throws Exception {
        String written = ProfileWriter.standard().toJson(ProfileReader.standard().read(NorthwindTest.NORTHWIND));

        assertThat(SCHEMA.validate(json.readTree(written))).isEmpty();
    }

    @Test
    void anUnknownFieldIsInvalid() throws Exception {
        JsonNode profile = northwind();
        ((ObjectNode) profile.get("systems").get(0).get("backup")).put("colour", "blue");

        Set<ValidationMessage> errors = SCHEMA.validate(profile);

        assertThat(errors).extracting(ValidationMessage::getMessage)
                .containsExactly("$.systems[0].backup: property 'colour' is not defined in the schema and the schema"
                        + " does not allow additional properties");
    }

    @Test
    void aMissingRequiredFieldIsInvalid() throws Exception {
        JsonNode profile = northwind();
        ((ObjectNode) profile.get("knowledge").get(0)).remove("experts");

        assertThat(SCHEMA.validate(profile)).extracting(ValidationMessage::getMessage)
                .containsExactly("$.knowledge[0]: required property 'experts' not found");
    }

    @Test
    void anEmailMustLookLikeAnAddress() throws Exception {
        JsonNode profile = northwind();
        ((ObjectNode) profile.get("people").get(0)).put("email", "omar@northwind.example");
        ((ObjectNode) profile.get("people").get(1)).put("email", "ines at northwind");

        assertThat(SCHEMA.validate(profile)).extracting(ValidationMessage::getInstanceLocation)
                .extracting(Object::toString).containsExactly("$.people[1].email");
    }

    @Test
    void anUnknownEnumValueIsInvalid() throws Exception {
        JsonNode profile = northwind();
        ((ObjectNode) profile.get("forums").get(0)).put("kind", "STANDUP");

        assertThat(SCHEMA.validate(profile)).hasSize(1);
    }

    @Test
    void enumsMatchTheModel() throws Exception {
        JsonNode defs = json.readTree(ProfileSchema.json()).get("$defs");

        assertThat(values(defs.at("/organisation/properties/stage/enum"))).isEqualTo(names(Stage.values()));
        assertThat(values(defs.at("/person/properties/roles/items/enum"))).isEqualTo(names(Role.values()));
        assertThat(values(defs.at("/person/properties/engagement/enum"))).isEqualTo(names(Engagement.values()));
        assertThat(fieldNames(defs.at("/cto/properties/timeAllocation/properties")))
                .isEqualTo(names(Activity.values()));
        assertThat(values(defs.at("/cto/properties/accountableFor/items/enum")))
                .isEqualTo(names(Accountability.values()));
        assertThat(values(defs.at("/backup/properties/schedule/enum"))).isEqualTo(names(BackupSchedule.values()));
        assertThat(values(defs.at("/initiative/properties/ctoJoinedAt/enum"))).isEqualTo(names(StrategyStage.values()));
        assertThat(values(defs.at("/forum/properties/kind/enum"))).isEqualTo(names(ForumKind.values()));
        assertThat(values(defs.at("/forum/properties/technicalDepth/enum"))).isEqualTo(names(TechnicalDepth.values()));
        assertThat(values(defs.at("/indicatorReading/properties/indicator/enum")))
                .isEqualTo(names(PerformanceIndicator.values()));
    }

    @Test
    void everyObjectForbidsAdditionalProperties() throws Exception {
        List<String> open = new ArrayList<>();
        collectOpenObjects(json.readTree(ProfileSchema.json()), "", open);

        assertThat(open).isEmpty();
    }

    private static void collectOpenObjects(JsonNode node, String at, List<String> open) {
        if (node.isObject()) {
            if ("object".equals(node.path("type").asText()) && !node.path("additionalProperties").isBoolean()) {
                open.add(at);
            }
            node.properties().forEach(e -> collectOpenObjects(e.getValue(), at + "/" + e.getKey(), open));
        }
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toList();
    }
}
