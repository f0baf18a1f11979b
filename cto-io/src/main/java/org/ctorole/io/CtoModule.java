package org.ctorole.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.ctorole.rules.Assessment;

/**
 * The Jackson module of ctorole's types: register it and your own {@code ObjectMapper} writes and
 * reads organisation profiles, assessments and their parts. An {@link Assessment} is written in the
 * shape of the JSON report ({@code cto assess --format json}, schema {@code cto-assessment/2}, its
 * dates ISO strings) and reads back equal; a profile is written field by field as its records are
 * (dates follow the mapper's settings; {@link ProfileWriter} writes the profile file layout). It
 * brings the {@code Optional} and {@code java.time} modules it needs. Found by
 * {@code ObjectMapper.findAndAddModules()} too.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CtoModule());
 * String json = mapper.writeValueAsString(assessment);
 * Assessment again = mapper.readValue(json, Assessment.class);   // equal to assessment
 * }</pre>
 *
 * <p>Writer attributes add the two report fields an assessment does not hold:
 * {@code mapper.writer().withAttribute(CtoModule.SOURCE, "northwind.yaml")
 * .withAttribute(CtoModule.ORGANISATION, "Northwind Retail")}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CtoModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Writer attribute: where the assessed profile was read from (the report's {@code source}). */
    public static final String SOURCE = "org.ctorole.source";
    /** Writer attribute: the assessed organisation's name (the report's {@code organisation}). */
    public static final String ORGANISATION = "org.ctorole.organisation";

    public CtoModule() {
        super("ctorole");
        addSerializer(Assessment.class, new AssessmentSerializer());
        addDeserializer(Assessment.class, new AssessmentDeserializer());
    }

    /** The modules for {@code Optional} and {@code java.time}, registered before this one. */
    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new Jdk8Module(), new JavaTimeModule());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new OnlyRecordComponents());
    }

    /**
     * Helpers such as {@code isCritical()} are not fields of ctorole's records: in ctorole's
     * packages only the components are properties.
     */
    private static final class OnlyRecordComponents extends NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public VisibilityChecker<?> findAutoDetectVisibility(AnnotatedClass ac, VisibilityChecker<?> checker) {
            return ac.getRawType().getName().startsWith("org.ctorole.")
                    ? checker.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE) : checker;
        }
    }

    private static final class AssessmentSerializer extends StdSerializer<Assessment> {
        private static final long serialVersionUID = 1L;

        AssessmentSerializer() {
            super(Assessment.class);
        }

        @Override
        public void serialize(Assessment value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            Object source = provider.getAttribute(SOURCE);
            Object organisation = provider.getAttribute(ORGANISATION);
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
