package org.ctorole.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.Forum;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Waiver;
import org.yaml.snakeyaml.LoaderOptions;

/** How the profile records map to YAML and JSON: one configuration for reading and writing. */
final class ProfileMapping {

    private ProfileMapping() {
    }

    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(ProfileReader.MAX_NESTING_DEPTH)
                .maxDocumentLength(ProfileReader.MAX_DOCUMENT_CHARS)
                .build();
    }

    static YAMLFactory yamlFactory() {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(ProfileReader.MAX_ALIASES);
        loader.setNestingDepthLimit(ProfileReader.MAX_NESTING_DEPTH);
        loader.setCodePointLimit(ProfileReader.MAX_DOCUMENT_CHARS);
        // Duplicate keys are found by SourceIndex, which reports all of them; the parser would stop at the first.
        loader.setAllowDuplicateKeys(true);
        return new LinearYamlFactory(YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(constraints())
                // YAML 1.2 booleans only: yes/no/on/off are text, so "yes" is never taken for true.
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .stringQuotingChecker(new ReadBackQuoting()));
    }

    /**
     * Leaves a string unquoted only if our own reader takes it back as that same string.
     * Jackson's default check misses some forms its parser reads as numbers ({@code 0x1F}).
     */
    static final class ReadBackQuoting extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;
        private static final YAMLFactory PLAIN = new LinearYamlFactory(YAMLFactory.builder()
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL));

        // Words and kebab-case ids read back as themselves once the reserved words are quoted; parsing is for the rest.
        private static final Pattern PLAIN_WORDS = Pattern.compile("[A-Za-z][A-Za-z0-9_./-]*( [A-Za-z0-9_./-]+)*");

        @Override
        public boolean needToQuoteValue(String value) {
            if (super.needToQuoteValue(value)) {
                return true;
            }
            return !PLAIN_WORDS.matcher(value).matches() && !readsBackAs(value);
        }

        static boolean readsBackAs(String value) {
            try (JsonParser p = PLAIN.createParser(value)) {
                return p.nextToken() == JsonToken.VALUE_STRING && value.equals(p.getText()) && p.nextToken() == null;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
    }

    static JsonFactory jsonFactory() {
        return JsonFactory.builder().streamReadConstraints(constraints()).build();
    }

    static ObjectMapper yamlMapper() {
        return configure(YAMLMapper.builder(yamlFactory())).build();
    }

    static ObjectMapper jsonMapper() {
        return configure(JsonMapper.builder(jsonFactory())).build();
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        SimpleModule profileModule = new SimpleModule("cto-profile") {
            private static final long serialVersionUID = 1L;

            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addDeserializers(new StrictScalars());
                context.addBeanDeserializerModifier(new ShapeGuard());
            }
        };
        profileModule.addSerializer(Double.class, new PlainDouble());
        return builder
                // Registered last so that the strict scalars win over the modules' own deserializers.
                .addModule(new CtoModule())
                .addModule(profileModule)
                .addHandler(new RecordingProblemHandler())
                .addMixIn(OrganisationProfile.class, ProfileMixIn.class)
                .addMixIn(Person.class, PersonMixIn.class)
                .addMixIn(Forum.class, ForumMixIn.class)
                // Helpers such as isCritical() are not fields of the profile.
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                        JsonInclude.Include.NON_ABSENT));
    }

    /** Writes a Double as its shortest plain decimal: {@code 33}, not {@code 33.0}; {@code 0.0001}, not {@code 1.0E-4}. */
    static final class PlainDouble extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        PlainDouble() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double d = value;
            if (Double.isNaN(d) || Double.isInfinite(d) || (d == 0 && Double.doubleToRawLongBits(d) != 0)) {
                gen.writeNumber(d); // no plain decimal for these (-0.0 would lose its sign)
            } else {
                gen.writeNumber(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
            }
        }
    }

    abstract static class ProfileMixIn {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<Waiver> waivers();
    }

    abstract static class PersonMixIn {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = FullTime.class)
        abstract Engagement engagement();
    }

    abstract static class ForumMixIn {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = IsFalse.class)
        abstract boolean architectureDiscussionsCut();
    }

    /** Leaves out the default engagement, as the example does. */
    static final class FullTime {
        @Override
        public boolean equals(Object other) {
            return other == Engagement.FULL_TIME;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    /** Leaves out a flag at its default, false. */
    static final class IsFalse {
        @Override
        public boolean equals(Object other) {
            return Boolean.FALSE.equals(other);
        }

        @Override
        public int hashCode() {
            return 2;
        }
    }
}
