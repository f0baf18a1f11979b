package org.ctorole.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The Jackson module of ctorole's types: register it and your own {@code ObjectMapper} writes and
 * reads organisation profiles, assessments and their parts. An
 * {@link org.ctorole.rules.Assessment} is written in the shape of the JSON report ({@code cto assess --format json}, schema {@code cto-assessment/2}, its
 * dates ISO strings) and reads back equal; a profile is written field by field as its records are
 * (dates follow the mapper's settings; {@link ProfileWriter} writes the profile file layout). It
 * brings the {@code Optional} and {@code java.time} modules it needs. Found by
 * {@code ObjectMapper.findAndAddModules()} too. Without cto-rules on the classpath (profiles only)
 * it handles the profile types alone.
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

    /** Whether cto-rules is on the classpath: without it (profiles only, as in cto-import) there is no assessment. */
    private static final boolean ASSESSMENTS = present("org.ctorole.rules.Assessment");

    public CtoModule() {
        super("ctorole");
        if (ASSESSMENTS) {
            AssessmentSerialization.addTo(this);
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, CtoModule.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
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
}
