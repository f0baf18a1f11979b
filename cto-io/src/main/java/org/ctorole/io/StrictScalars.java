package org.ctorole.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Deserializers for every scalar of the profile that accept exactly one kind of token and, on
 * anything else, record a problem and go on (Jackson's own ones throw on the first mismatch,
 * which would hide every later problem). No coercion: {@code "12"} is not a number and
 * {@code yes} is not {@code true}.
 */
final class StrictScalars extends Deserializers.Base {

    static final String DATE = "a date (yyyy-MM-dd)";

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                    BeanDescription beanDesc) {
        Class<?> raw = type.getRawClass();
        if (raw == Boolean.class) {
            return new BooleanValue(false);
        }
        if (raw == boolean.class) {
            return new BooleanValue(true);
        }
        if (raw == Integer.class) {
            return new IntegerValue();
        }
        if (raw == Double.class) {
            return new DoubleValue();
        }
        if (raw == String.class) {
            return new StringValue();
        }
        if (raw == LocalDate.class) {
            return new DateValue();
        }
        return null;
    }

    @Override
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                    BeanDescription beanDesc) {
        return new EnumValue(type);
    }

    @Override
    public JsonDeserializer<?> findMapDeserializer(MapType type, DeserializationConfig config,
                                                   BeanDescription beanDesc, KeyDeserializer keyDeserializer,
                                                   TypeDeserializer elementTypeDeserializer,
                                                   JsonDeserializer<?> elementDeserializer) {
        return type.getKeyType().isEnumType() ? new EnumKeyMap(type, null) : null;
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return valueType == Boolean.class || valueType == boolean.class || valueType == Integer.class
                || valueType == Double.class || valueType == String.class || valueType == LocalDate.class
                || valueType.isEnum();
    }

    /** {@code "one of A, B, C"}. */
    static String oneOf(Class<?> enumType) {
        return "one of " + Arrays.stream(enumType.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    private static Object enumConstant(Class<?> enumType, String name) {
        for (Object c : enumType.getEnumConstants()) {
            if (((Enum<?>) c).name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static final class BooleanValue extends StdDeserializer<Boolean> {
        private static final long serialVersionUID = 1L;
        private final boolean primitive;

        BooleanValue(boolean primitive) {
            super(primitive ? boolean.class : Boolean.class);
            this.primitive = primitive;
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return t == JsonToken.VALUE_TRUE;
            }
            ReadSession.of(ctxt).wrongType(p, "true or false");
            return primitive ? Boolean.FALSE : null;
        }

        // An explicit null for a field with a default is a mistake, not "use the default".
        @Override
        public Boolean getNullValue(DeserializationContext ctxt) {
            if (!primitive) {
                return null;
            }
            try {
                ReadSession.of(ctxt).wrongType(ctxt.getParser(), "true or false");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Boolean.FALSE;
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return primitive ? Boolean.FALSE : null;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Boolean;
        }
    }

    private static final class IntegerValue extends StdDeserializer<Integer> {
        private static final long serialVersionUID = 1L;

        IntegerValue() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                try {
                    if (p.getNumberType() == JsonParser.NumberType.INT) {
                        return p.getIntValue();
                    }
                } catch (JsonProcessingException e) {
                    ReadSession.of(ctxt).wrongType(p, "a whole number");
                    return null;
                }
                ReadSession.of(ctxt).wrongType(p, "a whole number between " + Integer.MIN_VALUE + " and "
                        + Integer.MAX_VALUE);
                return null;
            }
            ReadSession.of(ctxt).wrongType(p, "a whole number");
            return null;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Integer;
        }
    }

    private static final class DoubleValue extends StdDeserializer<Double> {
        private static final long serialVersionUID = 1L;

        DoubleValue() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                try {
                    return p.getDoubleValue();
                } catch (JsonProcessingException e) {
                    // YAML forms such as .nan or .inf look like numbers to the parser but are not ours.
                    ReadSession.of(ctxt).wrongType(p, "a number");
                    return null;
                }
            }
            ReadSession.of(ctxt).wrongType(p, "a number");
            return null;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }
    }

    private static final class StringValue extends StdDeserializer<String> {
        private static final long serialVersionUID = 1L;

        StringValue() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            ReadSession.of(ctxt).wrongType(p, "a string");
            return null;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    private static final class DateValue extends StdDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateValue() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    // ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused, not moved to March.
                    return LocalDate.parse(p.getText(), DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException e) {
                    ReadSession.of(ctxt).wrongType(p, DATE);
                    return null;
                }
            }
            ReadSession.of(ctxt).wrongType(p, DATE);
            return null;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    private static final class EnumValue extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        EnumValue(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                Object value = enumConstant(handledType(), p.getText());
                if (value == null) {
                    ReadSession.of(ctxt).lost(ReadSession.pathOf(p), "unknown value '"
                            + ReadSession.shorten(p.getText()) + "' (expected " + oneOf(handledType()) + ")");
                }
                return value;
            }
            ReadSession.of(ctxt).wrongType(p, oneOf(handledType()));
            return null;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Enum;
        }
    }

    /** A map keyed by an enum ({@code timeAllocation}): unknown keys are reported one by one. */
    private static final class EnumKeyMap extends StdDeserializer<Map<Object, Object>>
            implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;
        private final MapType type;
        private final transient JsonDeserializer<Object> values;

        EnumKeyMap(MapType type, JsonDeserializer<Object> values) {
            super(type);
            this.type = type;
            this.values = values;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws com.fasterxml.jackson.databind.JsonMappingException {
            return new EnumKeyMap(type, ctxt.findContextualValueDeserializer(type.getContentType(), property));
        }

        @Override
        public Map<Object, Object> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                t = p.nextToken();
            } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
                ReadSession.of(ctxt).wrongType(p, "an object");
                return null;
            }
            Class<?> keyType = type.getKeyType().getRawClass();
            Map<Object, Object> map = new LinkedHashMap<>();
            for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                Object key = enumConstant(keyType, name);
                JsonToken value = p.nextToken();
                if (key == null) {
                    ReadSession.of(ctxt).lost(ReadSession.pathOf(p), "unknown key '" + ReadSession.shorten(name)
                            + "' (expected " + oneOf(keyType) + ")");
                    p.skipChildren();
                } else {
                    map.put(key, value == JsonToken.VALUE_NULL
                            ? values.getNullValue(ctxt) : values.deserialize(p, ctxt));
                }
            }
            return map;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Map;
        }
    }
}
