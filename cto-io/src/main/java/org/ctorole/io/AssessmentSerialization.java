package org.ctorole.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.ctorole.rules.Assessment;

/**
 * How {@link CtoModule} writes and reads an {@link Assessment}: as an {@link AssessmentDocument}.
 * Apart from the module so that the module loads without cto-rules on the classpath.
 */
final class AssessmentSerialization {
    private AssessmentSerialization() {
    }

    static void addTo(SimpleModule module) {
        module.addSerializer(Assessment.class, new AssessmentSerializer());
        module.addDeserializer(Assessment.class, new AssessmentDeserializer());
    }

    private static final class AssessmentSerializer extends StdSerializer<Assessment> {
        private static final long serialVersionUID = 1L;

        AssessmentSerializer() {
            super(Assessment.class);
        }

        @Override
        public void serialize(Assessment value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            Object source = provider.getAttribute(CtoModule.SOURCE);
            Object organisation = provider.getAttribute(CtoModule.ORGANISATION);
            provider.findValueSerializer(AssessmentDocument.class).serialize(AssessmentDocument.of(value,
                    source == null ? null : source.toString(), organisation == null ? null : organisation.toString()),
                    gen, provider);
        }
    }

    private static final class AssessmentDeserializer extends StdDeserializer<Assessment> {
        private static final long serialVersionUID = 1L;

        AssessmentDeserializer() {
            super(Assessment.class);
        }

        @Override
        public Assessment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            AssessmentDocument document = ctxt.readValue(p, AssessmentDocument.class);
            List<AssessmentDocument.PointedProblem> problems = document.problems("");
            if (!problems.isEmpty()) {
                return (Assessment) ctxt.reportInputMismatch(Assessment.class, "not a valid %s assessment: %s",
                        AssessmentDocument.SCHEMA, problems.stream().map(q -> q.pointer() + ": " + q.message())
                                .collect(Collectors.joining("; ")));
            }
            return document.toAssessment();
        }
    }
}
